/**
 * What was sent and what came back are compared code point for code point (no normalisation, no trimming), a
 * difference in a documented echo is a failure, and messages and reports show both values with the code points
 * of what does not print.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ModelOutcome } from "../../model/index.ts";
import { checkModel } from "../../properties/checks/checkModel.ts";
import { checkTagSet } from "../../properties/checks/checkTagSet.ts";
import { showValue } from "../../properties/checks/showValue.ts";
import { findingsOf } from "../../properties/finding.ts";
import { gradeDivergence } from "../../properties/gradeDivergence.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { graded } from "../findingFixture.ts";

const trace = { operation: "GetIngestionDestination" as const, exchanges: [], attempts: 1, durationMs: 0 };
const ok = (output: Record<string, unknown>): Outcome => ({ ok: true, output, trace });
const predicts = (output: Record<string, unknown>, basis: string[]): ModelOutcome => ({ ok: true, output, basis });
const PRECOMPOSED = "caf\u00e9", DECOMPOSED = "cafe\u0301";

test("showValue writes what does not print as its code point, and leaves what prints as it is", () => {
  assert.is(showValue(DECOMPOSED), "\"cafe\\u{301}\"");
  assert.is(showValue(PRECOMPOSED), "\"caf\u00e9\"");
  assert.is(showValue("a\u00a0b\u200fc\u0080"), "\"a\\u{a0}b\\u{200f}c\\u{80}\"", "a no-break space, a right-to-left mark, a C1 control");
  assert.is(showValue(" padded "), "\" padded \"", "spaces at the ends show inside the quotes");
  assert.is(showValue("\u{20000}\u05e9"), "\"\u{20000}\u05e9\"", "letters outside the BMP and right-to-left letters print");
  assert.is(showValue({ k: "x\u200b" }), "{\"k\":\"x\\u{200b}\"}", "inside any JSON value");
  assert.is(showValue(undefined), "absent");
  assert.is(showValue("\u{20000}".repeat(10), 6), "\"\u{20000}\u{20000}...", "cut in characters, never inside a surrogate pair");
});

test("an echoed prefix normalised to NFC is a failure on the documented echo, its message showing both forms", () => {
  const prefixed = (prefix: string) => ({ ingestionDestination: { destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "b", prefix } } } } } });
  const [divergence, ...rest] = checkModel("GetIngestionDestination", ok(prefixed(PRECOMPOSED)), predicts(prefixed(DECOMPOSED), ["resource.create.timestamps"]));
  assert.equal(rest, []);
  assert.is(divergence?.check, "output.ingestionDestination.destinationConfiguration.auditLog.destination.s3Bucket.prefix");
  assert.is(gradeDivergence(divergence!, false), "failure", "destination.output.echo is documented");
  assert.ok(divergence?.message.includes(`"caf\u00e9"; the model predicts "cafe\\u{301}"`), divergence?.message);
});

test("tags listed with a trailing space trimmed or a key normalised differ as a set, and the finding keeps both sides with their code points", () => {
  const tags = [{ key: DECOMPOSED, value: "v" }, { key: "k", value: "trailing " }];
  const listed = [{ key: PRECOMPOSED, value: "v" }, { key: "k", value: "trailing" }];
  const divergences = graded(checkTagSet("ListTagsForResource", ok({ tags: listed }), predicts({ tags }, ["tags.list"])));
  assert.equal(divergences.map((d) => d.severity), ["failure"]);
  const byKey = (side: unknown) => [...(side as { key: string }[])].sort((a, b) => (a.key < b.key ? -1 : 1));
  assert.equal(byKey(divergences[0]?.expected), byKey(tags));
  assert.equal(byKey(divergences[0]?.actual), byKey(listed));
  assert.match(divergences[0]?.message ?? "", /no "cafe\\u\{301\}" \(expected "cafe\\u\{301\}"="v"\)/);
  const [finding] = findingsOf(divergences, (d) => gradeDivergence(d, false));
  assert.ok(finding?.expected?.includes("cafe\\u{301}") && finding.expected.includes("\"trailing \""), finding?.expected);
  assert.ok(finding?.actual?.includes(`"caf\u00e9"`) && finding.actual.includes("\"trailing\""), finding?.actual);
});

test("values equal code point for code point raise nothing", () => {
  const tags = [{ key: DECOMPOSED, value: " \u{20000} " }];
  assert.equal(checkTagSet("ListTagsForResource", ok({ tags: [...tags] }), predicts({ tags }, ["tags.list"])), []);
});

test.run();
