import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { dataOf } from "../../api/unwrap";
import { AdministratorList } from "../AdministratorList";
import type { Organization } from "./api";

/** Who administers the organization. */
export function Administrators({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const path = { id: organization.id };
  return (
    <AdministratorList
      queryKey={["organization", organization.id, "administrators"]}
      manage={organization.can.manage_administrators}
      list={() => dataOf(api.GET("/api/v1/organizations/{id}/administrators", { params: { path } }))}
      invite={(email) =>
        dataOf(api.POST("/api/v1/organizations/{id}/administrators", { params: { path }, body: { email } }))
      }
      invitations={() => dataOf(api.GET("/api/v1/organizations/{id}/invitations", { params: { path } }))}
      remove={(userId) =>
        dataOf(
          api.DELETE("/api/v1/organizations/{id}/administrators/{userId}", {
            params: { path: { ...path, userId } },
            body: {},
          }),
        )
      }
      onChanged={() =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: ["organization", organization.id], exact: true }),
          queryClient.invalidateQueries({ queryKey: ["organizations"] }),
        ])
      }
      words={{
        title: t("organizations.administrators.title"),
        removeQuestion: (name) => t("organizations.administrators.removeQuestion", { name }),
        removeSelfQuestion: t("organizations.administrators.removeSelfQuestion"),
        whyNot: t("organizations.administrators.whyNot"),
      }}
    />
  );
}
