import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import { adoptAnswer, step, type Answer, type ModelEnv, type ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { adoptedFrom } from "../adoptedFrom.ts";
import { checkCall } from "../checkCall.ts";
import { reportedOutput } from "../reportedOutput.ts";
import { serverErrorDivergence } from "../serverErrorDivergence.ts";
import type { Divergence } from "./Divergence.ts";
import { writesWithin, type JudgeEnv, type JudgeState } from "./JudgeState.ts";

/** What one call gave: its answer, the rounds of resending it took, and whether a server fault outlasted them all. */
export interface Sent {
  readonly outcome: Outcome;
  readonly rounds: number;
  readonly persistentServerFault?: boolean;
}

/** One call to judge: what was asked, what happened, and when (epoch ms): the model's clock when the answer names none. */
export interface Call {
  readonly operation: OperationName;
  readonly input: Readonly<Record<string, unknown>>;
  readonly sent: Sent;
  readonly at: number;
}

export interface Judgement {
  /** The model's prediction for what was sent. */
  readonly prediction: ModelOutcome;
  readonly divergences: readonly Divergence[];
  /** The state the answer implies: the predicted one where the answer agrees, otherwise what the service did. */
  readonly next: JudgeState;
}

/** An id for a resource the answer named none for: distinct for each resource the state holds, and the same for the same state. */
function standInId(state: JudgeState): string {
  const held = state.model.appBundles.length + state.model.ingestions.length + state.model.destinations.length;
  return `00000000-0000-4000-8000-${String(held + 1).padStart(12, "0")}`;
}

/** What a service's answer tells the model, a 2xx the client could not read included; a request that got no answer tells it nothing. */
function answerOf(outcome: Outcome): Answer | undefined {
  const output = reportedOutput(outcome);
  if (output !== undefined) return { ok: true, output };
  return !outcome.ok && outcome.error.kind === "service" ? { ok: false, errorName: outcome.error.name } : undefined;
}

/** The target's token for the next page paired with the model's, once both answered one. */
function learnToken(tokens: ReadonlyMap<string, string>, outcome: Outcome, prediction: ModelOutcome): ReadonlyMap<string, string> {
  if (!outcome.ok || !prediction.ok) return tokens;
  const theirs = outcome.output.nextToken, ours = prediction.output.nextToken;
  return typeof theirs === "string" && typeof ours === "string" ? new Map([...tokens, [theirs, ours]]) : tokens;
}

/** The input as the model is to see it: the target's page token replaced by the model's for the same page. */
export function modelInput(state: JudgeState, input: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const token = input.nextToken;
  const ours = typeof token === "string" ? state.tokens.get(token) : undefined;
  return ours === undefined ? input : { ...input, nextToken: ours };
}

/** The model's env for one call: the account, and the clock and id the answer reveals (the call's time and a stand-in otherwise). */
export function modelEnv(env: JudgeEnv, state: JudgeState, call: Pick<Call, "sent" | "at">): ModelEnv {
  const adopted = adoptedFrom(call.sent.outcome);
  const id = adopted.id ?? standInId(state);
  const now = adopted.now ?? new Date(call.at);
  return { account: env.account, region: env.region, partition: env.partition, validate: env.validate, now: () => now, newId: () => id };
}

/** The model's prediction of a call against a state, without judging the answer. */
export function predict(env: JudgeEnv, state: JudgeState, call: Pick<Call, "operation" | "input" | "sent" | "at">): ModelOutcome {
  const sent = call.sent.outcome.trace.sent ?? call.input;
  return step(state.model, call.operation, modelInput(state, sent), modelEnv(env, state, call)).outcome;
}

/**
 * Judges one call, purely: the model predicts what was sent (what the client put on the wire, which may differ
 * from what it was asked), every check holds the answer to the contract and the prediction, and the state moves
 * on to what the answer implies, so one divergence is one finding and later calls are predicted from what the
 * service did. Since an earlier round of a resent mutating call may have taken effect unseen, its divergences
 * are uncertain.
 */
export function judge(env: JudgeEnv, state: JudgeState, call: Call): Judgement {
  const { outcome, rounds, persistentServerFault } = call.sent;
  const sent = outcome.trace.sent ?? call.input;
  const asked = modelInput(state, sent);
  const transition = step(state.model, call.operation, asked, modelEnv(env, state, call));
  const prediction = transition.outcome;
  const tokens = learnToken(state.tokens, outcome, prediction);
  const checked = persistentServerFault ? [serverErrorDivergence(call.operation, sent, outcome, rounds)] : checkCall(env.contract, call.operation, sent, outcome, prediction);
  // A fault that persisted through every round is certain whatever the rounds did; an answer after a lost round is not.
  const divergences = rounds > 1 && !OPERATIONS[call.operation].readonly && !persistentServerFault
    ? checked.map((d) => ({ ...d, uncertain: true, message: `${d.message} (after a transient failure whose effect is unknown)` }))
    : checked;
  const answer = answerOf(outcome);
  // A request no answer came back for leaves the model where it predicted: nothing says otherwise.
  if (answer === undefined) return { prediction, divergences, next: { ...state, model: transition.state, tokens } };
  const asPredicted = !persistentServerFault && !checked.some((d) => d.kind === "model");
  const model = asPredicted ? transition.state : adoptAnswer(state.model, transition, call.operation, asked, answer);
  const acknowledgedWrite = answer.ok && !OPERATIONS[call.operation].readonly && env.windowMs > 0;
  const writes = acknowledgedWrite ? [...writesWithin(state, env.windowMs, call.at), { at: call.at, before: state.model }] : state.writes;
  return { prediction, divergences, next: { model, tokens, writes } };
}
