import fs from "node:fs";
import path from "node:path";

export class DataDirectoryLockedError extends Error {}

/**
 * PGlite writes its files without any guard of its own: two processes on one data directory corrupt it.
 * A lock file holding the owner's pid keeps a second process out; a lock left by a dead process is taken over.
 */
export function lockDataDirectory(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "interlink.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = fs.openSync(lockPath, "wx");
      fs.writeSync(descriptor, String(process.pid));
      fs.closeSync(descriptor);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirectoryLockedError(
          `The data directory ${dataDir} is in use by another INTERLINK process (pid ${owner}). ` +
            "Stop that process first, or start this one with another DATA_DIR or a DATABASE_URL.",
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirectoryLockedError(`Could not lock the data directory ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
