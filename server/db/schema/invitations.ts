import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Right } from "../../../common/coproduction.js";
import type { InvitationKind, InvitationStatus } from "../../../common/invitations.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { organization, team } from "./organizations.js";
import { item, process } from "./processes.js";

/**
 * An offer waiting for consent (the invitations module's table). A person invitation names an address, never an
 * account: the answer to the inviter is the same whether the address has one, and whoever later proves the
 * address (a verified e-mail) may accept. A grant invitation names the team offered rights on a process.
 */
export const invitation = pgTable(
  "invitation",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    kind: text("kind").$type<InvitationKind>().notNull(),
    /** Person invitations: the invited address, lower-case. */
    email: text("email"),
    /** team_member: the team to join. */
    teamId: uuid("team_id").references(() => team.id, { onDelete: "cascade" }),
    /** organization_administrator: the organization. */
    organizationId: uuid("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    /** process_administrator and process_grant: the process. */
    processId: uuid("process_id").references(() => process.id, { onDelete: "cascade" }),
    /** process_grant: the team offered the rights, on the item (or the whole process when null). */
    grantTeamId: uuid("grant_team_id").references(() => team.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").references(() => item.id, { onDelete: "cascade" }),
    rights: text("rights").array().$type<Right[]>(),
    /** team_member: the role the person gets on accepting. */
    role: text("role").$type<"member" | "administrator">(),
    status: text("status").$type<InvitationStatus>().notNull().default("pending"),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** When the last mail about it went out: asking again mails again at most once a day. */
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
  },
  (table) => [
    // One pending invitation per address and thing, and per team, process and item: asking twice finds the first.
    uniqueIndex("invitation_pending_person_idx")
      .on(table.kind, table.email, sql`coalesce(${table.teamId}, ${table.organizationId}, ${table.processId})`)
      .where(sql`${table.status} = 'pending' and ${table.email} is not null`),
    uniqueIndex("invitation_pending_grant_idx")
      .on(table.processId, table.grantTeamId, sql`coalesce(${table.itemId}, '00000000-0000-0000-0000-000000000000')`)
      .where(sql`${table.status} = 'pending' and ${table.kind} = 'process_grant'`),
    index("invitation_email_idx").on(table.email),
    index("invitation_team_idx").on(table.teamId),
    index("invitation_organization_idx").on(table.organizationId),
    index("invitation_process_idx").on(table.processId),
    index("invitation_grant_team_idx").on(table.grantTeamId),
  ],
);
