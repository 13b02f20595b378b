import * as assert from "uvu/assert";
import type { SchemaViolation } from "../../contracts/contract.ts";

function describe(violations: readonly SchemaViolation[]): string {
  return JSON.stringify(violations.map((v) => `${v.path} ${v.keyword} ${JSON.stringify(v.params)}`));
}

export function assertValid(violations: readonly SchemaViolation[], label: string): void {
  assert.equal(violations.length, 0, `${label}: expected no violation, got ${describe(violations)}`);
}

/** Asserts a violation of `keyword` at JSON pointer `path`, and optionally with these params. */
export function assertViolation(
  violations: readonly SchemaViolation[],
  path: string,
  keyword: string,
  label: string,
  params: Readonly<Record<string, unknown>> = {},
): void {
  const found = violations.some((v) => v.path === path && v.keyword === keyword
    && Object.entries(params).every(([key, value]) => v.params[key] === value));
  assert.ok(found, `${label}: expected ${keyword} at "${path}" ${JSON.stringify(params)}, got ${describe(violations)}`);
}
