/**
 * Documented AWS rules outside AppFabric's model (the general tagging characters, S3's bucket names, Firehose's
 * stream names): the model accepts what its own model allows and says when that acceptance is an assumption, so
 * a service refusing such a value raises an observation, and one refusing a value within them a failure.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { brokenAwsRules, withinAwsTagRules } from "../../model/brokenAwsRules.ts";
import type { ModelOutcome } from "../../model/index.ts";
import { checkModel } from "../../properties/checks/checkModel.ts";
import { checkValidAccepted } from "../../properties/checks/checkValidAccepted.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { serviceError } from "../../targets/serviceError.ts";
import { graded } from "../findingFixture.ts";
import { cites, createDestination, err, firehoseDestination, ok, PROCESSING, s3Destination, withIngestion } from "./modelFixtures.ts";

test("AWS's tagging characters: letters, numbers and spaces of any script, and _ . : / = + - @; nothing else", () => {
  for (const text of ["", "team", "Äöü 日本 שלום", "\u{20000}", "\u00e9", "a_b.c:d/e=f+g-h@i", " padded ", "\u00a0", "١٢٣"]) {
    assert.ok(withinAwsTagRules(text), JSON.stringify(text));
  }
  for (const text of ["e\u0301", "#", "%", "?", "\"", "\\", "\u{1F600}", "tab\there", "\u200f"]) assert.not.ok(withinAwsTagRules(text), JSON.stringify(text));
});

test("an input breaks the rules of every member it holds beyond them, with the assumption that AppFabric takes them", () => {
  assert.equal(brokenAwsRules({ tags: [{ key: "k", value: "v" }], destinationConfiguration: s3Destination("my-bucket.logs") }), []);
  assert.equal(brokenAwsRules({ tags: [{ key: "k", value: "100%" }] }), ["tags.characters", "input.beyondAwsRules"]);
  assert.equal(brokenAwsRules({ tagKeys: ["#"] }), ["tags.characters", "input.beyondAwsRules"]);
  for (const name of ["-bucket", "bucket-", "Bucket", "a..b", "192.168.0.1", "xn--bucket", "bucket-s3alias", "b_b"]) {
    assert.equal(brokenAwsRules({ destinationConfiguration: s3Destination(name) }), ["destination.bucketName.naming", "input.beyondAwsRules"], name);
  }
  assert.equal(brokenAwsRules({ destinationConfiguration: firehoseDestination("My_Stream.1-a") }), []);
  assert.equal(brokenAwsRules({ destinationConfiguration: firehoseDestination("a stream") }), ["destination.streamName.naming", "input.beyondAwsRules"]);
});

test("the model accepts such values, resting the success on the assumption; another error it predicts may give way to the refusal", () => {
  const fx = withIngestion();
  const beyond = [{ key: "k#", value: "v" }];
  const created = fx.model.handle("CreateIngestionDestination", { ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b"), tags: beyond });
  ok(created);
  assert.ok(created.decidedBy?.includes("tags.characters") && created.decidedBy.includes("input.beyondAwsRules"));
  const plain = fx.model.handle("TagResource", { resourceArn: createDestination(fx), tags: [{ key: "k", value: "v" }] });
  assert.not.ok(cites(plain, "input.beyondAwsRules"), "values within the rules rest on nothing more");
  const missing = fx.model.handle("TagResource", { resourceArn: `${fx.ingestionArn}/ingestiondestination/99999999-9999-4999-8999-999999999999`, tags: beyond });
  err(missing, "ResourceNotFoundException");
  assert.ok(missing.basis.includes("input.beyondAwsRules") && missing.basis.includes("errors.precedence"));
});

test("a refusal of a value beyond AWS's tagging rules is an observation; of a value within them, a failure", () => {
  const trace = { operation: "TagResource" as const, exchanges: [], attempts: 1, durationMs: 0 };
  const refused: Outcome = { ok: false, error: serviceError("ValidationException", { message: "m", reason: "fieldValidationFailed", fieldList: [{ name: "tags.0.key", message: "m" }] }), trace };
  const success = (decidedBy: string[]): ModelOutcome => ({ ok: true, output: {}, decidedBy, basis: ["output.empty"] });
  const beyond = success(["input.validation", "tags.characters", "input.beyondAwsRules", "resource.lifecycle"]);
  const within = success(["input.validation", "resource.lifecycle"]);
  const severities = (prediction: ModelOutcome) => graded([...checkModel("TagResource", refused, prediction), ...checkValidAccepted("TagResource", refused, prediction)])
    .map((d) => `${d.check} ${d.severity}`);
  assert.equal(severities(beyond), ["outcome.unexpected-error observation"]);
  assert.equal(severities(within), ["outcome.unexpected-error failure", "rejects-valid-input failure"]);
});

test.run();
