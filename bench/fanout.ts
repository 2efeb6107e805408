import http from "node:http";
import { pathToFileURL } from "node:url";
import { type Line, memoryOf, type Script, startScript } from "./scripts.js";

// Notifications (issue #13): one event told to N people at once, and what a connected live stream costs.
//
// (a) is the bare process (bench/bare.ts: Fastify, the same driver, nothing of ours): N clients hold its SSE
// route, then one request inserts N inbox rows in one statement and writes each row to its person's stream.
// (b) is the platform (bench/fanout-serve.ts): N members of one process, each with a session, hold
// `GET /api/v1/me/notifications/stream`; then the process's administrator starts a discussion thread that
// @mentions all N through the API — one event whose audience is everyone, delivered by the job queue (an inbox
// row and a mail per person, each checked against the policies, then the live stream).
//
// Timed from the moment the trigger request is sent: its answer, the moment all N inbox rows exist (the server
// process polls its own database every 5 ms, as a PGlite database cannot be opened from a second process), and
// each client's `notification` event, stamped when its bytes arrive. Memory: the server's RSS and heap after a
// forced collection, before and after the N idle streams connect, divided by N. Both servers run throughout;
// only the one measured has work. `tsx bench/fanout.ts [kind]` runs it alone; bench/run.ts runs it with the rest.

const recipients = Number(process.env.BENCH_FANOUT_RECIPIENTS ?? 1000);
/** Streams opened at once while connecting, so the accept queue never overflows. */
const connectingAtOnce = 50;
/** How long to wait for every client's event (and every inbox row) before counting the rest as missing. */
const waitMs = Number(process.env.BENCH_FANOUT_WAIT_SECONDS ?? 120) * 1000;
const now = () => performance.timeOrigin + performance.now();

type Kind = "pglite" | "postgresql";
/** One live client: an open `text/event-stream` response, and when its first `notification` event arrived. */
interface Listener {
  arrivedAt?: number;
  close(): void;
}

function listen(url: string, headers: Record<string, string>, agent: http.Agent): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const listener: Listener = { close: () => request.destroy() };
    let buffer = "";
    let connected = false;
    const request = http.get(url, { agent, headers: { accept: "text/event-stream", ...headers } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`${url}: ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const at = now();
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!connected && message.startsWith(": connected")) {
            connected = true;
            resolve(listener);
          } else if (listener.arrivedAt === undefined && /^event: notification$/m.test(message)) {
            listener.arrivedAt = at;
          }
          end = buffer.indexOf("\n\n");
        }
      });
    });
    request.on("error", (error) => {
      if (!connected) reject(error);
    });
  });
}

/** Opens N streams, a few at a time; answers them and how long connecting took. */
async function connectAll(streamOf: (index: number) => { url: string; headers: Record<string, string> }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const listeners: Listener[] = [];
  const started = now();
  for (let start = 0; start < recipients; start += connectingAtOnce) {
    const batch = [];
    for (let index = start; index < Math.min(recipients, start + connectingAtOnce); index++) {
      const { url, headers } = streamOf(index);
      batch.push(listen(url, headers, agent));
    }
    listeners.push(...(await Promise.all(batch)));
  }
  return {
    listeners,
    connectSeconds: (now() - started) / 1000,
    close: () => {
      for (const listener of listeners) listener.close();
      agent.destroy();
    },
  };
}

async function post(url: string, headers: Record<string, string>, body?: unknown): Promise<Line> {
  const response = await fetch(url, {
    method: "POST",
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Line;
}

/** Waits until every listener has its event, or the wait is over. */
async function allArrived(listeners: Listener[]): Promise<void> {
  const until = Date.now() + waitMs;
  while (Date.now() < until && listeners.some((listener) => listener.arrivedAt === undefined)) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface Measured {
  answeredMs: number;
  inboxMs: number | null;
  first: number;
  p50: number;
  p99: number;
  max: number;
  missing: number;
  connectSeconds: number;
  rssPerStream: number;
  heapPerStream: number;
}

const percentile = (sorted: number[], share: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

async function measure(
  script: Script<unknown>,
  streamOf: (index: number) => { url: string; headers: Record<string, string> },
  trigger: () => Promise<{ answeredAt: number; inboxAt: Promise<number | null> }>,
): Promise<Measured> {
  // Read twice: the first collection after start-up (or seeding) may still hand memory back to the system.
  await memoryOf(script);
  const before = await memoryOf(script);
  const connected = await connectAll(streamOf);
  try {
    const after = await memoryOf(script);
    const triggeredAt = now();
    const { answeredAt, inboxAt } = await trigger();
    await allArrived(connected.listeners);
    const inbox = await inboxAt;
    const arrivals = connected.listeners
      .flatMap((listener) => (listener.arrivedAt === undefined ? [] : [listener.arrivedAt - triggeredAt]))
      .sort((a, b) => a - b);
    return {
      answeredMs: answeredAt - triggeredAt,
      inboxMs: inbox === null ? null : inbox - triggeredAt,
      first: arrivals[0] ?? Number.NaN,
      p50: percentile(arrivals, 0.5),
      p99: percentile(arrivals, 0.99),
      max: arrivals.at(-1) ?? Number.NaN,
      missing: recipients - arrivals.length,
      connectSeconds: connected.connectSeconds,
      rssPerStream: (after.rss - before.rss) / recipients,
      heapPerStream: (after.heapUsed - before.heapUsed) / recipients,
    };
  } finally {
    connected.close();
  }
}

interface Platform {
  appUrl: string;
  origin: string;
  authorCookie: string;
  assetId: string;
  members: { name: string; cookie: string }[];
}

export async function fanoutBench(kind: Kind): Promise<string> {
  const env = { BENCH_FANOUT_RECIPIENTS: String(recipients), BENCH_FANOUT_WAIT_SECONDS: String(waitMs / 1000) };
  const bare = await startScript<{ baselineUrl: string }>("bare.ts", kind, env);
  try {
    const platform = await startScript<Platform>("fanout-serve.ts", kind, env);
    try {
      const { baselineUrl } = bare.ready;
      // The bare process has answered nothing yet, the platform a whole seeding: one empty fan-out first, so the
      // bare statement is not measured on its first (planning, cold) run.
      await post(`${baselineUrl}/fanout?count=0`, {});
      const a = await measure(
        bare,
        (index) => ({ url: `${baselineUrl}/stream?user=${index + 1}`, headers: {} }),
        async () => {
          const answer = await post(`${baselineUrl}/fanout?count=${recipients}`, {});
          const answeredAt = now();
          return { answeredAt, inboxAt: Promise.resolve(answer.insertedAt as number) };
        },
      );
      const { appUrl, origin, authorCookie, assetId, members } = platform.ready;
      // "@P1 @P2 …": every member by name, which the discussion resolves to the N of them. A post holds 20,000
      // characters, so this reaches about 2,800 people; past that the API refuses the post (422) and the run stops.
      const source = members.map((member) => `@${member.name}`).join(" ");
      const b = await measure(
        platform,
        (index) => ({ url: `${appUrl}/api/v1/me/notifications/stream`, headers: { cookie: members[index]!.cookie } }),
        async () => {
          const inboxLine = platform.next("inboxAt");
          platform.send({ cmd: "watch", count: recipients });
          await post(
            `${appUrl}/api/v1/assets/${assetId}/discussion/threads`,
            { origin, cookie: authorCookie },
            { title: "Everyone", source },
          );
          const answeredAt = now();
          return { answeredAt, inboxAt: inboxLine.then((line) => line.inboxAt as number | null) };
        },
      );
      return table(kind, a, b);
    } finally {
      await platform.stop();
    }
  } finally {
    await bare.stop();
  }
}

function table(kind: Kind, a: Measured, b: Measured): string {
  const ms = (value: number | null) => (value === null || Number.isNaN(value) ? "—" : value.toFixed(0));
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  // No ratio of a difference lost in the noise (RSS may shrink between two readings).
  const ratio = (ours: number | null, theirs: number | null) =>
    ours === null || theirs === null || !(ours > 0 && theirs > 0) ? "—" : `${(ours / theirs).toFixed(1)}×`;
  const rows: [string, string, string, string][] = [
    ["trigger request answered, ms", ms(a.answeredMs), ms(b.answeredMs), ratio(b.answeredMs, a.answeredMs)],
    [`all ${recipients} inbox rows exist, ms`, ms(a.inboxMs), ms(b.inboxMs), ratio(b.inboxMs, a.inboxMs)],
    ["first client has it, ms", ms(a.first), ms(b.first), ratio(b.first, a.first)],
    ["event arrived at a client, p50 ms", ms(a.p50), ms(b.p50), ratio(b.p50, a.p50)],
    ["event arrived at a client, p99 ms", ms(a.p99), ms(b.p99), ratio(b.p99, a.p99)],
    [`all ${recipients} clients have it (max), ms`, ms(a.max), ms(b.max), ratio(b.max, a.max)],
    [`clients without it after ${waitMs / 1000} s`, String(a.missing), String(b.missing), "—"],
    [`connecting ${recipients} streams, s`, a.connectSeconds.toFixed(1), b.connectSeconds.toFixed(1), "—"],
    [
      "server RSS per idle stream, KiB",
      kib(a.rssPerStream),
      kib(b.rssPerStream),
      ratio(b.rssPerStream, a.rssPerStream),
    ],
    [
      "server heap per idle stream, KiB",
      kib(a.heapPerStream),
      kib(b.heapPerStream),
      ratio(b.heapPerStream, a.heapPerStream),
    ],
  ];
  return [
    `#### Notifications on ${kind === "pglite" ? "PGlite" : "PostgreSQL"}: one event to ${recipients} people, ` +
      `${recipients} live streams`,
    "",
    "| measure | (a) bare process | (b) platform | (b) vs (a) |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const kinds = (process.argv[2] ?? "pglite,postgresql").split(",") as Kind[];
  for (const kind of kinds) console.log(`${await fanoutBench(kind)}\n`);
}
