import { conflict } from "./errors.ts";
import { findResource } from "./findResource.ts";
import { optionalTextMember } from "./inputMembers.ts";
import { plainDataEqual, toPlainData, type PlainData } from "./plainData.ts";
import type { KnownRuleId } from "./rules.ts";
import type { ModelState, TokenRecord } from "./state.ts";
import { fail, succeed, type Transition } from "./transition.ts";
import type { ModelInput } from "./types.ts";

/** Idempotency of the Create operations through clientToken (S1; scope and mismatch form assumed). */

export interface TokenKey {
  readonly operation: string;
  /** The resolved parent's ARN (the account for app bundles): parent labels count through the scope. */
  readonly scope: string;
  /** The label members, left out of the compared parameters. */
  readonly labels: readonly string[];
}

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
  if (token === undefined) return { kind: "create", basis: ["clientToken.absent"] };
  const earlier = state.tokens.find((t) => sameKey(t, key, token));
  const record = earlier && records.find((r) => r.arn === earlier.resourceArn);
  if (earlier === undefined) return { kind: "create", basis: ["clientToken.scope"] };
  if (record === undefined) return { kind: "create", basis: ["clientToken.scope", "clientToken.forgottenOnDelete"] };
  return plainDataEqual(earlier.params, paramsOf(input, key.labels))
    ? { kind: "replay", record, basis: ["clientToken.scope", "clientToken.replay"] }
    : { kind: "mismatch", record, basis: ["clientToken.scope", "clientToken.mismatch"] };
}

/** The outcome of a repeated token: the resource as it is now, or a conflict. */
export function answerRepeat<T extends { readonly arn: string }>(
  state: ModelState, check: Extract<TokenCheck<T>, { readonly record: T }>, resourceType: string,
  output: (record: T) => Readonly<Record<string, unknown>>, basis: readonly KnownRuleId[],
): Transition {
  if (check.kind === "replay") return succeed(state, output(check.record), [...basis, ...check.basis, "output.form"]);
  return fail(state, conflict(
    `IdempotentParameterMismatch: the clientToken was already used with different parameters for ${check.record.arn}`,
    check.record.arn, resourceType), [...basis, ...check.basis]);
}

/** The token table after a successful create: this token now names `resourceArn`; tokens of deleted resources are dropped. */
export function rememberClientToken(state: ModelState, input: ModelInput, key: TokenKey, resourceArn: string): readonly TokenRecord[] {
  const token = optionalTextMember(input, "clientToken");
  const live = state.tokens.filter((t) => findResource(state, t.resourceArn) !== undefined);
  if (token === undefined) return live;
  const kept = live.filter((t) => !sameKey(t, key, token));
  return [...kept, { operation: key.operation, scope: key.scope, token, params: paramsOf(input, key.labels), resourceArn }];
}
