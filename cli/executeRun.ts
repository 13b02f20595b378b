import { randomUUID } from "node:crypto";
import { createContract, type Contract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import { loadClientModule } from "../client/loadClientModule.ts";
import { mutantNamed } from "../emulator/mutants/catalogue.ts";
import type { EventSink, RunEnd } from "../events/runEvent.ts";
import { type Shard, WHOLE_RUN, workerShard } from "../events/Shard.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { ALL_COVERAGE_TAGS } from "../properties/coverageTags.ts";
import { DEFAULT_SUITE, EXPLORE_SUITE } from "../properties/defaultSuite.ts";
import { exploreSeeds } from "../properties/exploreSeeds.ts";
import { exploreSuite } from "../properties/exploreSuite.ts";
import type { PropertyFailure } from "../properties/runProperty.ts";
import { InfrastructureError } from "../properties/finding.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import { Oracle } from "../properties/Oracle.ts";
import type { SavedCase } from "../properties/replayCounterexample.ts";
import { RunBudget } from "../properties/RunBudget.ts";
import { runSuite } from "../properties/runSuite.ts";
import { createConsoleSink, type ConsoleStream } from "../reports/consoleSink.ts";
import { consoleOptions } from "../reports/consoleOptions.ts";
import { redactSecrets } from "../reports/redactSecrets.ts";
import { createReportSinks } from "../reports/reportSinks.ts";
import { RunInterrupted } from "../safety/interruptOnSignals.ts";
import { TeardownIncomplete } from "../safety/teardownResources.ts";
import { seededIds } from "../targets/seededIds.ts";
import { readCorpusEntry, retireFromCorpus, saveToCorpus } from "./corpus.ts";
import { corpusCases, savedCase } from "./corpusCases.ts";
import { createTarget } from "./createTarget.ts";
import { unreplayableReason } from "./unreplayableReason.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { fanOut } from "./fanOut.ts";
import { LOCAL_ACCOUNT } from "./localAccount.ts";
import { runWorkers } from "./runWorkers.ts";
import { workerSink } from "./workerSink.ts";
import { prepareLive } from "./prepareLive.ts";
import { resolveLiveSettings } from "./liveSettings.ts";
import { randomSeed } from "./parseValues.ts";
import { liveCleanupArgs, liveReplayArgs } from "./liveReplayArgs.ts";
import { commandLine, invocationPrefix } from "./replayCommand.ts";
import { runCommandArgs } from "./runCommandArgs.ts";
import { DEFAULT_LIVE_CONSISTENCY_WINDOW_S, type RunOptions } from "./runOptions.ts";

export interface RunIo {
  readonly stdout: ConsoleStream & { isTTY?: boolean };
  readonly stderr?: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Extra sinks (tests listen here). */
  readonly sinks?: readonly EventSink[];
  /** The command line as given (`run ...`): what `--workers` hands its workers. */
  readonly argv?: readonly string[];
}

/** How long `--explore` hunts when no --time-budget is given. */
const DEFAULT_EXPLORE_SECONDS = 60;


function propertyNamed(name: string): HarnessProperty {
  const found = DEFAULT_SUITE.find((p) => p.name === name);
  if (!found) throw new UsageError(`unknown property ${name}; the properties are ${DEFAULT_SUITE.map((p) => p.name).join(", ")}`);
  return found;
}

function documentedErrors(): Record<string, readonly string[]> {
  return Object.fromEntries(Object.values(OPERATIONS).map((op) => [op.name, op.errors]));
}

/** What this run checks: the properties, or (for `replay FILE`) one saved case and nothing else. */
async function plan(options: RunOptions, contract: Contract, replayLine: (file: string) => string, warn: (line: string) => void) {
  if (options.replay !== undefined) {
    const entry = readCorpusEntry(options.replay);
    const saved = savedCase(options.replay, entry, propertyNamed(entry.property), replayLine);
    const reason = await unreplayableReason(saved, contract);
    if (reason !== undefined) throw new UsageError(`${options.replay} cannot be replayed: ${reason}`);
    return { properties: [], seed: entry.seed, corpus: [saved], files: new Map<string, string>() };
  }
  if (options.path !== undefined && (options.seed === undefined || options.property?.length !== 1)) {
    throw new UsageError("--path replays one case: give it with --seed and exactly one --property");
  }
  const properties = options.property ? options.property.map(propertyNamed) : options.explore ? EXPLORE_SUITE : DEFAULT_SUITE;
  const seed = options.seed ?? randomSeed();
  if (!options.corpus || options.path !== undefined) return { properties, seed, corpus: [] as SavedCase[], files: new Map<string, string>() };
  const { cases, files, problems } = await corpusCases(options.corpusDir, properties, replayLine, contract);
  for (const problem of problems) warn(`appfabric-harness: skipping corpus file: ${problem}`);
  return { properties, seed, corpus: cases, files };
}

/** The emulator's seeded faults, as flags: they change what a case meets, so its replay needs them. */
function faultArgs(options: RunOptions): string[] {
  const latency = options.latencyMs;
  return [...(options.throttleRate > 0 ? ["--throttle-rate", String(options.throttleRate)] : []),
    ...(options.errorRate > 0 ? ["--error-rate", String(options.errorRate)] : []),
    ...(latency ? ["--latency-ms", latency.min === latency.max ? String(latency.min) : `${latency.min}-${latency.max}`] : [])];
}

/** A worker records the command of the part it runs (its shard), without the flags its parent set for it. */
const partOptions = (options: RunOptions, shard: Shard | undefined): RunOptions => {
  const { workers: _workers, worker: _worker, shard: _shard, ...rest } = options;
  return { ...rest, ...(options.worker ? { report: true } : {}), ...(shard ? { shard } : {}) };
};

/** Flags that are each fine but make no sense together: refused before anything starts. */
function checkCombination(options: RunOptions): void {
  if ((options.workers ?? 1) > 1) {
    if (options.target === "live") {
      throw new UsageError("--workers runs parts of the run side by side, and on --target live they would share the sandbox's ingestion and its quota; run --shard parts as separate jobs, each with its own --ingestion");
    }
    if (options.path !== undefined || options.replay !== undefined) throw new UsageError("--workers splits a run; a replay is one case");
  }
  if (options.shard !== undefined && options.path !== undefined) throw new UsageError("--path replays one case whatever the shard: leave --shard out");
  if (options.throttleRate + options.errorRate > 1) throw new UsageError("--throttle-rate and --error-rate add up to more than 1");
  if (options.target === "live" && (options.mutant !== undefined || options.throttleRate > 0 || options.errorRate > 0 || options.latencyMs !== undefined)) {
    throw new UsageError("--mutant, --throttle-rate, --error-rate and --latency-ms plant bugs and faults in the harness's own targets; a live endpoint takes none of them");
  }
}

/** `appfabric-harness run` (and `replay`): the suite against one target, with console and report output; returns the exit code. */
export async function executeRun(options: RunOptions, io: RunIo): Promise<number> {
  // Every usage error is found before the run starts: it prints only itself, writes no report and adds no trend point.
  checkCombination(options);
  const liveSettings = options.target === "live" ? await resolveLiveSettings(options, io.env, "run") : undefined;
  const module = await loadClientModule(options.client);
  const mutant = options.mutant === undefined ? undefined : mutantNamed(options.mutant);
  const prefix = invocationPrefix(io.env);
  const targetArgs = ["--target", options.target, ...(options.target === "live" ? liveReplayArgs(options) : []),
    ...(options.client ? ["--client", options.client] : []),
    ...(options.mutant ? ["--mutant", options.mutant] : []), ...(options.strict ? ["--strict"] : []), ...faultArgs(options)];
  const replayLine = (file: string) => commandLine(prefix, ["replay", file, ...targetArgs]);
  const cleanupLine = () => commandLine(prefix, ["cleanup", ...liveCleanupArgs(options)]);
  const contract = createContract();
  const { properties, seed, corpus, files } = await plan(options, contract, replayLine, (line) => io.stderr?.write(`${redactSecrets(line)}\n`));
  if (options.workers !== undefined && options.workers > 1 && options.worker === undefined) {
    if (io.argv === undefined) throw new Error("run --workers needs the command line it splits (RunIo.argv)");
    const budget = options.timeBudget ?? (options.explore ? DEFAULT_EXPLORE_SECONDS : undefined);
    return runWorkers({ ...options, seed, workers: options.workers }, { ...io, argv: io.argv, properties: properties.length + 1,
      ...(options.explore && budget !== undefined ? { budgetMs: budget * 1000 } : {}) });
  }
  // A worker runs its part of the shard (of the whole run, without --shard).
  const shard = options.worker ? workerShard(options.shard ?? WHOLE_RUN, options.worker) : options.shard;
  const env = { ...LOCAL_ACCOUNT, validate: inputValidator(contract) };
  const mode = options.quiet ? "quiet" : options.verbose ? "verbose" : "normal";
  const sinks = [createConsoleSink(io.stdout, consoleOptions(mode, io.stdout.isTTY, io.env)), ...(io.sinks ?? []), ...(options.worker ? [workerSink()] : [])];
  const reports = options.report ? createReportSinks({ reportDir: options.reportDir }) : undefined;
  if (reports) sinks.push(...reports.sinks);
  // Lines of the run that are no event: they go straight to the console, and not in quiet mode.
  const say = (line: string) => { if (!options.quiet) io.stdout.write(`${redactSecrets(line)}\n`); };
  const sink = fanOut(sinks);
  const started = performance.now();
  const at = () => new Date().toISOString();
  const end = (verdict: RunEnd["verdict"], exitCode: number, failures = 0, observations = 0, budget: Pick<RunEnd, "stoppedBy" | "notRun"> = {}) =>
    sink.emit({ type: "run.end", at: at(), verdict, exitCode, durationMs: performance.now() - started, failures, observations, ...budget });
  const runId = randomUUID();
  sink.emit({ type: "run.start", runId, at: at(), seed, target: options.target, strict: options.strict,
    runs: options.runs, mode: options.replay !== undefined ? "replay" : options.explore ? "explore" : "run",
    command: commandLine(prefix, [...(options.replay === undefined ? ["run"] : ["replay", options.replay]), ...runCommandArgs(partOptions(options, shard), seed)]),
    documentedErrors: documentedErrors(), coverageTags: ALL_COVERAGE_TAGS, ...(shard ? { shard } : {}) });
  try {
    const faults = { seed, throttleRate: options.throttleRate, serverErrorRate: options.errorRate, ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}) };
    const live = liveSettings ? await prepareLive(liveSettings, { runId, module, validate: env.validate, cleanupCommand: cleanupLine() }) : undefined;
    let settled = false;
    const target = live?.target ?? await createTarget({ name: options.target, env: { ...env, now: () => new Date(), newId: seededIds(seed) }, faults, module, ...(mutant ? { mutant } : {}) });
    try {
      const timeBudget = options.timeBudget ?? (options.explore ? DEFAULT_EXPLORE_SECONDS : undefined);
      const maxRequests = live?.maxRequests ?? options.maxRequests;
      const budget = new RunBudget({
        ...(maxRequests === undefined ? {} : { maxRequests }),
        ...(timeBudget === undefined ? {} : { deadline: started + timeBudget * 1000 }),
      });
      const suite = {
        target, budget, oracle: new Oracle(env, EMPTY_STATE),
        ...(live ? { oracle: live.oracle, parents: live.parents, sandbox: live.sandbox, harnessTags: live.harnessTags } : {}), contract, properties, corpus, numRuns: options.runs, strict: options.strict, sink,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(shard ? { shard } : {}),
        consistencyWindowMs: 1000 * (options.consistencyWindow ?? (options.target === "live" ? DEFAULT_LIVE_CONSISTENCY_WINDOW_S : 0)),
        replayCommand: (failure: PropertyFailure) => options.corpus
          ? replayLine(saveToCorpus(options.corpusDir, { version: 1, ...failure, target: options.target, strict: options.strict, savedAt: at() }))
          : commandLine(prefix, ["run", ...targetArgs, "--seed", String(failure.seed), "--property", failure.property, "--path", failure.path, "--no-corpus"]),
      };
      const result = options.explore
        ? await exploreSuite({ ...suite, stopAtFirst: options.stopAtFirst, nextSeed: exploreSeeds(seed, options.shard, options.worker) })
        : await runSuite({ ...suite, seed });
      // A teardown that cannot finish leaves the findings standing: what is left, and how to clean it up, is reported beside them.
      const left = await live?.teardown().then(() => undefined, (error: unknown) => {
        if (!(error instanceof TeardownIncomplete) || result.failures === 0) throw error;
        return `${error.message}; clean up with: ${cleanupLine()}`;
      });
      settled = true;
      for (const problem of [left, result.teardownProblem]) if (problem !== undefined) sink.emit({ type: "infrastructure", at: at(), message: problem });
      for (const id of result.holding) {
        const file = files.get(id);
        if (file === undefined) continue;
        retireFromCorpus(file);
        say(`corpus: retired ${file}: its case holds now`);
      }
      const exitCode = result.failures > 0 ? EXIT.findings : EXIT.ok;
      end(exitCode === EXIT.ok ? "passed" : "failed", exitCode, result.failures, result.observations,
        result.stoppedBy ? { stoppedBy: result.stoppedBy, notRun: result.notRun } : {});
      return exitCode;
    } finally {
      // Teardown is memoized: after the judged teardown above this only closes what an early exit left open.
      await (live ? live.teardown().catch((error: unknown) => { if (!settled) throw error; }) : target.close());
    }
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    sink.emit({ type: "infrastructure", at: at(), message: error instanceof TeardownIncomplete ? `${error.message}; clean up with: ${cleanupLine()}` : error.message });
    const exitCode = error instanceof RunInterrupted ? error.exitCode : EXIT.infrastructure;
    end("infrastructure-error", exitCode);
    return exitCode;
  } finally {
    await sink.close();
    if (reports) say(`report: ${reports.paths.html}`);
  }
}
