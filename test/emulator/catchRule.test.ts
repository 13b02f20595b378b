/** What a catch rule matches: its kind, its check or a dotted prefix of it, its operation, and failing checks only. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { catches, type CatchRule, type CheckedFinding } from "../../emulator/mutants/CatchRule.ts";

const seen = (check: string, over: { kind?: string; severity?: string; operation?: string } = {}): CheckedFinding => ({
  operation: over.operation ?? "GetIngestionDestination", checks: [{ kind: over.kind ?? "model", check, severity: over.severity ?? "failure" }],
});
const failure = seen("output.ingestionDestination.status");

test("a rule matches its check exactly or as a dotted prefix, never a longer name", () => {
  const rule: CatchRule = { kind: "model", check: "output.ingestionDestination" };
  assert.ok(catches(rule, failure));
  assert.ok(catches(rule, seen("output.ingestionDestination")));
  assert.not.ok(catches(rule, seen("output.ingestionDestinationArn")));
  assert.not.ok(catches(rule, seen("output")));
});

test("a rule matches only its kind, its operation when it names one, and failing checks", () => {
  assert.not.ok(catches({ kind: "contract", check: "output.ingestionDestination" }, failure));
  assert.ok(catches({ kind: "model", check: "output", operation: "GetIngestionDestination" }, failure));
  assert.not.ok(catches({ kind: "model", check: "output", operation: "UpdateIngestionDestination" }, failure));
  assert.not.ok(catches({ kind: "model", check: "output" }, seen("output.x", { severity: "observation" })));
});

test("a finding seen by several checks is a catch when any failing one matches", () => {
  const both: CheckedFinding = { operation: "CreateIngestionDestination", checks: [
    { kind: "contract", check: "output-schema", severity: "failure" }, { kind: "model", check: "output.ingestionDestination.ingestionArn", severity: "observation" }] };
  assert.ok(catches({ kind: "contract", check: "output-schema" }, both));
  assert.not.ok(catches({ kind: "model", check: "output.ingestionDestination" }, both), "the model's check there was only an observation");
});

test.run();
