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
  readonly errorRate: number;
  /** The client module's specifier, when the caller chose one. */
  readonly client?: string;
  /** The shrunk run's calls, in order. */
  readonly calls: readonly ConsumerCall[];
  /** What the consumer function threw. */
  readonly cause: unknown;
  readonly numShrinks: number;
}

/**
 * The consumer's code broke one of its invariants (or threw) on some sequence of contract-valid answers; the
 * calls are fast-check's shrunk counterexample: the fewest, smallest answers that still break it. The same
 * options (seed, number of runs, error rate, client) find it again: lazily drawn answers (fc.gen) replay by seed,
 * not by path, since fast-check cannot shrink them without running the consumer.
 */
export class ConsumerFailure extends Error {
  override readonly name = "ConsumerFailure";
  readonly seed: number;
  readonly calls: readonly ConsumerCall[];

  constructor(details: ConsumerFailureDetails) {
    const { seed, numRuns, errorRate, client, calls, cause, numShrinks } = details;
    const options = { seed, numRuns, errorRate, ...(client === undefined ? {} : { client }) };
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : show(cause);
    super([
      `the consumer failed on contract-valid answers (seed ${seed}, shrunk ${numShrinks} times):`,
      `  ${reason}`,
      calls.length === 0 ? "with no call to send()" : `after ${calls.length} call${calls.length === 1 ? "" : "s"}:`,
      ...calls.map(describeCall),
      `replay: fuzzConsumer(fn, { ${Object.entries(options).map(([name, value]) => `${name}: ${JSON.stringify(value)}`).join(", ")} })`,
    ].join("\n"), { cause });
    this.seed = seed;
    this.calls = calls;
  }
}
