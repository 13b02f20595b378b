import { conflict } from "./errors.ts";
import { findResource } from "./findResource.ts";
import { optionalTextMember } from "./inputMembers.ts";
import { plainDataEqual, toPlainData, type PlainData } from "./plainData.ts";
import type { KnownRuleId } from "./rules.ts";
import type { ModelState, TokenRecord } from "./state.ts";
import { fail, succeed, type Transition } from "./transition.ts";
import type { ModelInput } from "./types.ts";

/** Idempotency of the Create operations through clientToken (the API Reference's clientToken text; scope and mismatch form assumed). */

export interface TokenKey {
  readonly operation: string;
  /** The resolved parent's ARN (the account for app bundles): parent labels count through the scope. */
  readonly scope: string;
  /** The label members, left out of the compared parameters. */
  readonly labels: readonly string[];
}

/** `basis`: the token rules that decide whether this Create creates, replays or is refused. */
export type TokenCheck<T> =
  | { readonly kind: "create"; readonly basis: readonly KnownRuleId[] }
  | { readonly kind: "replay" | "mismatch"; readonly record: T; readonly basis: readonly KnownRuleId[] };

function paramsOf(input: ModelInput, labels: readonly string[]): PlainData {
  const skipped = new Set(["clientToken", ...labels]);
  return toPlainData(Object.fromEntries(Object.entries(input).filter(([name]) => !skipped.has(name))));
}

function sameKey(record: TokenRecord, key: TokenKey, token: string): boolean {
  return record.operation === key.operation && record.scope === key.scope && record.token === token;
}

/** Whether this Create repeats an earlier one; `records` are the live resources of the kind it creates. */
export function checkClientToken<T extends { readonly arn: string }>(
  state: ModelState, input: ModelInput, key: TokenKey, records: readonly T[],
): TokenCheck<T> {
  const token = optionalTextMember(input, "clientToken");
  if (token === undefined) return { kind: "create", basis: ["clientToken.fresh"] };
  const earlier = state.tokens.find((t) => sameKey(t, key, token));
  const record = earlier && records.find((r) => r.arn === earlier.resourceArn);
  // A token seen only elsewhere (another parent or operation) is new here only if tokens are scoped so.
  if (earlier === undefined) return { kind: "create", basis: state.tokens.some((t) => t.token === token) ? ["clientToken.scope"] : ["clientToken.fresh"] };
  if (record === undefined) return { kind: "create", basis: ["clientToken.forgottenOnDelete"] };
  return plainDataEqual(earlier.params, paramsOf(input, key.labels))
    ? { kind: "replay", record, basis: ["clientToken.replay"] }
    : { kind: "mismatch", record, basis: ["clientToken.mismatch"] };
}

/**
 * The outcome of a repeated token: the resource as it is now, or a refusal. `parent`: the rules that found
 * the parent; `values`: those behind the resource's output.
 */
export function answerRepeat<T extends { readonly arn: string }>(
  state: ModelState, check: Extract<TokenCheck<T>, { readonly record: T }>, resourceType: string,
  output: (record: T) => Readonly<Record<string, unknown>>, parent: readonly KnownRuleId[], values: readonly KnownRuleId[],
): Transition {
  if (check.kind === "replay") return succeed(state, output(check.record), [...parent, ...check.basis], ["clientToken.replay", ...values, "output.form"]);
  return fail(state, conflict(
    `IdempotentParameterMismatch: the clientToken was already used with different parameters for ${check.record.arn}`,
    check.record.arn, resourceType, "clientToken.mismatch.error"), [...parent, ...check.basis], ["clientToken.mismatch.error"]);
}

/** The token table after a successful create: this token now names `resourceArn`; tokens of deleted resources are dropped. */
export function rememberClientToken(state: ModelState, input: ModelInput, key: TokenKey, resourceArn: string): readonly TokenRecord[] {
  const token = optionalTextMember(input, "clientToken");
  const live = state.tokens.filter((t) => findResource(state, t.resourceArn) !== undefined);
  if (token === undefined) return live;
  const kept = live.filter((t) => !sameKey(t, key, token));
  return [...kept, { operation: key.operation, scope: key.scope, token, params: paramsOf(input, key.labels), resourceArn }];
}
