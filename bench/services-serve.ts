import path from "node:path";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { signUp } from "../server/test/app.js";
import { openBenchDatabase } from "./database.js";

// The platform with BENCH_SERVICES public services of one public administration (bench/services.ts measures it).
// The services go straight into the table, each with a name and description in four languages, keywords, two
// thematic areas and a channel, a cost and a requirement, so an export has every kind of node to write; one in a
// hundred carries the searched word. Commands on stdin, one JSON line each, answered on stdout:
//   {"cmd":"metrics"}  → {"metrics":{rss,heapUsed,…, peakRss}} after a forced collection (with --expose-gc);
//                        peakRss is the highest RSS sampled every 5 ms since the previous metrics command.

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const count = Number(process.env.BENCH_SERVICES ?? 1000);
const database = await openBenchDatabase(kind, "services");
const config = loadConfig({
  LOG_LEVEL: "silent",
  BASE_URL: "http://localhost:3000",
  RATE_LIMIT_AUTH_PER_MINUTE: "100000",
  MAIL_DIR: path.join(database.dir, "mail"),
});
const app = await buildApp({ config, db: database.db, databaseKind: database.kind });
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });

const origin = "http://localhost:3000";
await signUp(app, { email: "operator@example.org", name: "Operator" });
const civilServant = await signUp(app, { email: "civil@example.org", name: "Civil servant" });
const created = await app.inject({
  method: "POST",
  url: "/api/v1/organizations",
  headers: { origin, cookie: civilServant.cookie },
  payload: {
    name: { en: "Bench City Council", lv: "Pilsētas dome" },
    type: "public_administration",
    visibility: "public",
  },
});
const organizationId = created.json().id as string;

const theme = "http://publications.europa.eu/resource/authority/data-theme/";
const details = {
  channels: [{ type: "online", url: "https://example.org/service" }],
  processingTime: "P10D",
  costs: [{ value: 12.5, currency: "EUR", description: "Fee" }],
  requirements: [{ name: "Proof of address", description: "A document naming your address." }],
  outputs: [{ name: "Decision" }],
  legalResources: ["https://example.org/law/1"],
  languages: ["lv", "en"],
  spatial: ["http://publications.europa.eu/resource/authority/country/LVA"],
  contactPoint: { email: "help@example.org", phone: "+371 67 000 000" },
};
await database.db.execute(sql`
  insert into public_service (id, organization_id, name, description, keywords, thematic_areas, details, visibility, created_by)
  select (lpad(to_hex(${Date.now() - 365 * 24 * 3600 * 1000}::bigint + i), 12, '0') || '70008000' || lpad(to_hex(i), 12, '0'))::uuid,
    ${organizationId}::uuid,
    jsonb_build_object('en', 'Service ' || i || case when i % 100 = 0 then ' library card' else ' permit' end,
                       'lv', 'Pakalpojums ' || i, 'it', 'Servizio ' || i, 'es', 'Servicio ' || i),
    jsonb_build_object('en', 'Apply for service number ' || i || ' online or at the customer centre.',
                       'lv', 'Piesakieties pakalpojumam numur ' || i || ' tiešsaistē.',
                       'it', 'Richiedi il servizio numero ' || i || ' online.',
                       'es', 'Solicite el servicio número ' || i || ' en línea.'),
    jsonb_build_array('service', 'keyword' || (i % 50)),
    array[${`${theme}GOVE`}, ${`${theme}SOCI`}],
    ${JSON.stringify(details)}::jsonb,
    'public', ${civilServant.userId}
  from generate_series(1, ${count}) as i`);
await database.db.execute(sql`analyze`);

let peakRss = process.memoryUsage().rss;
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5).unref();
const gc = (globalThis as { gc?: () => void }).gc;
createInterface({ input: process.stdin }).on("line", (line) => {
  const command = JSON.parse(line) as { cmd: string };
  if (command.cmd === "metrics") {
    gc?.();
    gc?.();
    const metrics = { ...process.memoryUsage(), peakRss, collected: Boolean(gc) };
    peakRss = process.memoryUsage().rss;
    process.stdout.write(`${JSON.stringify({ metrics })}\n`);
  }
});

process.stdout.write(`${JSON.stringify({ appUrl, organizationId, word: "library" })}\n`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
