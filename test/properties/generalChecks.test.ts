/** The general checks the self-test's misses called for: each fires on the bug it is for and stays quiet otherwise. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ModelOutcome } from "../../model/index.ts";
import { checkCompleteListing } from "../../properties/checks/checkCompleteListing.ts";
import { checkValidAccepted } from "../../properties/checks/checkValidAccepted.ts";
import { checkTagSet } from "../../properties/checks/checkTagSet.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { graded } from "../findingFixture.ts";

const trace = { operation: "GetIngestionDestination" as const, exchanges: [], attempts: 1, durationMs: 0 };
const ok = (output: Record<string, unknown>): Outcome => ({ ok: true, output, trace });
const failed = (name: string, members: Record<string, unknown>): Outcome => ({ ok: false, error: { kind: "service", name, message: "", members }, trace });
const predicts = (output: Record<string, unknown>): ModelOutcome => ({ ok: true, output, basis: ["output.form"] });
const ARN = "arn:aws:appfabric:us-east-1:123456789012:appbundle/b/ingestion/i/ingestiondestination/d";

test("a ValidationException blaming fields where the oracle predicts success fails; other refusals are left to checkModel", () => {
  const refused = failed("ValidationException", { message: "m", reason: "fieldValidationFailed", fieldList: [{ name: "a.b", message: "too long" }] });
  const [finding] = graded(checkValidAccepted("CreateIngestionDestination", refused, predicts({})));
  assert.is(finding?.check, "rejects-valid-input");
  assert.is(finding?.severity, "failure");
  assert.match(finding?.message ?? "", /a\.b/);
  assert.equal(graded(checkValidAccepted("CreateIngestionDestination", failed("ValidationException", { message: "m", reason: "other" }), predicts({}))), []);
  const predictedRefusal: ModelOutcome = { ok: false, error: { name: "ValidationException", members: {} }, basis: ["input.validation"] };
  assert.equal(graded(checkValidAccepted("CreateIngestionDestination", refused, predictedRefusal)), []);
  assert.equal(graded(checkValidAccepted("CreateIngestionDestination", ok({}), predicts({}))), []);
});

test("ListTagsForResource is held to the tags AWS's tagging semantics imply, as a set, after any tag or untag", () => {
  const tags = [{ key: "a", value: "1" }, { key: "b", value: "2" }];
  const list = (listed: unknown[]) => graded(checkTagSet("ListTagsForResource", ok({ tags: listed }), predicts({ tags })));
  assert.equal(list([...tags].reverse()), [], "order is the model's assumption, not a finding");
  const [lost] = list([{ key: "a", value: "1" }]);
  assert.is(lost?.check, "tags-set");
  assert.is(lost?.severity, "failure");
  assert.match(lost?.message ?? "", /no "b" \(expected "b"="2"\)/);
  const [stale] = list([{ key: "a", value: "0" }, { key: "b", value: "2" }]);
  assert.match(stale?.message ?? "", /"a"="0" \(expected "a"="1"\)/);
  assert.equal(graded(checkTagSet("GetIngestionDestination", ok({ tags: [] }), predicts({ tags }))), [], "only the listing is a set of tags");
});

test("a first page without nextToken is the whole list: held to the oracle's whole list as a set", () => {
  const page = (arns: string[], nextToken?: string) => ({ ingestionDestinations: arns.map((arn) => ({ arn })), ...(nextToken ? { nextToken } : {}) });
  const [extra] = graded(checkCompleteListing("ListIngestionDestinations", {}, ok(page(["x", "y", "ghost"])), predicts(page(["y", "x"]))));
  assert.is(extra?.check, "list-extra");
  assert.is(extra?.severity, "failure");
  assert.equal(graded(checkCompleteListing("ListIngestionDestinations", {}, ok(page(["y", "x"])), predicts(page(["x", "y"])))), []);
  assert.equal(graded(checkCompleteListing("ListIngestionDestinations", { nextToken: "t" }, ok(page(["ghost"])), predicts(page([])))), []);
  assert.equal(graded(checkCompleteListing("ListIngestionDestinations", {}, ok(page(["ghost"])), predicts(page([], "more")))), []);
});

test.run();
