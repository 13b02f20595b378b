import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { MockedAnswer } from "./mockedAnswer.ts";

/** One send() the consumer made, and what the mock answered. */
export interface ConsumerCall {
  readonly operation: OperationName;
  readonly input: unknown;
  readonly answer: MockedAnswer;
}

function show(value: unknown): string {
  const text = JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
  return text === undefined ? String(value) : text;
}

function describeCall(call: ConsumerCall, index: number): string {
  const answer = call.answer.kind === "output" ? `output ${show(call.answer.output)}` : `throws ${call.answer.name} ${show(call.answer.members)}`;
  return `  ${index + 1}. ${call.operation} ${show(call.input)}\n     -> ${answer}`;
}

export interface ConsumerFailureDetails {
  readonly seed: number;
  readonly numRuns: number;
  /** The shrunk run's calls, in order. */
  readonly calls: readonly ConsumerCall[];
  /** What the consumer function threw. */
  readonly cause: unknown;
  readonly numShrinks: number;
}

/**
 * The consumer's code broke one of its invariants (or threw) on some sequence of contract-valid answers; the
 * calls are fast-check's shrunk counterexample: the fewest, smallest answers that still break it. The same
 * seed and number of runs find it again (lazily drawn answers replay by seed, not by path).
 */
export class ConsumerFailure extends Error {
  override readonly name = "ConsumerFailure";
  readonly seed: number;
  readonly calls: readonly ConsumerCall[];

  constructor(details: ConsumerFailureDetails) {
    const { seed, numRuns, calls, cause, numShrinks } = details;
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : show(cause);
    super([
      `the consumer failed on contract-valid answers (seed ${seed}, shrunk ${numShrinks} times):`,
      `  ${reason}`,
      calls.length === 0 ? "with no call to send()" : `after ${calls.length} call${calls.length === 1 ? "" : "s"}:`,
      ...calls.map(describeCall),
      `replay: fuzzConsumer(fn, { seed: ${seed}, numRuns: ${numRuns} })`,
    ].join("\n"), { cause });
    this.seed = seed;
    this.calls = calls;
  }
}
