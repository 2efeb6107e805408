import http from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerDatabaseTurns } from "../http/turns.js";
import { createTestDatabase, type TestDatabase } from "../test/database.js";
import { ClientGoneError, currentTicket, newTicket, Turns, withTicket } from "./turns.js";

/** A promise and the function that settles it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("turns at the database", () => {
  it("serves the oldest request first, whatever order its statements queue in", async () => {
    const turns = new Turns({ capacity: 1, yieldBetween: true });
    const [oldest, middle, newest] = [newTicket(), newTicket(), newTicket()];
    const held = gate();
    const served: string[] = [];
    const holding = withTicket(newest, () => turns.run(false, () => held.opened));
    // Queued newest first: a request that arrived earlier but is at its second query must still go ahead.
    const waiting = [
      withTicket(newest, () => turns.run(false, async () => void served.push("newest"))),
      withTicket(middle, () => turns.run(false, async () => void served.push("middle"))),
      withTicket(oldest, () => turns.run(false, async () => void served.push("oldest"))),
    ];
    expect(turns.waiting).toBe(3);
    held.open();
    await Promise.all([holding, ...waiting]);
    expect(served).toEqual(["oldest", "middle", "newest"]);
  });

  it("never gives more turns at once than its capacity", async () => {
    const turns = new Turns({ capacity: 3, yieldBetween: false });
    let holding = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        turns.run(false, async () => {
          holding++;
          most = Math.max(most, holding);
          await new Promise((resolve) => setImmediate(resolve));
          holding--;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(turns.waiting).toBe(0);
  });

  it("refuses a gone client's request before its first write, and sees through one that has written", async () => {
    const turns = new Turns({ capacity: 1, yieldBetween: true });
    const held = gate();
    const holding = turns.run(false, () => held.opened);
    const unstarted = newTicket();
    const started = newTicket();
    started.wrote = true;
    const ran: string[] = [];
    const refused = withTicket(unstarted, () => turns.run(true, async () => void ran.push("unstarted")));
    const seenThrough = withTicket(started, () => turns.run(true, async () => void ran.push("started")));
    unstarted.gone = true;
    started.gone = true;
    held.open();
    await holding;
    await expect(refused).rejects.toBeInstanceOf(ClientGoneError);
    await seenThrough;
    expect(ran).toEqual(["started"]);
  });
});

describe("a request whose client goes away while it waits", () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let port: number;
  const closed: (() => void)[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`create table turn_probe (id serial primary key, note text not null)`);
    app = Fastify({ logger: false });
    registerDatabaseTurns(app);
    // After the turns' own listener: the test learns the server saw the client go.
    app.addHook("onRequest", async (_request, reply) => {
      reply.raw.once("close", () => closed.shift()?.());
    });
    app.post("/write", async () => {
      await database.db.execute(sql`insert into turn_probe (note) values ('written')`);
      return { ok: true };
    });
    app.post("/ticket", async () => ({ arrival: currentTicket()?.arrival ?? null }));
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const rows = async () =>
    Number(
      ((await database.db.execute(sql`select count(*) as n from turn_probe`)) as { rows: { n: unknown }[] }).rows[0]!.n,
    );

  /** Holds every turn of the database (once they are all held) until the returned function is called. */
  async function holdEveryTurn(): Promise<() => Promise<void>> {
    const held = gate();
    const starts: Promise<void>[] = [];
    const holders = Array.from({ length: database.turns.options.capacity }, () => {
      const started = gate();
      starts.push(started.opened);
      return database.turns.run(false, async () => {
        started.open();
        await held.opened;
      });
    });
    await Promise.all(starts);
    return async () => {
      held.open();
      await Promise.all(holders);
    };
  }

  it("runs the handler with the request's ticket, also after a large body", async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/ticket`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(200_000) }),
    });
    expect({ status: answer.status, body: await answer.text() }).toEqual({
      status: 200,
      body: expect.stringMatching(/^\{"arrival":\d+\}$/),
    });
  });

  it("runs the handler with the request's ticket, also when the body arrives after the first hooks ran", async () => {
    const arrival = await new Promise<unknown>((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/ticket", headers: { "content-type": "application/json" } },
        (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => {
            body += chunk.toString();
          });
          response.on("end", () => resolve((JSON.parse(body) as { arrival: unknown }).arrival));
        },
      );
      request.on("error", reject);
      // Half the body now and half later: the rest is read in a later turn of the event loop.
      request.write('{"text": "');
      setTimeout(() => request.end('later"}'), 100);
    });
    expect(arrival).toEqual(expect.any(Number));
  });

  it("writes nothing", async () => {
    const release = await holdEveryTurn();
    const sawClose = gate();
    closed.push(sawClose.open);
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/write" });
    request.on("error", () => {});
    request.end();
    while (database.turns.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    request.destroy();
    await sawClose.opened;
    await release();
    expect(await rows()).toBe(0);
  });

  it("while a client that waits gets its write", async () => {
    const release = await holdEveryTurn();
    const answered = new Promise<number>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/write" }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("error", reject);
      request.end();
    });
    while (database.turns.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await release();
    expect(await answered).toBe(200);
    expect(await rows()).toBe(1);
  });
});
