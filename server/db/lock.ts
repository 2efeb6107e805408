import fs from "node:fs";
import path from "node:path";

export class DataDirectoryLockedError extends Error {}

/** Who holds a lock: a pid alone is not enough, since pids are reused (after a reboot, a pid is soon taken again). */
interface Holder {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat), where the system tells it. */
  started: string | null;
}

/** This process's start time, or null where /proc does not exist (macOS, Windows). */
function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

const procAvailable = () => fs.existsSync("/proc/self/stat");

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder> | number;
    if (typeof value === "number") return Number.isInteger(value) ? { pid: value, started: null } : null;
    return Number.isInteger(value.pid) ? { pid: value.pid!, started: value.started ?? null } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the process a lock names still holds it. A dead pid does not. A live pid whose start time differs from
 * the one recorded is another process that got the same number. A lock of the older format (a bare pid) is held
 * only if that pid is a Node process; where /proc is missing, a live pid is trusted as before.
 */
function stillHeld(holder: Holder): boolean {
  if (holder.pid === process.pid || !isAlive(holder.pid)) return false;
  if (!procAvailable()) return true;
  if (holder.started !== null) return startTimeOf(holder.pid) === holder.started;
  try {
    return /node|tsx/.test(fs.readFileSync(`/proc/${holder.pid}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

function readHolder(file: string): { text: string; holder: Holder | null } | null {
  try {
    const text = fs.readFileSync(file, "utf8");
    return { text, holder: parseHolder(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Creates `file` holding this process's identity, or returns false when it exists. Written aside and linked into
 * place, so no one ever reads the file half written (an empty lock would look stale).
 */
function createExclusive(file: string): boolean {
  const aside = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(aside, JSON.stringify({ pid: process.pid, started: startTimeOf(process.pid) }));
  try {
    fs.linkSync(aside, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // A file system without hard links: an exclusive create, written at once.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") return createInPlace(file);
    throw error;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function createInPlace(file: string): boolean {
  try {
    const descriptor = fs.openSync(file, "wx");
    fs.writeSync(descriptor, JSON.stringify({ pid: process.pid, started: startTimeOf(process.pid) }));
    fs.closeSync(descriptor);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * PGlite writes its files without any guard of its own: two processes on one data directory corrupt it. A lock
 * file naming its holder (pid and start time) keeps a second process out; a lock whose holder is gone is taken
 * over. Taking over goes through a second file created exclusively, so of several processes finding the same
 * stale lock at once exactly one replaces it; the others then find a live lock and refuse to start.
 */
export function lockDataDirectory(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "interlink.lock");
  const takeoverPath = `${lockPath}.takeover`;
  const locked = (holder: Holder) =>
    new DataDirectoryLockedError(
      `The data directory ${dataDir} is in use by another INTERLINK process (pid ${holder.pid}). ` +
        "Stop that process first, or start this one with another DATA_DIR or a DATABASE_URL.",
    );

  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(lockPath)) {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    }
    const current = readHolder(lockPath);
    if (!current) continue; // Released in between: try again.
    if (current.holder && stillHeld(current.holder)) throw locked(current.holder);

    // Stale. Only the process that creates the takeover file may remove it.
    if (!createExclusive(takeoverPath)) {
      const other = readHolder(takeoverPath);
      if (other?.holder && stillHeld(other.holder)) throw locked(other.holder);
      // A takeover left by a process that died during it: clear it (unless replaced meanwhile) and look again.
      if (other && readHolder(takeoverPath)?.text === other.text) fs.rmSync(takeoverPath, { force: true });
      continue;
    }
    try {
      // Still the same stale lock (no one replaced it since we read it): remove it, then create ours above.
      if (readHolder(lockPath)?.text === current.text) fs.rmSync(lockPath, { force: true });
    } finally {
      fs.rmSync(takeoverPath, { force: true });
    }
  }
  throw new DataDirectoryLockedError(`Could not lock the data directory ${dataDir}.`);
}
