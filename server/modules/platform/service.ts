import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { platformSetting } from "../../db/schema/index.js";
import { setPlatformRole } from "../accounts/service.js";

/**
 * The secret that signs session cookies. Configured by AUTH_SECRET, or made on first start and kept in the
 * database, so a two-command install needs no set-up and every process on one database shares it.
 */
export async function loadAuthSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insert(platformSetting)
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(platformSetting).where(eq(platformSetting.key, "auth_secret"));
  return row!.value;
}

/**
 * Makes this user platform administrator if nobody has claimed that yet. The claim is a row with a fixed key,
 * so two sign-ups racing on an empty platform cannot both win.
 */
export async function promoteFirstUser(db: Database, userId: string): Promise<boolean> {
  const claimed = await db
    .insert(platformSetting)
    .values({ key: "first_administrator", value: userId })
    .onConflictDoNothing()
    .returning();
  if (claimed.length === 0) return false;
  await setPlatformRole(db, { userId, role: "admin" });
  return true;
}

/** A platform-wide value by key (inside a transaction, pass its handle). */
export async function readSetting(db: Database, key: string): Promise<string | undefined> {
  const [row] = await db
    .select({ value: platformSetting.value })
    .from(platformSetting)
    .where(eq(platformSetting.key, key));
  return row?.value;
}

export async function writeSetting(db: Database, key: string, value: string): Promise<void> {
  await db
    .insert(platformSetting)
    .values({ key, value })
    .onConflictDoUpdate({ target: platformSetting.key, set: { value } });
}

/**
 * A platform-wide value made once: the first process to ask stores `make()`'s value, and every process on the
 * database reads that one, even when two start at once.
 */
export async function keepSetting(db: Database, key: string, make: () => string): Promise<string> {
  await db.insert(platformSetting).values({ key, value: make() }).onConflictDoNothing();
  return (await readSetting(db, key))!;
}
