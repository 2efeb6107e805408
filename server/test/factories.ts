import type { ApiApp } from "../http/types.js";
import { call, type Session } from "./app.js";

export async function createOrganization(
  app: ApiApp,
  session: Session,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await call(app, session, "POST", "/api/v1/organizations", {
    name: { en: "Riga City Council", lv: "Rīgas dome" },
    type: "public_administration",
    visibility: "public",
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`organization: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createTeam(
  app: ApiApp,
  session: Session,
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await call(app, session, "POST", `/api/v1/organizations/${organizationId}/teams`, {
    name: { en: "Neighbourhood association" },
    type: "citizen",
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`team: ${response.statusCode} ${response.body}`);
  return response.json();
}
