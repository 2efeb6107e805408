import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import type { components } from "../../api/schema";
import { dataOf } from "../../api/unwrap";
import { AdministratorList } from "../AdministratorList";

type Process = components["schemas"]["Process"];

/** Who administers the process. */
export function ProcessAdministrators({ process }: { process: Process }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const path = { id: process.id };
  return (
    <AdministratorList
      queryKey={["process", process.id, "administrators"]}
      manage={process.can.manage_administrators}
      list={() => dataOf(api.GET("/api/v1/processes/{id}/administrators", { params: { path } }))}
      invite={(email) =>
        dataOf(api.POST("/api/v1/processes/{id}/administrators", { params: { path }, body: { email } }))
      }
      invitations={async () => {
        const page = await dataOf(api.GET("/api/v1/processes/{id}/invitations", { params: { path } }));
        // Rights offered to teams are listed with the grants.
        return { items: page.items.filter((invitation) => invitation.kind === "process_administrator") };
      }}
      remove={(userId) =>
        dataOf(
          api.DELETE("/api/v1/processes/{id}/administrators/{userId}", {
            params: { path: { ...path, userId } },
            body: {},
          }),
        )
      }
      onChanged={() => queryClient.invalidateQueries({ queryKey: ["process", process.id], exact: true })}
      words={{
        title: t("processes.administrators.title"),
        removeQuestion: (name) => t("processes.administrators.removeQuestion", { name }),
        removeSelfQuestion: t("processes.administrators.removeSelfQuestion"),
        whyNot: t("processes.administrators.whyNot"),
      }}
    />
  );
}
