/** FIFOs for the tests of reading what a user names, and a guard so that a read that blocks on one fails instead of hanging. */
import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";

/** A FIFO at dir/name, or undefined where mkfifo is unavailable (the caller skips, saying so). */
export function makeFifo(dir: string, name: string): string | undefined {
  const path = join(dir, name);
  try {
    execFileSync("mkfifo", [path], { stdio: "ignore" });
    return path;
  } catch {
    return undefined;
  }
}

export interface Guarded<T> {
  readonly value?: T;
  readonly error?: unknown;
  readonly ms: number;
}

/** Longer than any refusal takes, shorter than a test file's patience. */
export const RELEASE_AFTER_MS = 5000;

/**
 * Runs `read` while another process waits RELEASE_AFTER_MS and then opens each FIFO read-write. The reads under
 * test are synchronous, so a timer in this process could never fire while one blocks in open(2); the other
 * process's open releases it instead (it then reads an empty file), and `ms` shows how long it was held.
 */
export async function guarded<T>(fifos: readonly string[], read: () => T | Promise<T>): Promise<Guarded<T>> {
  const release = spawn(process.execPath, ["-e",
    `setTimeout(() => { const fs = require("node:fs"); for (const f of process.argv.slice(1)) fs.closeSync(fs.openSync(f, fs.constants.O_RDWR)); }, ${RELEASE_AFTER_MS});`,
    ...fifos], { stdio: "ignore" });
  const started = Date.now();
  try {
    return { value: await read(), ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  } finally {
    release.kill();
  }
}
