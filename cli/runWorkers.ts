import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import type { RunEvent } from "../events/runEvent.ts";
import { shardLabel, WHOLE_RUN } from "../events/Shard.ts";
import { consoleOptions } from "../reports/consoleOptions.ts";
import { createConsoleSink } from "../reports/consoleSink.ts";
import { LogCompactor } from "../reports/LogCompactor.ts";
import { mergeShardLogs } from "../reports/mergeShardLogs.ts";
import { createReportSinks } from "../reports/reportSinks.ts";
import { WorkersProgress } from "../reports/workersProgress.ts";
import { EXIT } from "./exitCodes.ts";
import type { RunIo } from "./RunIo.ts";
import { fanOut } from "./fanOut.ts";
import { HARNESS_BIN } from "./harnessBin.ts";
import type { RunOptions } from "./runOptions.ts";

/** Flags of the parent's command line that a worker gets in its own form, or not at all. */
const PARENT_ONLY = ["--workers", "--seed", "--worker", "--report-dir", "--quiet", "--verbose"];
const TAKES_VALUE = new Set(["--workers", "--seed", "--worker", "--report-dir"]);
/** Redraws of the combined progress on a terminal, and plain status lines elsewhere. */
const REDRAW_MS = 250;
const STATUS_LINE_MS = 15_000;
const STDERR_KEPT = 4000;
const CLEAR_LINE = "\r\x1b[2K";
const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/** The command line without the parent's own flags, in either form (`--flag value`, `--flag=value`). */
function workerArgs(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const flag = arg.split("=")[0] ?? arg;
    if (!PARENT_ONLY.includes(flag)) kept.push(arg);
    else if (TAKES_VALUE.has(flag) && !arg.includes("=")) i++;
  }
  return kept;
}

interface Worker {
  readonly index: number;
  /** What the event log would keep of the worker's events: a campaign of hours stays small in memory too. */
  readonly events: RunEvent[];
  readonly log: LogCompactor;
  stderr: string;
  code: number | null;
}

export interface WorkersRun extends RunIo {
  /** The command line being split (`run ...`), which each worker gets with its own seed and part. */
  readonly argv: readonly string[];
  /** Properties each worker runs (a suite's progress). */
  readonly properties: number;
  /** An exploration's time budget. */
  readonly budgetMs?: number;
}

/**
 * `run --workers N`: N child processes, each running its part of the run (of the shard, with --shard) on the
 * same seed, their events streamed over IPC into one progress line; at the end their logs are merged into the
 * run's, which the console and the report files see as one run's. Returns the merged run's exit code.
 */
export async function runWorkers(options: RunOptions & { readonly seed: number; readonly workers: number }, io: WorkersRun): Promise<number> {
  const count = options.workers;
  const shard = options.shard ?? WHOLE_RUN;
  const tty = consoleOptions("normal", io.stdout.isTTY, io.env).tty;
  io.stdout.write(`appfabric-harness: seed ${options.seed} · ${count} workers${shard.count > 1 ? ` · shard ${shardLabel(shard)}` : ""}\n`);
  const progress = new WorkersProgress({ workers: count, properties: io.properties, ...(io.budgetMs === undefined ? {} : { budgetMs: io.budgetMs }) });
  const started = performance.now();
  const env = Object.fromEntries(Object.entries(io.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const workers: Worker[] = Array.from({ length: count }, (_, i) => {
    const events: RunEvent[] = [];
    return { index: i + 1, events, log: new LogCompactor((event) => events.push(event)), stderr: "", code: null };
  });
  const processes: ChildProcess[] = [];
  const children = workers.map((worker) => {
    const args = [...workerArgs(io.argv), "--seed", String(options.seed), "--worker", `${worker.index}/${count}`, "--no-report"];
    // Each in its own process group: a Ctrl-C reaches this process only, which passes it on once.
    const child = spawn(process.execPath, [HARNESS_BIN, ...args], { env, stdio: ["ignore", "ignore", "pipe", "ipc"], detached: true });
    processes.push(child);
    child.on("message", (event: RunEvent) => {
      worker.log.emit(event);
      progress.add(event);
      if (event.type === "run.end" && !tty) io.stdout.write(`worker ${worker.index}/${count} finished: ${event.verdict}\n`);
    });
    child.stderr?.on("data", (chunk: Buffer) => { worker.stderr = (worker.stderr + chunk.toString()).slice(-STDERR_KEPT); });
    return new Promise<void>((resolve) => child.on("close", (code) => {
      worker.code = code;
      worker.log.flush();
      resolve();
    }));
  });
  // A signal is passed on to every worker; the merge then says which of them finished.
  let interrupted: NodeJS.Signals | undefined;
  const forward = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
    for (const child of processes) child.kill(signal);
  };
  for (const signal of SIGNALS) process.on(signal, forward);
  const columns = (io.stdout as { columns?: number }).columns ?? 80;
  const draw = setInterval(() => {
    const line = progress.line(performance.now() - started, columns);
    io.stdout.write(tty ? `${CLEAR_LINE}${line}` : `${line}\n`);
  }, tty ? REDRAW_MS : STATUS_LINE_MS);
  try {
    await Promise.all(children);
  } finally {
    clearInterval(draw);
    for (const signal of SIGNALS) process.off(signal, forward);
    if (tty) io.stdout.write(CLEAR_LINE);
  }
  for (const worker of workers.filter((w) => w.code !== 0 && !w.events.some((e) => e.type === "run.end"))) {
    io.stderr?.write(`appfabric-harness: worker ${worker.index}/${count} exited with code ${String(worker.code)} before its run ended${worker.stderr ? `:\n${worker.stderr.trimEnd()}` : ""}\n`);
  }
  const logs = workers.filter((w) => w.events.some((e) => e.type === "run.start")).map((w) => ({ source: `worker ${w.index}/${count}`, events: w.events }));
  if (logs.length === 0) return workers.find((w) => w.code !== null && w.code !== 0)?.code ?? EXIT.infrastructure;
  const merged = mergeShardLogs(logs, shard);
  const sinks = [createConsoleSink(io.stdout, consoleOptions(options.quiet ? "quiet" : options.verbose ? "verbose" : "normal", io.stdout.isTTY, io.env)),
    ...(io.sinks ?? []), ...(options.report ? createReportSinks({ reportDir: options.reportDir }).sinks : [])];
  const sink = fanOut(sinks);
  for (const event of merged) sink.emit(event);
  await sink.close();
  const end = merged.at(-1);
  if (interrupted !== undefined) return 128 + constants.signals[interrupted];
  return end?.type === "run.end" ? end.exitCode : EXIT.infrastructure;
}
