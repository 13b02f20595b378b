import { randomUUID } from "node:crypto";
import { createContract, type Contract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import { loadClientModule, type AppFabricClientModule } from "../client/loadClientModule.ts";
import { mutantNamed } from "../emulator/mutants/catalogue.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { ClientIdentity, EventSink, RunEnd } from "../events/runEvent.ts";
import { type Shard, WHOLE_RUN, workerShard } from "../events/Shard.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { ALL_COVERAGE_TAGS } from "../properties/coverageTags.ts";
import { exploreSeeds } from "../properties/exploreSeeds.ts";
import { exploreSuite } from "../properties/exploreSuite.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { Oracle } from "../properties/Oracle.ts";
import { RunBudget } from "../properties/RunBudget.ts";
import type { PropertyFailure } from "../properties/runProperty.ts";
import { runSuite, type SuiteResult } from "../properties/runSuite.ts";
import { createConsoleSink } from "../reports/consoleSink.ts";
import { consoleOptions } from "../reports/consoleOptions.ts";
import { createReportSinks } from "../reports/reportSinks.ts";
import { interruptOnSignals } from "../safety/interruptOnSignals.ts";
import { TeardownIncomplete } from "../safety/teardownResources.ts";
import { withoutUserinfo } from "../safety/withoutUserinfo.ts";
import { redactSecrets } from "../secrets/redactSecrets.ts";
import { seededIds } from "../targets/seededIds.ts";
import type { Target } from "../targets/target.ts";
import { retiresOn, retireFromCorpus, saveToCorpus } from "./corpus.ts";
import { createTarget } from "./createTarget.ts";
import { EXIT } from "./exitCodes.ts";
import { fanOut } from "./fanOut.ts";
import { cleanupArgs, runCommandArgs, targetArgs } from "./flagArgs.ts";
import { HARNESS_VERSION } from "./harnessVersion.ts";
import { resolveLiveSettings, type LiveSettings } from "./liveSettings.ts";
import { readLiveConfig } from "./liveConfigFile.ts";
import { acceptRequests } from "./acceptedRules.ts";
import { LOCAL_ACCOUNT } from "../emulator/localAccount.ts";
import { prepareLive, type LiveRun } from "./prepareLive.ts";
import { commandLine, invocationPrefix } from "./replayCommand.ts";
import type { RunIo } from "./RunIo.ts";
import { DEFAULT_LIVE_CONSISTENCY_WINDOW_S, type RunOptions } from "./runOptions.ts";
import { planRun, type RunPlan } from "./runPlan.ts";
import { runVerdict } from "./runVerdict.ts";
import { runWorkers } from "./runWorkers.ts";
import type { TargetIdentity } from "./targetIdentity.ts";
import { describeIdentity } from "./targetIdentity.ts";
import { workerSink } from "./workerSink.ts";
import { BENIGN_MODES, type BenignMode } from "./benignModes.ts";
import { reportPaths } from "../reports/reportPaths.ts";
import { RULE_INFOS, ruleLedgerOfRun, type RunLedger } from "./ruleLedgerOfRun.ts";

/** How long `--explore` hunts when no --time-budget is given. */
const DEFAULT_EXPLORE_SECONDS = 60;

/** Everything a run is wired from, once its usage has been checked. */
interface Wiring {
  readonly options: RunOptions;
  readonly io: RunIo;
  readonly plan: RunPlan;
  readonly contract: Contract;
  readonly module: AppFabricClientModule;
  readonly mutant?: Mutant;
  readonly live?: LiveSettings;
  readonly line: (args: readonly string[]) => string;
  readonly benign?: BenignMode;
  readonly ledger: RunLedger;
}

/**
 * `appfabric-harness run` (and `replay`): the suite against one target, with console and report output;
 * returns the exit code. Every usage error is found before the run starts (it prints only itself, writes no
 * report and adds no trend point); `--workers` hands the checked run to its worker processes.
 */
export async function executeRun(options: RunOptions, io: RunIo): Promise<number> {
  // Read once: its live settings matter only live, its accepted rules on any target.
  const config = options.config === undefined ? {} : readLiveConfig(options.config);
  const accept = acceptRequests(options.acceptObserved, config.acceptObserved ?? [], options.config ?? "");
  const live = options.target === "live" ? await resolveLiveSettings(options, io.env, "run", config) : undefined;
  const module = await loadClientModule(options.client);
  const mutant = options.mutant === undefined ? undefined : mutantNamed(options.mutant);
  const prefix = invocationPrefix(io.env);
  const line = (args: readonly string[]) => commandLine(prefix, args);
  const contract = createContract();
  const plan = await planRun(options, contract, (file) => line(["replay", file, ...targetArgs(options)]), (text) => io.stderr?.write(`${redactSecrets(text)}\n`));
  if (options.workers !== undefined && options.workers > 1 && options.worker === undefined) {
    if (io.argv === undefined) throw new Error("run --workers needs the command line it splits (RunIo.argv)");
    const budget = options.timeBudget ?? (options.explore ? DEFAULT_EXPLORE_SECONDS : undefined);
    return runWorkers({ ...options, seed: plan.seed, workers: options.workers }, { ...io, argv: io.argv, properties: plan.properties.length + 1,
      ...(options.explore && budget !== undefined ? { budgetMs: budget * 1000 } : {}) });
  }
  const benign = BENIGN_MODES.find((m) => m.name === options.benign);
  // A planted bug is no behaviour of the service: such a run reads the ledger (what is accepted) and teaches it nothing.
  const ledger = ruleLedgerOfRun(reportPaths(options.reportDir).history, serviceOf(options, live), mutant === undefined, accept);
  return runWired({ options, io, plan, contract, module, ...(mutant ? { mutant } : {}), ...(live ? { live } : {}), ...(benign ? { benign } : {}), line, ledger });
}

/** The service a run's ledger is of: a live account's Region at its endpoint, or the harness's own target. */
function serviceOf(options: RunOptions, live: LiveSettings | undefined): string {
  return live ? `live ${live.account ? `account ${live.account} ` : ""}${live.region} at ${withoutUserinfo(live.endpoint)}` : options.target;
}

function clientIdentity(module: AppFabricClientModule): ClientIdentity {
  return { source: module.source, ...(module.resolved ? { resolved: module.resolved } : {}), ...(module.version ? { version: module.version } : {}) };
}

/** A worker records the command of the part it runs (its shard), without the flags its parent set for it. */
function partOptions(options: RunOptions, shard: Shard | undefined): RunOptions {
  const { workers: _workers, worker: _worker, shard: _shard, ...rest } = options;
  return { ...rest, ...(options.worker ? { report: true } : {}), ...(shard ? { shard } : {}) };
}

async function runWired(w: Wiring): Promise<number> {
  const { options, io, plan } = w;
  // A worker runs its part of the shard (of the whole run, without --shard).
  const shard = options.worker ? workerShard(options.shard ?? WHOLE_RUN, options.worker) : options.shard;
  const env = { ...LOCAL_ACCOUNT, validate: inputValidator(w.contract) };
  const mode = options.quiet ? "quiet" : options.verbose ? "verbose" : "normal";
  const reports = options.report ? createReportSinks({ reportDir: options.reportDir }) : undefined;
  const timeBudget = options.timeBudget ?? (options.explore ? DEFAULT_EXPLORE_SECONDS : undefined);
  const consoleSettings = { ...consoleOptions(mode, io.stdout.isTTY, io.env), ...(options.explore && timeBudget !== undefined ? { budgetMs: timeBudget * 1000 } : {}) };
  const sink: EventSink = fanOut([createConsoleSink(io.stdout, consoleSettings), ...(io.sinks ?? []),
    ...(options.worker ? [workerSink()] : []), ...(reports?.sinks ?? []), w.ledger.sink]);
  // Lines of the run that are no event: they go straight to the console, and not in quiet mode.
  const say = (text: string) => { if (!options.quiet) io.stdout.write(`${redactSecrets(text)}\n`); };
  const started = performance.now();
  const at = () => new Date().toISOString();
  const runId = randomUUID();
  const cleanupLine = () => w.line(["cleanup", ...cleanupArgs(options)]);
  const identity: TargetIdentity = { kind: options.target, client: clientIdentity(w.module), ...(w.live ? { endpoint: withoutUserinfo(w.live.endpoint) } : {}),
    ...(options.mutant ? { mutant: options.mutant } : {}) };
  let budget: RunBudget | undefined;
  const signals = interruptOnSignals(() => budget?.interrupt());
  const end = (fields: Omit<RunEnd, "type" | "at" | "durationMs" | "failures" | "observations"> & Partial<Pick<RunEnd, "failures" | "observations">>) =>
    sink.emit({ type: "run.end", at: at(), durationMs: performance.now() - started, failures: 0, observations: 0, ...fields });
  const start = (target: Target | undefined) => sink.emit({ type: "run.start", runId, at: at(), seed: plan.seed, target: options.target, strict: options.strict,
    runs: options.runs, mode: plan.mode, harness: HARNESS_VERSION, client: identity.client as ClientIdentity, onWire: target?.onWire ?? false,
    endpoint: identity.endpoint ?? (options.target === "emulator" ? "embedded emulator" : "in process"),
    command: w.line([...(plan.mode === "replay" ? ["replay", options.replay ?? ""] : ["run"]), ...runCommandArgs(partOptions(options, shard), plan.seed)]),
    documentedErrors: Object.fromEntries(Object.values(OPERATIONS).map((op) => [op.name, op.errors])), coverageTags: ALL_COVERAGE_TAGS, ...(shard ? { shard } : {}),
    rules: RULE_INFOS, ...(w.ledger.service ? { service: w.ledger.service } : {}),
    ...(Object.keys(w.ledger.accepted).length > 0 ? { accepted: w.ledger.accepted } : {}) });
  let live: LiveRun | undefined;
  let target: Target | undefined;
  try {
    try {
      live = w.live ? await prepareLive(w.live, { runId, module: w.module, validate: env.validate, cleanupCommand: cleanupLine(), say }) : undefined;
      target = live?.target ?? await createTarget({ name: options.target, env: { ...env, now: () => new Date(), newId: seededIds(plan.seed) }, module: w.module,
        faults: { seed: plan.seed, throttleRate: options.throttleRate, serverErrorRate: options.errorRate, ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}) },
        ...(w.mutant ? { mutant: w.mutant } : {}), ...(w.benign ? { benign: w.benign } : {}) });
    } finally {
      start(target);
    }
    const maxRequests = live?.maxRequests ?? options.maxRequests;
    budget = new RunBudget({ ...(maxRequests === undefined ? {} : { maxRequests }), ...(timeBudget === undefined ? {} : { deadline: started + timeBudget * 1000 }),
      ...(options.maxFailures === undefined ? {} : { maxFailures: options.maxFailures }) });
    if (signals.signal !== undefined) budget.interrupt();
    const result = await runSuiteOf(w, target, live, budget, sink, shard, identity, env);
    // A teardown that cannot finish leaves the findings standing: what is left, and how to clean it up, is reported beside them.
    const left = await live?.teardown().then(() => undefined, (error: unknown) => {
      if (!(error instanceof TeardownIncomplete) || result.failures === 0) throw error;
      return `${error.message}; clean up with: ${cleanupLine()}`;
    });
    for (const problem of [left, result.teardownProblem]) if (problem !== undefined) sink.emit({ type: "infrastructure", at: at(), message: problem });
    retireHolding(w, result, identity, say);
    // A worker saw part of the run: changes are the whole run's to tell.
    if (options.worker === undefined) for (const change of w.ledger.changes(at())) sink.emit(change);
    const verdict = runVerdict(result, signals.signal);
    end({ ...verdict, failures: result.failures, observations: result.observations, ...(result.stoppedBy ? { stoppedBy: result.stoppedBy, notRun: result.notRun } : {}) });
    return verdict.exitCode;
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    const incomplete = (e: unknown) => (e instanceof TeardownIncomplete ? `${e.message}; clean up with: ${cleanupLine()}` : undefined);
    sink.emit({ type: "infrastructure", at: at(), message: incomplete(error) ?? error.message });
    // Whatever stopped the run, what it created is torn down, and what cannot be is named with the command that cleans it up.
    const left = error instanceof TeardownIncomplete ? undefined : await live?.teardown().then(() => undefined, incomplete);
    if (left !== undefined) sink.emit({ type: "infrastructure", at: at(), message: left });
    end({ verdict: "infrastructure-error", exitCode: EXIT.infrastructure });
    return EXIT.infrastructure;
  } finally {
    signals.dispose();
    // Teardown is memoized: after the judged teardown above this only closes what an early exit left open.
    await (live ? live.teardown().catch(() => undefined) : target?.close());
    await sink.close();
    if (reports) say(`report: ${reports.paths.html}`);
  }
}

/** The suite (or exploration's rounds) against the target, saving each failure's counterexample with what it was found on. */
function runSuiteOf(w: Wiring, target: Target, live: LiveRun | undefined, budget: RunBudget, sink: EventSink, shard: Shard | undefined,
  identity: TargetIdentity, env: typeof LOCAL_ACCOUNT & { validate: ReturnType<typeof inputValidator> }): Promise<SuiteResult> {
  const { options, plan } = w;
  const replayCommand = (failure: PropertyFailure) => options.corpus
    ? w.line(["replay", saveToCorpus(options.corpusDir, { version: 1, ...failure, target: options.target, found: identity, strict: options.strict, savedAt: new Date().toISOString() }), ...targetArgs(options)])
    : w.line(["run", ...targetArgs(options), "--seed", String(failure.seed), "--property", failure.property, "--path", failure.path, "--no-corpus"]);
  const suite = {
    target, budget, oracle: live?.oracle ?? new Oracle(env, EMPTY_STATE),
    ...(live?.parents ? { parents: live.parents } : {}), ...(live?.sandbox ? { sandbox: live.sandbox } : {}), ...(live ? { harnessTags: live.harnessTags } : {}),
    contract: w.contract, properties: plan.properties, corpus: plan.corpus, numRuns: options.runs, strict: options.strict, sink, replayCommand,
    accepted: w.ledger.acceptedRules,
    ...(options.path === undefined ? {} : { path: options.path }), ...(shard ? { shard } : {}),
    consistencyWindowMs: options.consistencyWindow !== undefined ? 1000 * options.consistencyWindow
      : w.benign?.consistencyWindowMs ?? 1000 * (options.target === "live" ? DEFAULT_LIVE_CONSISTENCY_WINDOW_S : 0),
  };
  return options.explore
    ? exploreSuite({ ...suite, nextSeed: exploreSeeds(plan.seed, options.shard, options.worker) })
    : runSuite({ ...suite, seed: plan.seed });
}

/** A saved case that holds now leaves the corpus only on the target it was found on; elsewhere it is kept, and said so. */
function retireHolding(w: Wiring, result: SuiteResult, identity: TargetIdentity, say: (text: string) => void): void {
  for (const id of result.holding) {
    const saved = w.plan.saved.get(id);
    if (saved === undefined) continue;
    if (retiresOn(saved.entry, identity)) {
      retireFromCorpus(saved.file);
      say(`corpus: retired ${saved.file}: its case holds now`);
    } else {
      say(`corpus: kept ${saved.file}: its case holds here, but it was found on ${saved.entry.found ? describeIdentity(saved.entry.found) : `${saved.entry.target} (before targets were recorded)`}`);
    }
  }
}
