import { test } from "uvu";
import * as assert from "uvu/assert";
import { FindingBuckets } from "../../events/FindingBuckets.ts";
import { findingsOf } from "../../properties/finding.ts";
import { gradeDivergence } from "../../properties/gradeDivergence.ts";

const item = (i: number) => ({ kind: "model" as const, operation: "ListIngestionDestinations" as const, check: `output.ingestionDestinations.${i}`,
  subject: "ingestionDestinations", message: `item ${i} differs`, basis: [] });

test("a listing wrong in many items is one finding with one check per kind of divergence, saying how many items diverged alike", () => {
  const found = findingsOf([item(0), item(1), item(7), { ...item(0), check: "list-extra", message: "an extra item" }], (d) => gradeDivergence(d, false));
  assert.is(found.length, 1);
  assert.equal(found[0]?.checks.map((c) => [c.check, c.message]), [["output.ingestionDestinations.0", "item 0 differs (and 2 more items alike)"], ["list-extra", "an extra item"]]);
});

test("the buckets fold a list's items across occurrences the same way", () => {
  const buckets = new FindingBuckets();
  for (const i of [3, 4]) {
    const [finding] = findingsOf([item(i)], (d) => gradeDivergence(d, false));
    buckets.add({ type: "finding", at: "2026-01-01T00:00:00.000Z", property: `p${i}`, ...(finding as NonNullable<typeof finding>) });
  }
  const [bucket] = buckets.list();
  assert.equal(bucket?.checks.map((c) => c.check), ["output.ingestionDestinations.3"]);
  assert.equal(bucket?.properties, ["p3", "p4"]);
});

test("a bucket's checks speak of the counterexample it shows: its own messages first, then what only other occurrences saw", () => {
  const buckets = new FindingBuckets();
  const call = { operation: "CreateIngestionDestination", input: "{}", result: "ok" };
  const occurrence = (property: string, calls: number, checks: { check: string; message: string }[]) => buckets.add({
    type: "finding", at: "2026-01-01T00:00:00.000Z", property, fingerprint: "CreateIngestionDestination|ingestionDestination.ingestionArn",
    operation: "CreateIngestionDestination", subject: "ingestionDestination.ingestionArn", severity: "failure",
    checks: checks.map((c) => ({ kind: "model" as const, basis: [], severity: "failure" as const, ...c })),
    evidence: { calls: Array.from({ length: calls }, () => call), deciding: calls - 1, names: {} },
  });
  occurrence("long", 3, [{ check: "output.ingestionArn", message: "predicts arn-of-the-long-case" }, { check: "output-schema", message: "required ingestionArn" }]);
  occurrence("short", 1, [{ check: "output.ingestionArn", message: "predicts arn-of-the-short-case" }]);
  const [bucket] = buckets.list();
  assert.is(bucket?.smallest.property, "short");
  assert.equal(bucket?.checks.map((c) => c.message), ["predicts arn-of-the-short-case", "required ingestionArn"]);
});

test.run();
