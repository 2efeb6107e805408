import { Button, Group, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { dataOf, problemOf } from "../../api/unwrap";
import { FormAlert, Loading } from "../../ui/feedback";
import { Section } from "../../ui/layout";
import { ButtonLink } from "../ButtonLink";
import type { Organization } from "../organizations/api";
import { CardList } from "../organizations/layout";
import { ServiceCard } from "./ServiceCard";

/**
 * A public administration's public services, and "Describe a public service" for its own people. Only a public
 * administration has services: for any other organization the section is not there at all.
 */
export function OrganizationServices({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const isAdministration = organization.type === "public_administration";
  const services = useInfiniteQuery({
    queryKey: ["organization", organization.id, "services"],
    initialPageParam: undefined as string | undefined,
    enabled: isAdministration,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/organizations/{id}/public-services", {
          params: { path: { id: organization.id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (!isAdministration) return null;
  const items = services.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title={t("services.organization.title")}>
      {organization.can.describe_service && (
        <Group>
          <ButtonLink to="/public-services/new" search={{ organizationId: organization.id }}>
            {t("services.describe")}
          </ButtonLink>
        </Group>
      )}
      {services.isPending && <Loading />}
      {services.isError && <FormAlert messages={[problemOf(services.error)?.detail ?? ""]} />}
      {services.isSuccess && (
        <Stack gap="sm">
          <Text size="sm">
            {items.length === 0
              ? t("services.organization.none")
              : t("services.organization.count", { count: items.length })}
          </Text>
          {items.length > 0 && (
            <CardList>
              {items.map((service) => (
                <ServiceCard key={service.id} service={service} showAuthority={false} />
              ))}
            </CardList>
          )}
          {services.hasNextPage && (
            <Group>
              <Button
                variant="light"
                onClick={() => void services.fetchNextPage()}
                loading={services.isFetchingNextPage}
              >
                {t("services.catalogue.more")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Section>
  );
}
