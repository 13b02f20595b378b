import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Sent } from "./judging/judge.ts";
import { isServerFault, isTransientFailure } from "./transientErrors.ts";

/** A call whose answer was a transient fault the retry budget could not absorb: the case proves nothing. */
export class Inconclusive extends Error {
  override readonly name = "Inconclusive";
}

/** Rounds of client retries a call gets before throttling leaves its case inconclusive. */
const MAX_THROTTLED_ROUNDS = 5;
/** Attempts in a row a server fault must meet before it is persistent, not bad luck (at 20% faults: 4 in 10^9 calls). */
const PERSISTENT_FAULT_ATTEMPTS = 12;
/** Rounds a server fault may take to reach those attempts before the case is given up as inconclusive. */
const MAX_FAULT_ROUNDS = 15;

/** The call ended in a server fault, and every attempt on the wire met one (throttling among them is another story). */
function faultedThroughout(outcome: Outcome): boolean {
  return isServerFault(outcome) && outcome.trace.exchanges.every((x) => x.response === undefined || x.response.status >= 500);
}

/**
 * Sends one operation, without judging it. A call that still ends in a transient error after the client's
 * retries is sent again as it went on the wire (an idempotency token repeats): for up to 5 rounds while
 * throttled, and while every attempt met a server fault, until 12 such attempts make the fault persistent
 * (within 15 rounds). Throttling or faults that outlast those rounds leave the case inconclusive.
 */
export async function sendWithRounds(send: (input: Readonly<Record<string, unknown>>) => Promise<Outcome>, operation: OperationName,
  input: Readonly<Record<string, unknown>>): Promise<Sent> {
  let outcome = await send(input);
  let rounds = 1;
  let onlyFaults = faultedThroughout(outcome);
  let faultAttempts = outcome.trace.attempts;
  while (isTransientFailure(outcome)) {
    if (onlyFaults && faultAttempts >= PERSISTENT_FAULT_ATTEMPTS) return { outcome, rounds, persistentServerFault: true };
    if (rounds >= (onlyFaults ? MAX_FAULT_ROUNDS : MAX_THROTTLED_ROUNDS)) {
      throw new Inconclusive(`${operation}: ${onlyFaults ? "server faults" : "throttling"} persisted through ${rounds} rounds of retries`);
    }
    outcome = await send(outcome.trace.sent ?? input);
    rounds++;
    onlyFaults &&= faultedThroughout(outcome);
    faultAttempts += outcome.trace.attempts;
  }
  return { outcome, rounds };
}
