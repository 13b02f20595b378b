import { randomUUID } from "node:crypto";
import { createContract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import type { EventSink, RunEvent } from "../events/runEvent.ts";
import { mutantNamed } from "../emulator/mutants/catalogue.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { DEFAULT_SUITE } from "../properties/defaultSuite.ts";
import { InfrastructureError } from "../properties/finding.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import { Oracle } from "../properties/Oracle.ts";
import { runSuite } from "../properties/runSuite.ts";
import { createConsoleSink, type ConsoleStream } from "../reports/consoleSink.ts";
import { consoleOptions } from "../reports/consoleOptions.ts";
import { createReportSinks } from "../reports/reportSinks.ts";
import { seededIds } from "../targets/seededIds.ts";
import { createTarget } from "./createTarget.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { fanOut } from "./fanOut.ts";
import { randomSeed } from "./parseValues.ts";
import { invocationPrefix, replayCommand } from "./replayCommand.ts";
import type { RunOptions } from "./runOptions.ts";

export interface RunIo {
  readonly stdout: ConsoleStream & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Extra sinks (tests listen here). */
  readonly sinks?: readonly EventSink[];
}

/** The account, region and partition of in-process targets and of the oracle that shadows them. */
const LOCAL_ACCOUNT = { account: "123456789012", region: "us-east-1", partition: "aws" } as const;

function selectProperties(names: readonly string[] | undefined): readonly HarnessProperty[] {
  if (!names) return DEFAULT_SUITE;
  const known = new Map(DEFAULT_SUITE.map((p) => [p.name, p]));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new UsageError(`unknown property ${unknown.join(", ")}; the properties are ${[...known.keys()].join(", ")}`);
  }
  return names.map((n) => known.get(n) as HarnessProperty);
}

function documentedErrors(): Record<string, readonly string[]> {
  return Object.fromEntries(Object.values(OPERATIONS).map((op) => [op.name, op.errors]));
}

/** `appfabric-harness run`: the suite against one target, with console and report output; returns the exit code. */
export async function executeRun(options: RunOptions, io: RunIo): Promise<number> {
  if (options.path !== undefined && (options.seed === undefined || options.property?.length !== 1)) {
    throw new UsageError("--path replays one case: give it with --seed and exactly one --property");
  }
  const properties = selectProperties(options.property);
  const seed = options.seed ?? randomSeed();
  const contract = createContract();
  const env = { ...LOCAL_ACCOUNT, validate: inputValidator(contract) };
  const mode = options.quiet ? "quiet" : options.verbose ? "verbose" : "normal";
  const sinks = [createConsoleSink(io.stdout, consoleOptions(mode, io.stdout.isTTY, io.env)), ...(io.sinks ?? [])];
  if (options.report) sinks.push(...createReportSinks({ reportDir: options.reportDir }).sinks);
  const sink = fanOut(sinks);
  const started = performance.now();
  const at = () => new Date().toISOString();
  const end = (verdict: Extract<RunEvent, { type: "run.end" }>["verdict"], exitCode: number, failures = 0, observations = 0) =>
    sink.emit({ type: "run.end", at: at(), verdict, exitCode, durationMs: performance.now() - started, failures, observations });
  const replayArgs = (property: string, path: string) => [
    "--target", options.target, ...(options.mutant ? ["--mutant", options.mutant] : []), "--seed", String(seed), "--property", property, "--path", path, ...(options.strict ? ["--strict"] : []),
  ];
  sink.emit({ type: "run.start", runId: randomUUID(), at: at(), seed, target: options.target, strict: options.strict,
    runs: options.runs, command: `${invocationPrefix(io.env)} --target ${options.target} --seed ${seed}`, documentedErrors: documentedErrors() });
  try {
    const mutant = options.mutant === undefined ? undefined : mutantNamed(options.mutant);
    if (options.throttleRate + options.errorRate > 1) throw new UsageError("--throttle-rate and --error-rate add up to more than 1");
    const faults = { seed, throttleRate: options.throttleRate, serverErrorRate: options.errorRate, ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}) };
    const target = await createTarget({ name: options.target, env: { ...env, now: () => new Date(), newId: seededIds(seed) }, faults, ...(mutant ? { mutant } : {}) });
    try {
      const result = await runSuite({
        target, oracle: new Oracle(env, EMPTY_STATE), contract, properties, seed, numRuns: options.runs, strict: options.strict, sink,
        ...(options.path === undefined ? {} : { path: options.path }),
        replayCommand: (property, _seed, path) => replayCommand(invocationPrefix(io.env), replayArgs(property, path)),
      });
      const exitCode = result.failures > 0 ? EXIT.findings : EXIT.ok;
      end(exitCode === EXIT.ok ? "passed" : "failed", exitCode, result.failures, result.observations);
      return exitCode;
    } finally {
      await target.close();
    }
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    sink.emit({ type: "infrastructure", at: at(), message: error.message });
    end("infrastructure-error", EXIT.infrastructure);
    return EXIT.infrastructure;
  } finally {
    await sink.close();
  }
}
