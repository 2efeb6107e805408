import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../test/database.js";
import { type ChangeNotice, type ChangeNotices, changeNotices, countedCache, noticedCache } from "./changes.js";
import type { DatabaseConnection } from "./client.js";
import { organization, user } from "./schema/index.js";

let database: TestDatabase;
let notices: ChangeNotices | null;
beforeAll(async () => {
  database = await createTestDatabase();
  notices = await changeNotices(database.db, database.kind);
  await database.db.execute(sql`insert into "user" (id, name, email) values ('u1', 'One', 'one@example.org')`);
});
afterAll(async () => {
  await database.close();
});

const rename = (name: string) => database.db.execute(sql`update "user" set name = ${name} where id = 'u1'`);
const readName = async () => {
  const [row] = await database.db.select({ name: user.name }).from(user).where(eq(user.id, "u1"));
  return row!.name;
};

describe.runIf(testDatabaseKind === "postgresql")("change notices on PostgreSQL", () => {
  it("are not offered: another process's commit would reach this one's memory a moment late", () => {
    expect(notices).toBeNull();
  });
});

describe.runIf(testDatabaseKind === "pglite")("change notices on PGlite", () => {
  it("arrive by the time the committing statement returns, once per commit, and never for a rollback", async () => {
    const heard: ChangeNotice[] = [];
    const stop = notices!.subscribe((notice) => heard.push(notice));
    await rename("Two");
    expect(heard).toEqual([{ kind: "account", userId: "u1" }]);
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update "user" set name = 'Three' where id = 'u1'`);
        tx.rollback();
      })
      .catch(() => {});
    expect(heard).toHaveLength(1);
    stop();
  });

  it("drop what they concern, and nothing else", async () => {
    const cache = noticedCache<string>(notices!, {
      size: 10,
      drops: (notice) => notice.kind === "account" && notice.userId === "u1",
    });
    let loads = 0;
    const load = async () => {
      loads++;
      return readName();
    };
    expect(await cache.read("u1", load)).toBe("Two");
    expect(await cache.read("u1", load)).toBe("Two");
    expect(loads).toBe(1);
    await database.db.execute(sql`update interlinker set tags = tags where false`);
    expect(await cache.read("u1", load)).toBe("Two");
    expect(loads).toBe(1);
    await rename("Four");
    expect(await cache.read("u1", load)).toBe("Four");
    expect(loads).toBe(2);
  });

  it("keep no read that a commit overlapped: it may predate the change", async () => {
    const cache = noticedCache<string>(notices!, { size: 10, drops: () => false });
    let loads = 0;
    const overlapped = async () => {
      loads++;
      const name = await readName();
      // Committed after the read and before the cache could keep it, as a concurrent request would.
      if (loads === 1) await rename("Five");
      return name;
    };
    expect(await cache.read("k", overlapped)).toBe("Four");
    expect(await cache.read("k", overlapped)).toBe("Five");
    expect(await cache.read("k", overlapped)).toBe("Five");
    expect(loads).toBe(2);
  });

  it("keep at most `size` values, the least recently used going first, and never an expired one", async () => {
    const cache = noticedCache<{ key: string; fresh: boolean }>(notices!, {
      size: 2,
      drops: () => false,
      fresh: (value) => value.fresh,
    });
    const loaded: string[] = [];
    const load =
      (key: string, fresh = true) =>
      async () => {
        loaded.push(key);
        return { key, fresh };
      };
    await cache.read("a", load("a"));
    await cache.read("b", load("b"));
    await cache.read("a", load("a"));
    await cache.read("c", load("c"));
    await cache.read("a", load("a"));
    await cache.read("b", load("b"));
    expect(loaded).toEqual(["a", "b", "c", "b"]);
    await cache.read("stale", load("stale", false));
    await cache.read("stale", load("stale", false));
    expect(loaded.filter((key) => key === "stale")).toHaveLength(2);
  });
});

// The answer caches of servers that share a PostgreSQL database (and, the same code, of PGlite's one server).
describe("answers kept under the change count", () => {
  let another: DatabaseConnection;
  beforeAll(async () => {
    another = await database.openAnother();
  });
  afterAll(async () => {
    await another.close();
  });

  const names = async () =>
    (await database.db.select({ name: organization.name }).from(organization).orderBy(organization.name)).map(
      (row) => row.name.en ?? "",
    );
  const addOrganization = (db: DatabaseConnection["db"], name: string) =>
    db
      .insert(organization)
      .values({ name: { en: name }, type: "public_administration", visibility: "public", createdBy: "u1" });
  const counting = () => {
    let loads = 0;
    return {
      load: async () => {
        loads++;
        return names();
      },
      loads: () => loads,
    };
  };

  it("answer from memory until another server commits a change to a watched table, then read it at once", async () => {
    const cache = countedCache<string[]>(database.db, { size: 10 });
    const { load, loads } = counting();
    expect(await cache.read("all", load)).toEqual([]);
    expect(await cache.read("all", load)).toEqual([]);
    expect(loads()).toBe(1);
    // Another server: no notice reaches this one before its commit returns; the count does.
    await addOrganization(another.db, "Agency");
    expect(await cache.read("all", load)).toEqual(["Agency"]);
    expect(loads()).toBe(2);
    // Changes to a table no cache watches, and rolled back changes, count nothing.
    await another.db.execute(sql`update "user" set name = 'Six' where id = 'u1'`);
    await another.db
      .transaction(async (tx) => {
        await addOrganization(tx, "Never");
        tx.rollback();
      })
      .catch(() => {});
    expect(await cache.read("all", load)).toEqual(["Agency"]);
    expect(loads()).toBe(2);
  });

  it("never keep a read older than the count it is kept under, when a commit lands while it loads", async () => {
    const cache = countedCache<string[]>(database.db, { size: 10 });
    let loads = 0;
    const overlapped = async () => {
      loads++;
      // Committed after the count was read and before the names are: the names are newer than the count.
      if (loads === 1) await addOrganization(another.db, "Bureau");
      return names();
    };
    expect(await cache.read("all", overlapped)).toEqual(["Agency", "Bureau"]);
    // Kept under the older count, so the next read loads once more, then answers from memory.
    expect(await cache.read("all", overlapped)).toEqual(["Agency", "Bureau"]);
    expect(await cache.read("all", overlapped)).toEqual(["Agency", "Bureau"]);
    expect(loads).toBe(2);
  });

  it("keep at most `size` answers, the least recently used going first, and no null", async () => {
    const cache = countedCache<string>(database.db, { size: 2 });
    const loaded: string[] = [];
    const load = (key: string) => async () => {
      loaded.push(key);
      return key;
    };
    for (const key of ["a", "b", "a", "c", "a", "b"]) await cache.read(key, load(key));
    expect(loaded).toEqual(["a", "b", "c", "b"]);
    let nullLoads = 0;
    const nothing = async () => {
      nullLoads++;
      return null;
    };
    await cache.read("none", nothing);
    await cache.read("none", nothing);
    expect(nullLoads).toBe(2);
  });
});
