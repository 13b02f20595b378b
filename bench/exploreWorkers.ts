import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HARNESS_BIN } from "../cli/harnessBin.ts";
import { readEventLog } from "../reports/readEventLog.ts";
import { summarize } from "../reports/summarize.ts";

export interface ExploreThroughput {
  readonly workers: number;
  readonly cases: number;
  /** From spawn to exit: start-up, the workers' own emulators and the merge are part of what a user waits for. */
  readonly seconds: number;
  readonly exitCode: number | null;
}

/**
 * `appfabric-harness run --explore --workers N` against the emulator target, as a user starts it, timed from
 * spawn to exit; its cases are counted from the merged event log, so every worker's work counts once.
 */
export async function exploreThroughput(workers: number, seconds: number, seed = 1): Promise<ExploreThroughput> {
  const dir = mkdtempSync(join(tmpdir(), "harness-bench-workers-"));
  const args = ["run", "--explore", "--time-budget", String(seconds), "--workers", String(workers), "--seed", String(seed),
    "--no-corpus", "--quiet", "--report-dir", dir];
  const started = performance.now();
  try {
    const exitCode = await new Promise<number | null>((resolveExit, reject) => {
      const child = spawn(process.execPath, [HARNESS_BIN, ...args], { cwd: dir, stdio: "ignore" });
      child.on("error", reject);
      child.on("close", resolveExit);
    });
    const elapsed = (performance.now() - started) / 1000;
    return { workers, cases: summarize(readEventLog(join(dir, "events.jsonl")).events).cases, seconds: elapsed, exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
