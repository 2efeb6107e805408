/** A V8 .cpuprofile as the inspector writes it. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * A profile summarised for reading in a terminal: the functions with the most self time (where the CPU is),
 * then our own functions (server/, interlinkers/, common/) by inclusive time (what each costs with everything
 * it calls), each as a share of all samples. Recursion is counted once per sample.
 */
export function summarise(profile: CpuProfile, root: string, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^file:\/\//, "").replace(`${root}/`, "");
    return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const counted = profile.samples.filter((id) => byId.get(id)!.callFrame.functionName !== "(idle)");
  for (const id of counted) {
    self.set(label(id), (self.get(label(id)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(at);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
  }
  const total = counted.length || 1;
  const idle = profile.samples.length - counted.length;
  const percent = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
  const ours = (name: string) => / (server|interlinkers|common)\//.test(name) && !name.includes("node_modules");
  const lines = [
    `busy samples ${counted.length}, idle ${idle} (${((100 * idle) / (profile.samples.length || 1)).toFixed(0)}% idle)`,
    "",
    "self time:",
  ];
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${percent(n)}  ${name}`);
  lines.push("", "our functions, inclusive:");
  for (const [name, n] of [...inclusive]
    .filter(([name]) => ours(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    lines.push(`${percent(n)}  ${name}`);
  lines.push("", "packages, inclusive (top frames by package):");
  const packages = new Map<string, number>();
  for (const id of counted) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const match = byId.get(at)!.callFrame.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      if (!match || seen.has(match[1]!)) continue;
      seen.add(match[1]!);
      packages.set(match[1]!, (packages.get(match[1]!) ?? 0) + 1);
    }
  }
  for (const [name, n] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`${percent(n)}  ${name}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fs = await import("node:fs");
  for (const file of process.argv.slice(2)) {
    console.log(`# ${file}`);
    console.log(summarise(JSON.parse(fs.readFileSync(file, "utf8")), process.cwd()));
  }
}
