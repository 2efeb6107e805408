import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirectoryLockedError, lockDataDirectory } from "./lock.js";

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-lock-"));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("data directory lock", () => {
  it("keeps a second holder out while the first lives, and lets it in after release", () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      fs.writeFileSync(path.join(dir, "interlink.lock"), String(child.pid));
      expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
      expect(() => lockDataDirectory(dir)).toThrow(/in use by another INTERLINK process/);
    } finally {
      child.kill();
    }
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "interlink.lock"), "999999999");
    const release = lockDataDirectory(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "interlink.lock"), "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, "interlink.lock"))).toBe(false);
  });

  it("takes over a lock naming a live process that is not its holder (the pid was reused)", () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      // The same pid, but a process that started at another time: not the one that wrote the lock.
      fs.writeFileSync(path.join(dir, "interlink.lock"), JSON.stringify({ pid: child.pid, started: "1" }));
      const release = lockDataDirectory(dir);
      const written = JSON.parse(fs.readFileSync(path.join(dir, "interlink.lock"), "utf8"));
      expect(written.pid).toBe(process.pid);
      expect(written.started).toMatch(/^\d+$/);
      release();
    } finally {
      child.kill();
    }
  });

  it("takes over an old-format lock whose pid is alive but no Node process", () => {
    const dir = tempDir();
    const child = spawn("sleep", ["60"]);
    try {
      fs.writeFileSync(path.join(dir, "interlink.lock"), String(child.pid));
      lockDataDirectory(dir)();
    } finally {
      child.kill();
    }
  });

  it("of several servers finding the same stale lock at once, exactly one starts", async () => {
    const dir = tempDir();
    const squatter = spawn("sleep", ["60"]);
    fs.writeFileSync(path.join(dir, "interlink.lock"), JSON.stringify({ pid: squatter.pid, started: "1" }));
    // The contenders start (slowly, each loading TypeScript), wait at a barrier, then all lock at once; each
    // holds what it got until all have answered, since a contender that died would leave a stale lock behind.
    const go = path.join(dir, "go");
    const contender = `
      import fs from "node:fs";
      import { lockDataDirectory } from ${JSON.stringify(path.join(import.meta.dirname, "lock.ts"))};
      console.log("ready");
      const pause = new Int32Array(new SharedArrayBuffer(4));
      while (!fs.existsSync(${JSON.stringify(go)})) Atomics.wait(pause, 0, 0, 1);
      try { lockDataDirectory(${JSON.stringify(dir)}); console.log("locked"); }
      catch (error) { console.log(error.constructor.name); }
      setTimeout(() => {}, 30000);
    `;
    const children = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", contender]),
    );
    const lines = children.map((child) => {
      const waiting: ((line: string) => void)[] = [];
      let buffered = "";
      child.stdout.setEncoding("utf8");
      child.stdout.on("data", (chunk: string) => {
        buffered += chunk;
        let end = buffered.indexOf("\n");
        while (end >= 0) {
          waiting.shift()?.(buffered.slice(0, end));
          buffered = buffered.slice(end + 1);
          end = buffered.indexOf("\n");
        }
      });
      return () => new Promise<string>((resolve) => waiting.push(resolve));
    });
    try {
      const ready = lines.map((next) => next());
      expect(await Promise.all(ready)).toEqual(Array(6).fill("ready"));
      const outcomes = lines.map((next) => next());
      fs.writeFileSync(go, "");
      const results = await Promise.all(outcomes);
      expect(results.filter((outcome) => outcome === "locked")).toHaveLength(1);
      expect(results.filter((outcome) => outcome === "DataDirectoryLockedError")).toHaveLength(5);
    } finally {
      for (const child of children) child.kill();
      squatter.kill();
    }
  }, 60_000);

  it("creates the directory when missing", () => {
    const dir = path.join(tempDir(), "nested", "data");
    const release = lockDataDirectory(dir);
    expect(fs.existsSync(dir)).toBe(true);
    release();
  });
});
