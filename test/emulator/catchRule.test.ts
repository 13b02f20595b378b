/** What a catch rule matches: its kind, its check or a dotted prefix of it, its operation, and failures only. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { catches, type CatchRule } from "../../emulator/mutants/CatchRule.ts";

const failure = { kind: "model", severity: "failure", operation: "GetIngestionDestination", check: "output.ingestionDestination.status" };

test("a rule matches its check exactly or as a dotted prefix, never a longer name", () => {
  const rule: CatchRule = { kind: "model", check: "output.ingestionDestination" };
  assert.ok(catches(rule, failure));
  assert.ok(catches(rule, { ...failure, check: "output.ingestionDestination" }));
  assert.not.ok(catches(rule, { ...failure, check: "output.ingestionDestinationArn" }));
  assert.not.ok(catches(rule, { ...failure, check: "output" }));
});

test("a rule matches only its kind, its operation when it names one, and failures", () => {
  assert.not.ok(catches({ kind: "contract", check: "output.ingestionDestination" }, failure));
  assert.ok(catches({ kind: "model", check: "output", operation: "GetIngestionDestination" }, failure));
  assert.not.ok(catches({ kind: "model", check: "output", operation: "UpdateIngestionDestination" }, failure));
  assert.not.ok(catches({ kind: "model", check: "output" }, { ...failure, severity: "observation" }));
});

test.run();
