import { Option, type Command } from "commander";
import type { Shard } from "../events/Shard.ts";
import { MUTANTS } from "../emulator/mutants/catalogue.ts";
import { DEFAULT_CORPUS_DIR } from "./corpus.ts";
import { DEFAULT_REPORT_DIR } from "../reports/reportPaths.ts";
import type { LatencyRange } from "../emulator/types.ts";
import { BENIGN_MODES } from "./benignModes.ts";
import { collect, declareLiveOptions, type LiveFlags } from "./liveOptions.ts";
import { choiceFlag, integerFlag, latencyFlag, MAX_SEED, pathFlag, rateFlag, secondsFlag, shardFlag, workersFlag } from "./parseValues.ts";

export const TARGET_NAMES = ["emulator", "mock", "model", "live"] as const;

/** A real service may show a write to reads a little later; the harness's own targets never do. */
export const DEFAULT_LIVE_CONSISTENCY_WINDOW_S = 5;
const MAX_CONSISTENCY_WINDOW_S = 600;
export type TargetName = (typeof TARGET_NAMES)[number];

/** Everything `run` takes, after parsing and validation (the live flags only matter with `--target live`). */
export interface RunOptions extends LiveFlags {
  readonly target: TargetName;
  readonly seed?: number;
  readonly runs: number;
  readonly strict: boolean;
  readonly property?: readonly string[];
  readonly path?: string;
  readonly reportDir: string;
  readonly report: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** A planted service bug to switch on in the target (self-test). */
  readonly mutant?: string;
  /** Seeded faults the embedded emulator injects. */
  readonly throttleRate: number;
  readonly errorRate: number;
  readonly latencyMs?: LatencyRange;
  /** Where failures are saved and replayed from; `corpus: false` turns both off. */
  readonly corpusDir: string;
  readonly corpus: boolean;
  /** Exploratory bug hunting: fresh seeds round after round until the time budget (default 60 s). */
  readonly explore: boolean;
  /** As given: its effect is the maxFailures of 1 it implies. */
  readonly stopAtFirst?: boolean;
  /** Budgets: the run stops when either is spent and reports what it covered (`--max-requests` is declared with the live options). */
  readonly timeBudget?: number;
  readonly maxRequests?: number;
  /** Stop after this many failures (distinct findings graded failure); `-x` is 1. */
  readonly maxFailures?: number;
  /** How long a read may lag behind an acknowledged write, in seconds (default: 5 on live targets, 0 elsewhere). */
  readonly consistencyWindow?: number;
  /** The AppFabric client module to drive: a package name or a path (default: the official one if installed, else the built-in). */
  readonly client?: string;
  /** `replay FILE`: run this saved counterexample only. */
  readonly replay?: string;
  /** This part of the run only (a CI matrix job's). */
  readonly shard?: Shard;
  /** Local worker processes, each a part of the run (or of the shard), merged at the end. */
  readonly workers?: number;
  /** Set by a `--workers` parent on its children: which of its workers this process is. */
  readonly worker?: Shard;
  /** Rules the ledger saw refuted that are to be taken as what the service does (`--accept-observed`, repeatable). */
  readonly acceptObserved?: readonly string[];
  /** A benign way the harness's own service answers (cli/benignModes.ts): a "real service" that differs from the model. */
  readonly benign?: string;
}

/** Declares run's flags on a commander command; values are parsed here so mistakes surface as usage errors. */
export function declareRunOptions(command: Command): Command {
  return declareLiveOptions(command)
    .option("--target <name>", `what to run against: ${TARGET_NAMES.join(", ")}`, choiceFlag("--target", TARGET_NAMES), "emulator")
    .option("--seed <n>", "fast-check seed (printed at the start of every run)", integerFlag("--seed", 0, MAX_SEED))
    .option("--runs <n>", "cases per property", integerFlag("--runs", 1, 1_000_000), 100)
    .option("--time-budget <seconds>", "stop starting new cases after this many seconds", integerFlag("--time-budget", 1))
    .option("--max-failures <n>", "stop the run after n failures (distinct findings graded failure), teardown and reports as for any early stop", integerFlag("--max-failures", 1))
    .addOption(new Option("-x", "stop at the first failure: --max-failures 1").implies({ maxFailures: 1 }))
    .option("--explore", "hunt: fresh seeds and longer sequences, round after round, until the time budget (default 60 s)", false)
    .addOption(new Option("--stop-at-first", "stop at the first failure: --max-failures 1 (the spelling exploration had first)").implies({ maxFailures: 1 }))
    .option("--strict", "report divergences on assumed rules as failures, not observations", false)
    .option("--property <names...>", "run only these properties")
    .option("--path <path>", "replay one case: fast-check's counterexample path (with --seed and --property)")
    .option("--report-dir <dir>", "where the reports go", pathFlag("--report-dir", "folder"), DEFAULT_REPORT_DIR)
    .option("--no-report", "write no report files")
    .option("--quiet", "print only the verdict, failures and replay commands", false)
    .option("--verbose", "print every finding, observations included", false)
    .option("--throttle-rate <rate>", "emulator: share of requests answered with ThrottlingException (0..1)", rateFlag("--throttle-rate"), 0)
    .option("--error-rate <rate>", "emulator: share of requests answered with InternalServerException (0..1)", rateFlag("--error-rate"), 0)
    .option("--latency-ms <min[-max]>", "emulator: added latency per request", latencyFlag)
    .option("--consistency-window <seconds>", "how long a read may show the state from before an acknowledged write (default 5 on --target live, 0 elsewhere)",
      secondsFlag("--consistency-window", MAX_CONSISTENCY_WINDOW_S))
    .option("--corpus-dir <dir>", "where counterexamples are saved, and replayed from first", pathFlag("--corpus-dir", "folder"), DEFAULT_CORPUS_DIR)
    .option("--no-corpus", "neither replay nor save counterexamples")
    .option("--client <module>", "AppFabric client module to drive (package or path; default @aws-sdk/client-appfabric if installed, else built-in)")
    .option("--mutant <name>", `plant a service bug in the target: ${MUTANTS.map((m) => m.name).join(", ")}`, choiceFlag("--mutant", MUTANTS.map((m) => m.name)))
    .option("--shard <i/n>", "run part i of n (a CI matrix job's); the n parts of one seed run the cases of one run; merge with report --merge", shardFlag("--shard"))
    .option("--accept-observed <rule>", "take what the rule ledger saw this service do for RULE as expected from now on (repeatable; observed and assumed rules only)", collect)
    .addOption(new Option("--benign <mode>", `emulator, mock: answer in a benign mode, as a service that differs from the model: ${BENIGN_MODES.map((m) => m.name).join(", ")}`)
      .argParser(choiceFlag("--benign", BENIGN_MODES.map((m) => m.name))))
    .option("--workers <n|n%|auto>", "run as n local worker processes (n%: of the cores; auto: half of them), merged into one report", workersFlag)
    .addOption(new Option("--worker <k/w>", "which of its workers this process is (set by --workers)").argParser(shardFlag("--worker")).hideHelp());
}
