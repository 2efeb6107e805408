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
    expect(fs.readFileSync(path.join(dir, "interlink.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "interlink.lock"))).toBe(false);
  });

  it("creates the directory when missing", () => {
    const dir = path.join(tempDir(), "nested", "data");
    const release = lockDataDirectory(dir);
    expect(fs.existsSync(dir)).toBe(true);
    release();
  });
});
