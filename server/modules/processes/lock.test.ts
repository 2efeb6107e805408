import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type Session, signUp, type TestContext } from "../../test/app.js";
import { createProcess } from "../../test/factories.js";

// Concurrent writes in one process, as many people granting and editing at once do. Each such write inserts a
// row that references the process (a foreign key takes a KEY SHARE lock on the process row) and then locks the
// process row to chain the trail; a FOR UPDATE there conflicts with the other transactions' KEY SHARE locks and
// PostgreSQL broke the cycle by killing one of them (a deadlock, answered 500). On PGlite writes run one at a
// time, so the same test checks the answers stay right there too.

let context: TestContext;
let admin: Session;
let people: Session[];
let processId: string;

beforeAll(async () => {
  context = await createTestApp();
  admin = await signUp(context.app, { name: "Ana Admin" });
  people = [];
  for (let index = 0; index < 12; index++) people.push(await signUp(context.app, { name: `Person ${index}` }));
  processId = (await createProcess(context.app, { by: admin })).id;
});
afterAll(() => context.close());

describe("concurrent writes in one process", () => {
  it("grants rights to many people at once without a server error, each grant in the trail once", async () => {
    const answers = await Promise.all(
      people.map((person) =>
        call(context.app, admin, "POST", `/api/v1/processes/${processId}/grants`, {
          userId: person.userId,
          rights: ["view", "create_assets"],
        }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(people.map(() => 201));
    const grants = (await call(context.app, admin, "GET", `/api/v1/processes/${processId}/grants?limit=100`)).json();
    expect(grants.items.filter((entry: { user?: { id: string } }) => entry.user).length).toBe(people.length);
    const verified = await call(context.app, admin, "GET", `/api/v1/processes/${processId}/activity/verify`);
    expect(verified.json()).toMatchObject({ valid: true });
  });
});
