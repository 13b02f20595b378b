import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createModelHandle } from "../emulator/createModelHandle.ts";
import { startEmulator } from "../emulator/startEmulator.ts";

const BIN = resolve(import.meta.dirname, "../bin/appfabric-harness.js");
const CREDENTIALS = { accessKeyId: "bench", secretAccessKey: "bench-secret" };

export interface LiveRunOptions {
  /** Share of requests the loopback server answers with ThrottlingException and Retry-After: 0. */
  readonly throttleRate: number;
  /** --rate: requests per second, retries included. */
  readonly rate: number;
  /** --max-requests: the run's calls, the same in every run measured. */
  readonly maxRequests: number;
  readonly seed: number;
}

export interface LiveRunTime {
  readonly seconds: number;
  /** Requests the server's model answered: the calls that got through, setup and teardown included. */
  readonly answered: number;
  readonly exitCode: number | null;
}

/**
 * `appfabric-harness run --target live` as a user starts it, the default suite against an emulator on loopback
 * that throttles a share of requests, timed from spawn to exit. Same seed and budget in every run, so two runs
 * differ only in the throttling and what the client does about it.
 */
export async function liveRunTime(options: LiveRunOptions): Promise<LiveRunTime> {
  let answered = 0;
  const handle = createModelHandle("us-east-1");
  const emulator = await startEmulator({ credentials: [CREDENTIALS], throttleRate: options.throttleRate, seed: options.seed,
    handle: (operation, input) => { answered++; return handle(operation, input); } });
  const dir = mkdtempSync(join(tmpdir(), "harness-bench-live-"));
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_"))),
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey, AWS_EC2_METADATA_DISABLED: "true" };
  const args = ["run", "--target", "live", "--endpoint", emulator.url, "--rate", String(options.rate),
    "--max-requests", String(options.maxRequests), "--seed", String(options.seed), "--journal-dir", dir, "--no-report", "--no-corpus", "--quiet"];
  const started = performance.now();
  try {
    const exitCode = await new Promise<number | null>((resolveExit, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: "ignore" });
      child.on("error", reject);
      child.on("close", resolveExit);
    });
    return { seconds: (performance.now() - started) / 1000, answered, exitCode };
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
