import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

// Bench server scripts in their own processes, spoken to over stdin and stdout one JSON line at a time, so the
// load generator never shares the measured server's event loop.

const root = path.resolve(import.meta.dirname, "..");
type Kind = "pglite" | "postgresql";
export type Line = Record<string, unknown>;

/** A bench server script in its own process, spoken to over stdin and stdout one JSON line at a time. */
export interface Script<T> {
  child: ChildProcess;
  ready: T;
  /** The next line carrying `key`. */
  next(key: string): Promise<Line>;
  send(command: Line): void;
  stop(): Promise<void>;
}

/**
 * Starts `bench/<script> <kind>` with the garbage collector exposed (for memoryOf) and `env` added; resolves with
 * its first JSON line (where it listens) once it is ready.
 */
export async function startScript<T>(script: string, kind: Kind, env: Record<string, string> = {}): Promise<Script<T>> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", script), kind], {
    stdio: ["pipe", "pipe", "inherit"],
    cwd: root,
    env: {
      ...process.env,
      ...env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
    },
  });
  const waiting: { key: string; resolve: (line: Line) => void }[] = [];
  let ready: ((line: Line) => void) | undefined;
  const first = new Promise<Line>((resolve, reject) => {
    ready = resolve;
    child.on("exit", () => reject(new Error(`bench/${script} (${kind}) exited before it was ready`)));
  });
  createInterface({ input: child.stdout! }).on("line", (text) => {
    if (!text.startsWith("{")) return;
    const line = JSON.parse(text) as Line;
    if (ready) {
      ready(line);
      ready = undefined;
      return;
    }
    const index = waiting.findIndex((entry) => entry.key in line);
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(line);
  });
  const readyLine = (await first) as T;
  return {
    child,
    ready: readyLine,
    next: (key) => new Promise((resolve) => waiting.push({ key, resolve })),
    send: (command) => child.stdin!.write(`${JSON.stringify(command)}\n`),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.on("exit", resolve));
    },
  };
}

export interface Memory {
  rss: number;
  heapUsed: number;
}

export async function memoryOf(script: Script<unknown>): Promise<Memory> {
  const answer = script.next("metrics");
  script.send({ cmd: "metrics" });
  return (await answer).metrics as Memory;
}
