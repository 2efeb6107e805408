import { eq, inArray, sql } from "drizzle-orm";
import type { PlatformRole } from "../../../common/actors.js";
import type { Language } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { user } from "../../db/schema/index.js";

export type UserRow = typeof user.$inferSelect;

/** What other modules may know of a person: enough to list and name them. */
export interface UserSummary {
  id: string;
  name: string;
  email: string;
}

const summaryColumns = { id: user.id, name: user.name, email: user.email };

export async function getUser(db: Database, userId: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(user).where(eq(user.id, userId));
  return row;
}

/** Where and in which language to write to people: for mails, never for answers to someone else. */
export interface MailContact extends UserSummary {
  language: Language;
}

const contactColumns = { ...summaryColumns, language: user.language };

/** The account with this address (any case), as someone to write to; undefined when the address has none. */
export async function findUserByEmail(db: Database, email: string): Promise<MailContact | undefined> {
  const [row] = await db
    .select(contactColumns)
    .from(user)
    .where(eq(sql`lower(${user.email})`, email.trim().toLowerCase()));
  return row;
}

export async function getContacts(db: Database, userIds: string[]): Promise<MailContact[]> {
  if (userIds.length === 0) return [];
  return db.select(contactColumns).from(user).where(inArray(user.id, userIds));
}

export async function getUserSummaries(db: Database, userIds: string[]): Promise<Map<string, UserSummary>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select(summaryColumns).from(user).where(inArray(user.id, userIds));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function updateProfile(
  db: Database,
  options: { userId: string; name?: string; language?: Language },
): Promise<UserRow> {
  const [row] = await db
    .update(user)
    .set({
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.language !== undefined ? { language: options.language } : {}),
      updatedAt: new Date(),
    })
    .where(eq(user.id, options.userId))
    .returning();
  return row!;
}

/** A person's role on the whole platform; whoever calls it has decided that the change is due. */
export async function setPlatformRole(db: Database, options: { userId: string; role: PlatformRole }): Promise<void> {
  await db.update(user).set({ platformRole: options.role }).where(eq(user.id, options.userId));
}
