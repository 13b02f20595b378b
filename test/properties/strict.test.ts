/** `--strict` changes how findings are graded, and nothing else: the same divergences, each a failure. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { reversedListOrder } from "../../emulator/reversedListOrder.ts";
import { FindingsStore } from "../../properties/FindingsStore.ts";
import type { FindingEvent } from "../../events/runEvent.ts";
import { runAgainst, wrappedModelTarget } from "./harness.ts";
import { findingsIn } from "./sequences.ts";

const shape = (f: FindingEvent) => ({ fingerprint: f.fingerprint, checks: f.checks.map((c) => ({ check: c.check, kind: c.kind, basis: c.basis })) });

test("over a run on a service that lists in another order, --strict turns the same observations into failures", async () => {
  // Only the coverage plan: its episodes are fixed, so both runs make the same calls up to the first failure.
  const run = (strict: boolean) => runAgainst(wrappedModelTarget(reversedListOrder), { strict, seed: 4, numRuns: 5 });
  const lenient = await run(false), strict = await run(true);
  const observed = findingsIn(lenient.events);
  assert.ok(observed.length > 0 && observed.every((f) => f.severity === "observation"), "the reversed order rests on an assumed rule");
  assert.is(lenient.failures, 0);
  const failed = findingsIn(strict.events);
  assert.ok(failed.length > 0 && failed.every((f) => f.severity === "failure"));
  // What strict finds, the lenient run found too, with the same checks resting on the same rules.
  const seen = new Map(observed.map((f) => [f.fingerprint, JSON.stringify(shape(f))]));
  for (const f of failed) assert.is(seen.get(f.fingerprint), JSON.stringify(shape(f)), f.fingerprint);
});

test("the store grades the same divergences both ways and finds the same findings", () => {
  const divergences = [
    { kind: "model" as const, operation: "ListIngestionDestinations" as const, check: "output.ingestionDestinations.0.arn", subject: "ingestionDestinations.0.arn", message: "m", basis: ["list.order" as const] },
    { kind: "contract" as const, operation: "GetIngestionDestination" as const, check: "output", subject: "ingestionDestination.arn", message: "m", basis: [] },
  ];
  const lenient = new FindingsStore(false, () => {}).findings(divergences), strict = new FindingsStore(true, () => {}).findings(divergences);
  assert.equal(lenient.map((f) => f.severity), ["observation", "failure"]);
  assert.equal(strict.map((f) => f.severity), ["failure", "failure"]);
  const withoutSeverity = (fs: typeof lenient) => fs.map(({ severity: _, checks, ...rest }) => ({ ...rest, checks: checks.map(({ severity: _s, ...c }) => c) }));
  assert.equal(withoutSeverity(strict), withoutSeverity(lenient));
});

test.run();
