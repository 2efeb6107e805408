import { Card, SimpleGrid, Text, Title, type TitleOrder } from "@mantine/core";
import type { ReactNode } from "react";
import type { components } from "../api/schema";
import { AnchorLink } from "./AnchorLink";

export type ProcessSummary = Pick<components["schemas"]["Process"], "id" | "name" | "aim">;

/** Process cards in a list: one column on a phone, two from tablets up. */
export function ProcessCardList({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {children}
    </SimpleGrid>
  );
}

/**
 * One process in a list: its name (the link) and its aim. Kept on its own so the list can grow a cover image,
 * the current phase and the number of participants when the process list API offers them.
 */
export function ProcessCard({ process, headingOrder = 3 }: { process: ProcessSummary; headingOrder?: TitleOrder }) {
  return (
    <Card component="li" withBorder padding="md">
      <Title order={headingOrder} size="h4" style={{ overflowWrap: "anywhere" }}>
        <AnchorLink to="/processes/$processId" params={{ processId: process.id }} inherit>
          {process.name}
        </AnchorLink>
      </Title>
      {process.aim && (
        <Text size="sm" mt={4} lineClamp={4} style={{ overflowWrap: "anywhere" }}>
          {process.aim}
        </Text>
      )}
    </Card>
  );
}
