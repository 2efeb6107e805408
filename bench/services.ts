import http from "node:http";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { type Memory, memoryOf, startScript } from "./scripts.js";

// Public services (issue #14): the search of the service catalogue as it grows (100 and 10,000 services), and the
// CPSV-AP export of a whole catalogue of 1,000 services, as Turtle and as JSON-LD.
//
// Search and list: autocannon against the platform (bench/services-serve.ts), right after the same load against
// the bare process (bench/bare.ts: Fastify, the same driver, one indexed SELECT of 50 rows, nothing of ours).
// Export: one client asks for the catalogue five times per format, with `Accept-Encoding: br, gzip` as a browser
// or a harvester would; timed from the request to its first and its last byte, counting the bytes as they arrive
// over the wire; the server's peak RSS above its RSS before (sampled every 5 ms in the server's own process).
// `tsx bench/services.ts [kind]` runs it alone; bench/run.ts runs it with the rest.

type Kind = "pglite" | "postgresql";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Ready {
  appUrl: string;
  organizationId: string;
  word: string;
}

async function load(url: string) {
  await autocannon({ url, connections, duration: 2 });
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** One GET read to its last byte: when the first and the last arrived, and how many bytes came over the wire. */
function download(url: string, accept: string): Promise<{ firstMs: number; lastMs: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let first = 0;
    let bytes = 0;
    http
      .get(url, { headers: { accept, "accept-encoding": "br, gzip" } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        response.on("data", (chunk: Buffer) => {
          if (bytes === 0) first = performance.now() - started;
          bytes += chunk.length;
        });
        response.on("end", () => resolve({ firstMs: first, lastMs: performance.now() - started, bytes }));
      })
      .on("error", reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export async function servicesBench(kind: Kind): Promise<string> {
  const bare = await startScript<{ baselineUrl: string }>("bare.ts", kind);
  const lines = [
    `### ${kind}: public services`,
    "",
    "| scenario | req/s | p50 ms | p99 ms | (a) bare just before, req/s | (a) p50 ms | vs (a) | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const exportLines = [
    "",
    "| catalogue of 1,000 services | first byte ms (median of 5) | last byte ms | bytes on the wire | uncompressed (identity) | server peak RSS above before, MiB |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  try {
    for (const count of [100, 10_000]) {
      const platform = await startScript<Ready>("services-serve.ts", kind, { BENCH_SERVICES: String(count) });
      try {
        const { appUrl, word } = platform.ready;
        for (const [scenario, url] of [
          [`search ?q=${word}, ${count} services`, `${appUrl}/api/v1/public-services?q=${word}&limit=20`],
          [`list ?limit=20, ${count} services`, `${appUrl}/api/v1/public-services?limit=20`],
        ] as const) {
          const baseline = await load(`${bare.ready.baselineUrl}/baseline`);
          const measured = await load(url);
          lines.push(
            `| ${scenario} | ${measured.perSecond.toFixed(0)} | ${measured.p50} | ${measured.p99} | ${baseline.perSecond.toFixed(0)} | ${baseline.p50} | ${((100 * measured.perSecond) / baseline.perSecond).toFixed(0)}% | ${measured.errors} |`,
          );
        }
      } finally {
        await platform.stop();
      }
    }
    const platform = await startScript<Ready>("services-serve.ts", kind, { BENCH_SERVICES: "1000" });
    try {
      const { appUrl, organizationId } = platform.ready;
      for (const [format, extension, accept] of [
        ["Turtle", "ttl", "text/turtle"],
        ["JSON-LD", "jsonld", "application/ld+json"],
      ] as const) {
        const url = `${appUrl}/api/v1/organizations/${organizationId}/public-services.${extension}`;
        await download(url, accept);
        const runs = [];
        let peak = 0;
        for (let run = 0; run < 5; run++) {
          const before = (await memoryOf(platform)) as Memory & { peakRss: number };
          runs.push(await download(url, accept));
          const after = (await memoryOf(platform)) as Memory & { peakRss: number };
          peak = Math.max(peak, after.peakRss - before.rss);
        }
        const identity = await new Promise<number>((resolve, reject) => {
          http
            .get(url, { headers: { accept } }, (response) => {
              let bytes = 0;
              response.on("data", (chunk: Buffer) => {
                bytes += chunk.length;
              });
              response.on("end", () => resolve(bytes));
            })
            .on("error", reject);
        });
        exportLines.push(
          `| ${format} | ${median(runs.map((r) => r.firstMs)).toFixed(0)} | ${median(runs.map((r) => r.lastMs)).toFixed(0)} | ${median(runs.map((r) => r.bytes))} | ${identity} | ${mib(peak)} |`,
        );
      }
    } finally {
      await platform.stop();
    }
  } finally {
    await bare.stop();
  }
  return [...lines, ...exportLines].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const kinds = (process.argv[2] ? [process.argv[2]] : ["pglite", "postgresql"]) as Kind[];
  for (const kind of kinds) console.log(`${await servicesBench(kind)}\n`);
}
