import path from "node:path";

// Summarises a V8 CPU profile (`node --cpu-prof`): the functions the process spent the most time in themselves
// (self time), so a run's hot path can be read in a terminal without opening DevTools.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function summariseProfile(profile: CpuProfile, top = 20): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<string, number>();
  profile.samples.forEach((nodeId, index) => {
    const frame = nodes.get(nodeId)!.callFrame;
    const where = frame.url ? `${shorten(frame.url)}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    selfMicros.set(key, (selfMicros.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = profile.endTime - profile.startTime;
  return [...selfMicros.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([key, micros]) =>
        `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    )
    .join("\n");
}

function shorten(url: string): string {
  const file = url.replace(/^file:\/\//, "");
  const modules = file.lastIndexOf("node_modules/");
  return modules >= 0 ? file.slice(modules + "node_modules/".length) : path.relative(process.cwd(), file);
}

// `tsx bench/cpuprofile.ts file.cpuprofile [top]`
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const fs = await import("node:fs");
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx bench/cpuprofile.ts <file.cpuprofile> [top]");
  console.log(summariseProfile(JSON.parse(fs.readFileSync(file, "utf8")), Number(process.argv[3] ?? 30)));
}
