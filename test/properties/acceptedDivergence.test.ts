/** An accepted rule (`--accept-observed`) explains the divergences the ledger saw of it, and only those. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { gradeDivergence, isAcceptedDivergence } from "../../properties/gradeDivergence.ts";
import { fingerprintOf } from "../../properties/finding.ts";
import type { Divergence } from "../../properties/judging/Divergence.ts";

const refused: Divergence = {
  kind: "model", operation: "CreateIngestionDestination", check: "outcome.unexpected-error", subject: "outcome.ValidationException", message: "m",
  basis: ["input.validation", "tags.characters", "input.beyondAwsRules", "destination.formatCombination"],
};
const accepting = (rule: Divergence["basis"][number], fingerprint = fingerprintOf(refused)) => new Map([[rule, new Set([fingerprint])]]);

test("a refusal resting on an accepted rule is accepted, whatever else the prediction assumed", () => {
  assert.ok(isAcceptedDivergence(refused, accepting("destination.formatCombination")));
  assert.is(gradeDivergence(refused, true, accepting("destination.formatCombination")), "observation", "accepted holds under --strict too");
});

test("another way of diverging from an accepted rule is not accepted", () => {
  assert.not.ok(isAcceptedDivergence(refused, accepting("destination.formatCombination", "CreateIngestionDestination|outcome.ConflictException")));
});

test("a divergence resting on documented rules alone is never accepted", () => {
  const documented: Divergence = { ...refused, basis: ["input.validation"] };
  assert.not.ok(isAcceptedDivergence(documented, accepting("input.validation")));
  assert.is(gradeDivergence(documented, false, accepting("input.validation")), "failure");
});

test.run();
