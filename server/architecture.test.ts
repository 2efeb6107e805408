import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The import rules of docs/architecture.md, checked on the source: an interlinker imports only the SDK and its own
// folder, server code reaches interlinkers only through server/interlinkers/registry.ts, and no import cycle exists
// in server/, interlinkers/ or common/ (type-only imports included: a cycle of types is a knot all the same).

const root = path.resolve(import.meta.dirname, "..");
const scanned = ["server", "interlinkers", "common"];

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name === "migrations" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The project file a relative specifier names (`./x.js` is `./x.ts`; the web omits extensions). */
function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".tsx"), `${base}.ts`, `${base}.tsx`];
  candidates.push(path.join(base, "index.ts"), path.join(base, "index.tsx"));
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? null;
}

function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of scanned.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const text = fs.readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((match) => match[1]!);
    const targets = specifiers.map((specifier) => resolveImport(file, specifier)).filter((target) => target !== null);
    graph.set(path.relative(root, file), [...new Set(targets.map((target) => path.relative(root, target)))]);
  }
  return graph;
}

/** Imports by an interlinker (`interlinkers/<id>/…`) of anything outside its folder and `interlinkers/sdk`. */
function interlinkerBreaches(graph: Graph): string[] {
  const breaches: string[] = [];
  for (const [file, targets] of graph) {
    const parts = file.split(path.sep);
    if (parts[0] !== "interlinkers" || parts.length < 3 || parts[1] === "sdk") continue;
    const own = `${path.join(parts[0], parts[1]!)}${path.sep}`;
    const sdk = `${path.join("interlinkers", "sdk")}${path.sep}`;
    for (const target of targets) {
      if (!target.startsWith(own) && !target.startsWith(sdk)) breaches.push(`${file} -> ${target}`);
    }
  }
  return breaches.sort();
}

/** Imports of anything in interlinkers/ by server code other than the one registry file. */
function serverReachingIntoInterlinkers(graph: Graph): string[] {
  const registry = path.join("server", "interlinkers", "registry.ts");
  const breaches: string[] = [];
  for (const [file, targets] of graph) {
    if (!file.startsWith(`server${path.sep}`) || file === registry) continue;
    for (const target of targets)
      if (target.startsWith(`interlinkers${path.sep}`)) breaches.push(`${file} -> ${target}`);
  }
  return breaches.sort();
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components), sorted. */
function importCycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || graph.get(file)?.includes(file)) cycles.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe("import rules", () => {
  const graph = importGraph();

  it("interlinkers import only interlinkers/sdk and their own folder", () => {
    expect(interlinkerBreaches(graph)).toEqual([]);
  });

  it("server code reaches interlinkers only through server/interlinkers/registry.ts", () => {
    expect(serverReachingIntoInterlinkers(graph)).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("catches a back-import and a cycle added to a graph", () => {
    const extended: Graph = new Map(graph);
    const note = path.join("interlinkers", "note", "server.ts");
    const service = path.join("server", "modules", "accounts", "service.ts");
    extended.set(note, [...(graph.get(note) ?? []), service]);
    expect(interlinkerBreaches(extended)).toContain(`${note} -> ${service}`);
    const routes = path.join("server", "modules", "assets", "routes.ts");
    const plugin = path.join("interlinkers", "note", "server.ts");
    extended.set(routes, [...(graph.get(routes) ?? []), plugin]);
    expect(serverReachingIntoInterlinkers(extended)).toContain(`${routes} -> ${plugin}`);
    const a = path.join("common", "a.ts");
    const b = path.join("common", "b.ts");
    extended.set(a, [b]);
    extended.set(b, [a]);
    expect(importCycles(extended)).toContainEqual([a, b]);
  });
});
