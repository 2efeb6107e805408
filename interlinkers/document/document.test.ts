import type { AddressInfo } from "node:net";
import { HocuspocusProvider, MessageType } from "@hocuspocus/provider";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createGrant,
  createSecondApp,
  createTestApp,
  problemOf,
  processItems,
  type Session,
  signUp,
  type TestContext,
  testOrigin,
} from "../sdk/testing.js";
import { accessChangedCloseCode, maxCollabMessageBytes } from "./collab.js";
import { documentField, documentFromState, documentFromYdoc, documentToMarkdown } from "./content.js";
import { documentState } from "./tables.js";

/** A browser's WebSocket: the session cookie and the page's Origin go with the upgrade. */
function browserSocket(cookie: string | null, origin: string = testOrigin) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), origin } });
    }
  };
}

type App = TestContext["app"];

async function listen(app: App): Promise<number> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return (app.server.address() as AddressInfo).port;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Answers of the server to this client's changes: true applied, false refused. */
  syncStatuses: boolean[];
  closeCodes: number[];
  text(): string;
  type(text: string): void;
  leave(): void;
}

/** Opens a document as the editor does; resolves once synced, rejects when the server refuses it. */
function openDocument(port: number, session: Session | null, assetId: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const doc = new Y.Doc();
    const syncStatuses: boolean[] = [];
    const closeCodes: number[] = [];
    const provider = new HocuspocusProvider({
      url: `ws://127.0.0.1:${port}/collab`,
      name: `asset:${assetId}`,
      document: doc,
      WebSocketPolyfill: browserSocket(session?.cookie ?? null),
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        reject(new Error(`refused: ${reason}`));
      },
      onSynced: () =>
        resolve({
          provider,
          doc,
          syncStatuses,
          closeCodes,
          text: () => documentToMarkdown(documentFromYdoc(doc)),
          type: (text) => {
            const paragraph = new Y.XmlElement("paragraph");
            paragraph.insert(0, [new Y.XmlText(text)]);
            doc.getXmlFragment(documentField).push([paragraph]);
          },
          leave: () => provider.destroy(),
        }),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    provider.on("message", ({ message }: { message: { readVarString(): string; readVarUint(): number } }) => {
      message.readVarString();
      if (message.readVarUint() === MessageType.SyncStatus) syncStatuses.push(message.readVarUint() === 1);
    });
    provider.on("close", ({ event }: { event: { code: number } }) => closeCodes.push(event.code));
  });
}

/** A raw upgrade, for what the provider hides: the HTTP refusal or the close code. */
function rawSocket(port: number, headers: Record<string, string>, path = "/collab") {
  const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers });
  const outcome = new Promise<{ status?: number; closeCode?: number; open: boolean }>((resolve) => {
    let open = false;
    socket.on("unexpected-response", (_request, response) => resolve({ status: response.statusCode, open }));
    socket.on("open", () => {
      open = true;
    });
    socket.on("close", (code) => resolve({ closeCode: code, open }));
    socket.on("error", () => {});
  });
  return { socket, outcome };
}

// The documents sit on the world's Build task, written by its administrator. A viewer, added here, holds only a
// view right on the whole process: they read along and never write.

let context: TestContext;
let world: CoproductionWorld;
let port: number;
let viewer: Session;

async function createDocument(input: Record<string, unknown> = {}, name = "Minutes") {
  const asset = await createAsset(context.app, {
    by: world.admin,
    taskId: world.tasks.build.id,
    interlinkerId: "document",
    name,
    input,
  });
  return asset.id;
}

/** The trail's document actions on one asset, as a member of the process reads them. */
async function documentActions(app: App, session: Session, assetId: string): Promise<string[]> {
  const actions: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `kind=document&limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const page = await call(app, session, "GET", `/api/v1/processes/${world.process.id}/activity?${query}`);
    if (page.statusCode !== 200) throw new Error(page.body);
    const body = page.json() as { items: { action: string; targetId: string }[]; nextCursor: string | null };
    actions.push(...body.items.filter((entry) => entry.targetId === assetId).map((entry) => entry.action));
    cursor = body.nextCursor;
  } while (cursor);
  return actions;
}

const exportOf = (session: Session | null, assetId: string, format: string) =>
  call(context.app, session, "GET", `/api/v1/assets/${assetId}/document/export?format=${format}`);

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  viewer = await signUp(context.app, { name: "Vera Viewer" });
  await createGrant(context.app, {
    by: world.admin,
    processId: world.process.id,
    userId: viewer.userId,
    rights: ["view"],
  });
  port = await listen(context.app);
});
afterAll(() => context.close());

describe("creating a document", () => {
  it("starts from Markdown, keeping headings, lists, marks, links, quotes and code", async () => {
    const markdown = [
      "# Agenda",
      "",
      "Some **bold**, *italic* and `code` with a [link](https://example.org).",
      "",
      "1. First",
      "2. Second",
      "   - nested",
      "",
      "> A quote",
      "",
      "```",
      "let x = 1;",
      "```",
      "",
      "---",
    ].join("\n");
    const assetId = await createDocument({ markdown });
    const exported = await exportOf(world.admin, assetId, "markdown");
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toMatch(/^text\/markdown/);
    expect(exported.body).toBe(
      [
        "# Agenda",
        "",
        "Some **bold**, _italic_ and `code` with a [link](<https://example.org>).",
        "",
        "1. First",
        "2. Second",
        "",
        "   - nested",
        "",
        "> A quote",
        "",
        "```",
        "let x = 1;",
        "```",
        "",
        "---",
        "",
      ].join("\n"),
    );
  });

  it("prefills a knowledge template's content when a task uses the template", async () => {
    const created = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "stakeholder-map",
    });
    expect(created).toMatchObject({ interlinkerId: "document", knowledgeInterlinkerId: "stakeholder-map" });
    const exported = await exportOf(world.admin, created.id, "markdown");
    expect(exported.body).toMatch(/^# Stakeholder map/);
    const client = await openDocument(port, world.admin, created.id);
    expect(client.text()).toBe(exported.body);
    client.leave();
  });

  it("makes real tables of GFM pipe tables, and writes them back as pipe tables", async () => {
    const markdown = [
      "# Test plan",
      "",
      "| Task | Who | Time (min) |",
      "| :--- | :-: | ---------: |",
      "| Find the form | **Ana** | 5 |",
      "| Pay a \\| fee |  | 10 |",
      "",
      "After the table.",
    ].join("\n");
    const assetId = await createDocument({ markdown });
    const client = await openDocument(port, world.admin, assetId);
    const table = documentFromYdoc(client.doc).content?.find((node) => node.type === "table");
    client.leave();
    expect(table?.content?.map((row) => row.content?.map((cell) => cell.type))).toEqual([
      ["tableHeader", "tableHeader", "tableHeader"],
      ["tableCell", "tableCell", "tableCell"],
      ["tableCell", "tableCell", "tableCell"],
    ]);
    const exported = (await exportOf(world.admin, assetId, "markdown")).body;
    expect(exported).toBe(
      [
        "# Test plan",
        "",
        "| Task | Who | Time (min) |",
        "| :-- | :-: | --: |",
        "| Find the form | **Ana** | 5 |",
        "| Pay a \\| fee |  | 10 |",
        "",
        "After the table.",
        "",
      ].join("\n"),
    );
    // Read back, the export is the same document.
    const again = await createDocument({ markdown: exported });
    expect((await exportOf(world.admin, again, "markdown")).body).toBe(exported);

    const html = (await exportOf(world.admin, assetId, "html")).body;
    expect(html).toContain("<table");
    expect(html).toMatch(/<th[^>]*><p>Task<\/p><\/th>/);
    expect(html).toMatch(/<td[^>]*style="text-align: right"[^>]*><p>5<\/p><\/td>/);
    expect(html).toContain("<p>Pay a | fee</p>");
  });

  it("opens a template with tables as real tables", async () => {
    const created = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "prototype-test-plan",
    });
    const client = await openDocument(port, world.admin, created.id);
    const content = documentFromYdoc(client.doc).content ?? [];
    client.leave();
    const tables = content.filter((node) => node.type === "table");
    expect(tables.length).toBeGreaterThanOrEqual(1);
    expect(tables[0]!.content![0]!.content!.every((cell) => cell.type === "tableHeader")).toBe(true);
    // No row of a table is left behind as a paragraph of words and pipes.
    const paragraphs = content.filter((node) => node.type === "paragraph");
    expect(paragraphs.some((node) => node.content?.some((inline) => inline.text?.includes(" | ")))).toBe(false);
    const markdown = (await exportOf(world.admin, created.id, "markdown")).body;
    expect(markdown).toMatch(/^\| .+ \|$/m);
    expect(markdown).toMatch(/^\| (---|:--|:-:|--:)( \| (---|:--|:-:|--:))* \|$/m);
  });

  it("refuses unknown input and Markdown over the limit", async () => {
    for (const [input, path] of [
      [{ html: "<p>" }, "body.input"],
      [{ markdown: "x".repeat(200_001) }, "body.input.markdown"],
      [{ markdown: 5 }, "body.input.markdown"],
    ] as const) {
      const refused = problemOf(
        await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.tasks.build.id}/assets`, {
          kind: "interlinker",
          interlinkerId: "document",
          input,
        }),
        422,
      );
      expect(refused.errors?.map((error) => error.path)).toContain(path);
    }
  });
});

describe("the collaboration socket", () => {
  it("refuses an upgrade without a session, from another site, or at another path", async () => {
    const cookie = world.admin.cookie;
    expect((await rawSocket(port, { origin: testOrigin }).outcome).status).toBe(401);
    expect((await rawSocket(port, { origin: "https://evil.example", cookie }).outcome).status).toBe(403);
    expect((await rawSocket(port, { cookie }).outcome).status).toBe(403);
    expect((await rawSocket(port, { origin: testOrigin, cookie }, "/elsewhere").outcome).status).toBe(404);
    const forged = `${cookie.split(".")[0]}.AAAA`;
    expect((await rawSocket(port, { origin: testOrigin, cookie: forged }).outcome).status).toBe(401);
  });

  it("refuses a document to an outsider, and names that are not documents", async () => {
    const assetId = await createDocument();
    await expect(openDocument(port, world.outsider, assetId)).rejects.toThrow(/refused/);
    const link = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      name: "Elsewhere",
      url: "https://example.org",
    });
    await expect(openDocument(port, world.admin, link.id)).rejects.toThrow(/refused/);
    await expect(openDocument(port, world.admin, "not-a-uuid")).rejects.toThrow(/refused/);
  });

  it("carries each person's edits to everyone else", async () => {
    const assetId = await createDocument();
    const first = await openDocument(port, world.admin, assetId);
    const second = await openDocument(port, world.admin, assetId);
    first.type("From the first window");
    second.type("From the second window");
    await waitFor(() => first.text().includes("second") && second.text().includes("first"), "both edits everywhere");
    expect(first.text()).toBe(second.text());
    first.leave();
    second.leave();
  });

  it("lets a viewer read along but never applies their changes", async () => {
    const assetId = await createDocument({ markdown: "Opening hours" });
    const editor = await openDocument(port, world.admin, assetId);
    const reader = await openDocument(port, viewer, assetId);
    expect(reader.provider.authorizedScope).toBe("readonly");
    expect(editor.provider.authorizedScope).toBe("read-write");
    expect(reader.text()).toContain("Opening hours");

    reader.type("Vandalism");
    await waitFor(() => reader.syncStatuses.includes(false), "the server refusing the viewer's change");
    editor.type("Saturdays too");
    await waitFor(() => reader.text().includes("Saturdays"), "the viewer seeing the editor's change");
    expect(editor.text()).not.toContain("Vandalism");
    editor.leave();
    reader.leave();
    const exported = await exportOf(world.admin, assetId, "markdown");
    expect(exported.body).toContain("Saturdays too");
    expect(exported.body).not.toContain("Vandalism");
  });

  it("closes a socket that sends a message over the size limit", async () => {
    const { socket, outcome } = rawSocket(port, { origin: testOrigin, cookie: world.admin.cookie });
    socket.on("open", () => socket.send(Buffer.alloc(maxCollabMessageBytes + 1)));
    const result = await outcome;
    expect(result.open).toBe(true);
    expect(result.closeCode).toBe(1009);
  });

  it("closes the connections of a process when its grants change, and re-checks on reconnect", async () => {
    const assetId = await createDocument();
    const grantee = await signUp(context.app, { name: "Temporary helper" });
    const granted = await createGrant(context.app, {
      by: world.admin,
      processId: world.process.id,
      userId: grantee.userId,
      rights: ["view", "edit_assets"],
    });
    const helper = await openDocument(port, grantee, assetId);
    expect(helper.provider.authorizedScope).toBe("read-write");
    const refusals: string[] = [];
    helper.provider.on("authenticationFailed", ({ reason }: { reason: string }) => refusals.push(reason));

    const revoked = await call(context.app, world.admin, "DELETE", `/api/v1/grants/${granted.id}`);
    expect(revoked.statusCode).toBe(204);
    await waitFor(() => helper.closeCodes.includes(accessChangedCloseCode), "the helper's socket closing");
    await waitFor(() => refusals.length > 0, "the reconnect being refused");
    helper.leave();
  });

  it("closes a person's sockets when they sign out", async () => {
    const assetId = await createDocument();
    const leaving = await signUp(context.app, { name: "Leaving" });
    await createGrant(context.app, {
      by: world.admin,
      processId: world.process.id,
      userId: leaving.userId,
      rights: ["view"],
    });
    const client = await openDocument(port, leaving, assetId);
    const signedOut = await call(context.app, leaving, "POST", "/api/auth/sign-out", {});
    expect(signedOut.statusCode).toBe(200);
    await waitFor(() => client.closeCodes.includes(accessChangedCloseCode), "the socket closing");
    client.leave();
  });
});

describe("versions", () => {
  it("saves named versions and restores one as a new change that connected people see, logging both", async () => {
    const assetId = await createDocument({ markdown: "Draft one" });
    const saved = await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/document/versions`, {
      name: "  Before the meeting ",
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ assetId, name: "Before the meeting", createdBy: { id: world.admin.userId } });

    const editor = await openDocument(port, world.admin, assetId);
    const reader = await openDocument(port, viewer, assetId);
    editor.type("Added in the meeting");
    await waitFor(() => reader.text().includes("Added in the meeting"), "the viewer seeing the edit");

    const second = await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/document/versions`, {
      name: "After the meeting",
    });
    const list = await call(context.app, viewer, "GET", `/api/v1/assets/${assetId}/document/versions`);
    expect(list.json().items.map((version: { name: string }) => version.name)).toEqual([
      "After the meeting",
      "Before the meeting",
    ]);
    const paged = await call(context.app, viewer, "GET", `/api/v1/assets/${assetId}/document/versions?limit=1`);
    expect(paged.json().items).toHaveLength(1);
    const rest = await call(
      context.app,
      viewer,
      "GET",
      `/api/v1/assets/${assetId}/document/versions?limit=1&cursor=${paged.json().nextCursor}`,
    );
    expect(rest.json()).toMatchObject({ items: [{ name: "Before the meeting" }], nextCursor: null });

    const restored = await call(
      context.app,
      world.admin,
      "POST",
      `/api/v1/assets/${assetId}/document/versions/${saved.json().id}/restore`,
    );
    expect(restored.statusCode).toBe(200);
    await waitFor(() => !reader.text().includes("Added in the meeting"), "the viewer seeing the restore");
    await waitFor(() => !editor.text().includes("Added in the meeting"), "the editor seeing the restore");
    expect(editor.text()).toBe("Draft one\n");

    const back = await call(
      context.app,
      world.admin,
      "POST",
      `/api/v1/assets/${assetId}/document/versions/${second.json().id}/restore`,
    );
    expect(back.statusCode).toBe(200);
    await waitFor(() => reader.text().includes("Added in the meeting"), "the later version coming back");
    editor.leave();
    reader.leave();

    const actions = await documentActions(context.app, world.admin, assetId);
    expect(actions.filter((action) => action === "document.version_saved")).toHaveLength(2);
    expect(actions.filter((action) => action === "document.version_restored")).toHaveLength(2);

    // Whoever may see the document hears that its content went back (not whoever did it, nor a stranger).
    await context.app.jobs.drain();
    const told = async (session: Session) =>
      (await call(context.app, session, "GET", "/api/v1/me/notifications?limit=50"))
        .json()
        .items.filter(
          (item: { type: string; subject: { id: string } }) =>
            item.type === "document.restored" && item.subject.id === assetId,
        )
        .map((item: { text: string }) => item.text);
    expect(await told(viewer)).toEqual([
      `Ana Admin brought back the version “After the meeting” of “${(await call(context.app, world.admin, "GET", `/api/v1/assets/${assetId}`)).json().name}” in “${world.process.name}”.`,
      expect.stringContaining("“Before the meeting”"),
    ]);
    expect(await told(world.admin)).toEqual([]);
    expect(await told(world.outsider)).toEqual([]);
  });

  it("refuses versions to viewers and outsiders, bad names and versions of other documents", async () => {
    const assetId = await createDocument();
    const otherId = await createDocument();
    const url = `/api/v1/assets/${assetId}/document/versions`;
    const saved = await call(context.app, world.admin, "POST", url, { name: "v1" });
    problemOf(await call(context.app, viewer, "POST", url, { name: "mine" }), 403);
    problemOf(await call(context.app, world.outsider, "POST", url, { name: "mine" }), 404);
    problemOf(await call(context.app, world.outsider, "GET", url), 404);
    problemOf(await call(context.app, null, "GET", url), 404);
    for (const [body, path] of [
      [{ name: "   " }, "body.name"],
      [{ name: "x".repeat(201) }, "body.name"],
      [{ name: "v", extra: true }, "body"],
      [{}, "body.name"],
    ] as const) {
      const refused = problemOf(await call(context.app, world.admin, "POST", url, body), 422);
      expect(refused.errors?.map((error) => error.path)).toContain(path);
    }
    problemOf(await call(context.app, viewer, "POST", `${url}/${saved.json().id}/restore`), 403);
    problemOf(
      await call(
        context.app,
        world.admin,
        "POST",
        `/api/v1/assets/${otherId}/document/versions/${saved.json().id}/restore`,
      ),
      404,
    );
    problemOf(await call(context.app, world.admin, "POST", `${url}/not-an-id/restore`), 422);
    problemOf(await call(context.app, world.admin, "GET", `${url}?cursor=nonsense`), 422);
  });
});

describe("export", () => {
  it("gives HTML without scripts or dangerous links, and Markdown", async () => {
    const assetId = await createDocument(
      {
        markdown:
          '# Title <script>alert(1)</script>\n\n[safe](https://example.org) [bad](javascript:alert(1)) <img src=x onerror="alert(1)">',
      },
      'Report <script>alert("name")</script>',
    );
    const editor = await openDocument(port, world.admin, assetId);
    // A client may write any attributes into the shared state: a hostile link mark arrives as it was sent.
    editor.doc.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      const text = new Y.XmlText();
      text.insert(0, "click me", { link: { href: "javascript:alert(2)" } });
      paragraph.insert(0, [text]);
      editor.doc.getXmlFragment(documentField).push([paragraph]);
    });
    await waitFor(() => editor.syncStatuses.includes(true), "the change being applied");

    const html = await exportOf(viewer, assetId, "html");
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toMatch(/^text\/html/);
    expect(html.headers["content-disposition"]).toMatch(/^attachment/);
    expect(html.body).toContain("<h1>Title &lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(html.body).toContain('href="https://example.org"');
    expect(html.body).toContain("click me");
    // The hostile parts survive only as escaped text.
    expect(html.body).not.toMatch(/<script|<img|href="javascript:|<[^>]*\son\w+=/i);

    const markdown = await exportOf(viewer, assetId, "markdown");
    expect(markdown.body).toContain("[safe](<https://example.org>)");
    // Only escaped brackets may come before it: nothing a Markdown reader turns into a link.
    expect(markdown.body).not.toMatch(/(?<!\\)\]\(<?javascript:/);
    editor.leave();

    problemOf(await exportOf(world.admin, assetId, "pdf"), 422);
    problemOf(await exportOf(world.outsider, assetId, "html"), 404);
  });
});

describe("copies and deletion", () => {
  it("clones a document with its content, and carries it through a process export and import", async () => {
    const assetId = await createDocument({ markdown: "# Portable\n\n- kept" }, "Portable");
    const cloned = await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/clone`, {
      taskId: world.tasks.build.id,
    });
    expect(cloned.statusCode).toBe(201);
    expect((await exportOf(world.admin, cloned.json().id, "markdown")).body).toBe("# Portable\n\n- kept\n");

    const exported = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/export`);
    const entry = exported.json().assets.find((candidate: { name: string }) => candidate.name === "Portable");
    expect(entry.content).toEqual({ mediaType: "text/markdown", content: "# Portable\n\n- kept\n" });
    const imported = await call(context.app, world.outsider, "POST", "/api/v1/processes/import", exported.json());
    expect(imported.statusCode).toBe(201);
    const { tasks } = await processItems(context.app, { by: world.outsider, processId: imported.json().id });
    const assets = (
      await call(context.app, world.outsider, "GET", `/api/v1/tasks/${tasks.build.id}/assets?limit=100`)
    ).json().items;
    const copy = assets.find((candidate: { name: string }) => candidate.name === "Portable");
    expect((await exportOf(world.outsider, copy.id, "markdown")).body).toBe("# Portable\n\n- kept\n");
  });

  it("sends people away from a document deleted while they write, without bringing it back", async () => {
    const assetId = await createDocument();
    const editor = await openDocument(port, world.admin, assetId);
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/assets/${assetId}`)).statusCode).toBe(204);
    editor.type("Still typing");
    await waitFor(() => editor.closeCodes.length > 0, "the editor being sent away");
    editor.leave();
    expect(await context.database.db.select().from(documentState).where(eq(documentState.assetId, assetId))).toEqual(
      [],
    );
    problemOf(await exportOf(world.admin, assetId, "markdown"), 404);
  });
});

describe("storage", () => {
  it("merges a store into what is stored, so an edit another server process stored is never written over", async () => {
    const assetId = await createDocument({ markdown: "Shared start" });
    const editor = await openDocument(port, world.admin, assetId);
    const storedText = async () => {
      const [row] = await context.database.db
        .select({ state: documentState.state })
        .from(documentState)
        .where(eq(documentState.assetId, assetId));
      return documentToMarkdown(documentFromState(row!.state));
    };
    // Another process holding the document stored an edit this one never heard of (its bus was reconnecting).
    const elsewhere = new Y.Doc();
    const [before] = await context.database.db
      .select({ state: documentState.state })
      .from(documentState)
      .where(eq(documentState.assetId, assetId));
    Y.applyUpdate(elsewhere, before!.state);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Stored elsewhere")]);
    elsewhere.getXmlFragment(documentField).push([paragraph]);
    await context.database.db
      .update(documentState)
      .set({ state: Y.encodeStateAsUpdate(elsewhere) })
      .where(eq(documentState.assetId, assetId));

    editor.type("Typed here");
    for (let attempt = 0; !(await storedText()).includes("Typed here"); attempt++) {
      if (attempt > 300) throw new Error("the edit was never stored");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Both edits, each once (two concurrent appends: Yjs orders them by client, either way round).
    const stored = await storedText();
    expect(stored.startsWith("Shared start\n\n")).toBe(true);
    expect(stored.match(/Stored elsewhere/g)).toHaveLength(1);
    expect(stored.match(/Typed here/g)).toHaveLength(1);
    editor.leave();
  });

  it("keeps the content across a restart of the server on the same database", async () => {
    const assetId = await createDocument({ markdown: "Before the restart" });
    const editor = await openDocument(port, world.admin, assetId);
    editor.type("Typed just before closing");
    await waitFor(() => editor.syncStatuses.includes(true), "the change being applied");
    // Closing the server stores what is open without waiting for the debounce.
    await context.app.close();
    editor.leave();

    const second = await createSecondApp(context);
    try {
      const secondPort = await listen(second.app);
      const again = await openDocument(secondPort, world.admin, assetId);
      expect(again.text()).toBe("Before the restart\n\nTyped just before closing\n");
      again.leave();
      expect(await documentActions(second.app, world.admin, assetId)).toContain("document.edited");
    } finally {
      await second.close();
    }
  });
});
