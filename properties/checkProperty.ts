import fc from "fast-check";
import { ownsPosition, shareOf, WHOLE_RUN, type Shard } from "../events/Shard.ts";
import { UnreplayablePath } from "./UnreplayablePath.ts";

/** Parameters of one property run: fast-check's seed, path (to replay one case) and budget. */
export interface PropertyParams {
  readonly seed: number;
  readonly numRuns: number;
  readonly path?: string;
  /** Whether the run may start no further case (its budget is spent, or it was interrupted). */
  readonly stopped?: () => boolean;
  /** Run only this shard's cases (a path replays its one case whatever the shard). */
  readonly shard?: Shard;
  /** Told the position of each case before it runs (a failing case's shrinking keeps its position). */
  readonly onCase?: (position: number) => void;
  /** Told after every run of the predicate, for the console's progress bar. */
  readonly onProgress?: (progress: RunProgress) => void;
}

/** fast-check's runs so far (skipped ones not counted, the failing one included) out of how many, then the shrink steps after a failure. */
export interface RunProgress {
  readonly runs: number;
  readonly total: number;
  readonly shrinks: number;
}

/** fast-check's path: the index of a generated case, then the index of each shrink step. */
const FAST_CHECK_PATH = /^\d+(:\d+)*$/;

/**
 * Counts the predicate's runs as they end. fast-check runs it once per generated case (a discarded case does not
 * count among numRuns, so neither does it here) and, after the first failure, once per shrink candidate.
 */
function progressPlugin<Ts>(total: number, report: (progress: RunProgress) => void): fc.Plugin<Ts> {
  let runs = 0, shrinks = 0, failed = false;
  const count = (result: fc.PreconditionFailure | fc.PropertyFailure | null) => {
    if (failed) shrinks++;
    else if (!fc.PreconditionFailure.isFailure(result)) {
      runs++;
      failed = result !== null;
    }
    report({ runs, total, shrinks });
  };
  return () => ({
    decorateRun: (run) => (value) => {
      const result = run(value);
      if (!(result instanceof Promise)) {
        count(result);
        return result;
      }
      return result.then((settled) => {
        count(settled);
        return settled;
      }) as typeof result;
    },
  });
}

function parameters<Ts>(params: PropertyParams, examples: Ts[] | undefined, plugins: fc.Plugin<Ts>[] = []): fc.Parameters<Ts> {
  // A shard runs its share of the cases; the positions it passes over never reach this plugin (it is the inner one).
  const total = params.path !== undefined ? 1 : shareOf(params.shard ?? WHOLE_RUN, params.numRuns);
  const progress = params.onProgress === undefined ? [] : [progressPlugin<Ts>(total, params.onProgress)];
  const stopping = params.stopped === undefined ? [] : [stopWhen<Ts>(params.stopped)];
  return {
    ...(examples === undefined ? {} : { examples }),
    seed: params.seed,
    numRuns: params.numRuns,
    ...(params.path === undefined ? {} : { path: params.path, endOnFailure: true }),
    plugins: [...plugins, ...progress, ...stopping],
  };
}

/**
 * Interrupts the run before its next case (or shrink step) once `stopped` says so. Not fast-check's
 * interruptAfterTimeLimit: that races an async case against the clock and leaves the case running, its calls
 * and cleanup still in flight while the run goes on, on the one target and oracle the next property uses.
 */
function stopWhen<Ts>(stopped: () => boolean): fc.Plugin<Ts> {
  return () => ({ decorateRun: (run) => (value) => (stopped() ? new fc.PreconditionFailure(true) : run(value)) });
}

/**
 * Lets the first case run and interrupts the run at the next. From a path, fast-check goes on past a case that
 * holds (to the rest of its shrink step's candidates, or of the generated cases): a replay runs that case alone.
 */
function firstCaseOnly<Ts>(): { readonly plugin: fc.Plugin<Ts>; readonly ran: () => boolean; readonly stopped: () => boolean } {
  let ran = false, stopped = false;
  const plugin: fc.Plugin<Ts> = () => ({
    decorateRun: (run) => (value) => {
      if (!ran) {
        ran = true;
        return run(value);
      }
      stopped = true;
      return new fc.PreconditionFailure(true);
    },
  });
  return { plugin, ran: () => ran, stopped: () => stopped };
}

/**
 * Numbers the cases by position (fast-check's run index, the first number of a path), runs the shard's and
 * passes over the others unrun. A passed-over case counts as a success, not a skip, so fast-check draws no
 * case in its place and every shard sees the same positions. Once one of its cases fails, everything runs:
 * the rest is shrinking that failure, at its position.
 */
function positioned<Ts>(shard: Shard, onCase: (position: number) => void): { readonly plugin: fc.Plugin<Ts>; readonly passedOver: () => number } {
  let next = 0, passedOver = 0, failing = false;
  const plugin: fc.Plugin<Ts> = () => ({
    decorateRun: (run) => async (value) => {
      if (!failing) {
        const position = next++;
        if (!ownsPosition(shard, position)) {
          passedOver++;
          return null;
        }
        onCase(position);
      }
      const outcome = await run(value);
      if (outcome !== null && !(outcome instanceof fc.PreconditionFailure)) failing = true;
      return outcome;
    },
  });
  return { plugin, passedOver: () => passedOver };
}

/**
 * fc.check under one property run's parameters, `examples` first (they count among its runs). A path replays that one case; a path fast-check cannot walk,
 * or that leads to no case with this seed, throws UnreplayablePath rather than failing or, worse, passing on
 * nothing.
 */
export async function checkProperty<Ts>(property: fc.IAsyncProperty<Ts>, params: PropertyParams, examples?: Ts[]): Promise<fc.RunDetails<Ts>> {
  const { path, shard = WHOLE_RUN, onCase = () => {} } = params;
  if (path === undefined) {
    const cases = positioned<Ts>(shard, onCase);
    const details = await fc.check(property, parameters(params, examples, [cases.plugin]));
    return { ...details, numRuns: details.numRuns - cases.passedOver() };
  }
  if (!FAST_CHECK_PATH.test(path)) throw new UnreplayablePath(path, "fast-check's path is numbers separated by colons");
  const one = firstCaseOnly<Ts>();
  let running: Promise<fc.RunDetails<Ts>>;
  try {
    // fast-check walks the path (generation and shrinking, nothing run yet) before it returns: a wrong path throws here.
    running = fc.check(property, parameters(params, examples, [one.plugin]));
  } catch (error) {
    throw new UnreplayablePath(path, `fast-check cannot walk it with seed ${params.seed} (${error instanceof Error ? error.message : String(error)})`);
  }
  const details = await running;
  if (!one.ran()) throw new UnreplayablePath(path, `with seed ${params.seed} it leads to no case`);
  // Stopping after the one case is no interruption of the run.
  return one.stopped() ? { ...details, interrupted: false } : details;
}
