import { Group, Image, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { components } from "../../api/schema";

type Process = components["schemas"]["Process"];

/**
 * What a process card shows besides the name: the cover image, where the process stands, who takes part.
 * `withImage={false}` leaves the image to the card's own layout.
 */
export function ProcessSummary({ process, withImage = true }: { process: Process; withImage?: boolean }) {
  const { t } = useTranslation();
  const phase = process.currentPhase
    ? t("publicPage.summary.phase", {
        number: process.currentPhase.number,
        count: process.phases.total,
        name: process.currentPhase.name,
      })
    : process.phases.total > 0
      ? t("publicPage.summary.allDone")
      : t("publicPage.summary.noPhases");
  const people = [
    t("publicPage.participants.organizations", { count: process.participants.organizations }),
    t("publicPage.participants.teams", { count: process.participants.teams }),
  ].join(" · ");
  return (
    <Stack gap={6}>
      {withImage && process.image && (
        <Image src={process.image.url} alt={process.image.alt} radius="sm" h={140} fit="cover" w="100%" />
      )}
      <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
        {phase}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{people}</Text>
        {process.tasks.total > 0 && (
          <Text size="sm">
            {t("publicPage.summary.tasks", { finished: process.tasks.finished, count: process.tasks.total })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
