import { Card } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { dataOf } from "../../api/unwrap";
import { Section } from "../../ui/layout";
import { CardList } from "../organizations/layout";
import { InvitationAnswer } from "./InvitationAnswer";

/** The dashboard's "Invitations for you": those waiting for the person's answer, or for their team's. */
export function MyInvitations() {
  const { t } = useTranslation();
  const invitations = useQuery({
    queryKey: ["me", "invitations"],
    queryFn: () => dataOf(api.GET("/api/v1/me/invitations")),
  });
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section title={t("invitations.forYou")}>
      <CardList>
        {items.map((invitation) => (
          <Card component="li" key={invitation.id} withBorder padding="sm">
            <InvitationAnswer invitation={invitation} />
          </Card>
        ))}
      </CardList>
    </Section>
  );
}
