/**
 * The planted bugs of characters and code points: each answers wrongly in its one way, and each is caught by a
 * check it declares within 300 requests; refusing tag keys beyond AWS's tagging rules is no bug and fails nothing.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BENIGN_MODES } from "../../cli/benignModes.ts";
import { findingLabel } from "../../cli/selftestReport.ts";
import { runTrial } from "../../cli/selftestTrial.ts";
import { createContract } from "../../contracts/contract.ts";
import { inputValidator } from "../../contracts/inputValidator.ts";
import { prefixLengthInUtf16 } from "../../emulator/mutants/prefixLengthInUtf16.ts";
import { prefixNonAsciiReplaced } from "../../emulator/mutants/prefixNonAsciiReplaced.ts";
import { tagsNormalisedNfc } from "../../emulator/mutants/tagsNormalisedNfc.ts";
import { tagValuesTrimmed } from "../../emulator/mutants/tagValuesTrimmed.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";
import { refusesTagKeysBeyondAwsRules } from "../../emulator/refusesTagKeysBeyondAwsRules.ts";
import { referenceHandle } from "../../emulator/createModelHandle.ts";
import { modelHandle } from "../../targets/modelTarget.ts";
import { err, ok, PROCESSING, rec, s3Destination, testEnv, text } from "../model/modelFixtures.ts";
import { checkNames, messagesOf } from "../findingFixture.ts";
import { trialSettings } from "./mutantTrials.ts";

const validate = inputValidator(createContract());
const ASTRAL = "\u{20000}";
const MUTANTS: readonly Mutant[] = [prefixNonAsciiReplaced, prefixLengthInUtf16, tagsNormalisedNfc, tagValuesTrimmed];

/** A fresh service with one destination, the mutant planted (or none). */
function service(mutant?: Mutant, wrap = (handle: ReturnType<typeof modelHandle>) => handle) {
  const handle = wrap(modelHandle(testEnv(validate), mutant));
  const bundle = text(rec(ok(handle("CreateAppBundle", {})).appBundle).arn);
  const ingestion = text(rec(ok(handle("CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" })).ingestion).arn);
  const create = (prefix: string, tags: readonly { key: string; value: string }[] = []) => handle("CreateIngestionDestination",
    { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("bucket", prefix), tags });
  const prefixOf = (outcome: ReturnType<typeof create>) => (rec(rec(rec(rec(rec(ok(outcome).ingestionDestination).destinationConfiguration).auditLog).destination).s3Bucket).prefix);
  const tagsOf = (outcome: ReturnType<typeof create>) => ok(handle("ListTagsForResource", { resourceArn: text(rec(ok(outcome).ingestionDestination).arn) })).tags;
  return { handle, create, prefixOf, tagsOf };
}

test("each mutant changes only what it says", () => {
  const replaced = service(prefixNonAsciiReplaced);
  assert.is(replaced.prefixOf(replaced.create(`logs/\u00e9${ASTRAL}`)), "logs/??");
  assert.is(replaced.prefixOf(replaced.create("logs/")), "logs/");
  const utf16 = service(prefixLengthInUtf16);
  assert.is(utf16.prefixOf(utf16.create(ASTRAL.repeat(60))), ASTRAL.repeat(60), "120 units is still within");
  err(utf16.create(ASTRAL.repeat(61)), "ValidationException");
  const nfc = service(tagsNormalisedNfc);
  assert.equal(nfc.tagsOf(nfc.create("p", [{ key: "e\u0301", value: "a\u0308 " }])), [{ key: "\u00e9", value: "\u00e4 " }]);
  const trimmed = service(tagValuesTrimmed);
  assert.equal(trimmed.tagsOf(trimmed.create("p", [{ key: " k ", value: " v \u00a0" }])), [{ key: " k ", value: " v" }]);
});

test("the benign mode refuses tag keys beyond AWS's tagging rules wherever they come, naming each, and nothing else", () => {
  const refusing = service(undefined, refusesTagKeysBeyondAwsRules);
  const refused = err(refusing.create("p", [{ key: "ok", value: "#" }, { key: "e\u0301", value: "v" }]), "ValidationException");
  assert.equal((refused.fieldList as { name: string }[]).map((f) => f.name), ["tags.1.key"]);
  ok(refusing.create("p", [{ key: "\u00e9 \u{20000}", value: "#%" }]));
  const handle = refusesTagKeysBeyondAwsRules(referenceHandle({ ...testEnv(validate) }));
  const untag = err(handle("UntagResource", { resourceArn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/x", tagKeys: ["a", "b#"] }), "ValidationException");
  assert.equal((untag.fieldList as { name: string }[]).map((f) => f.name), ["tagKeys.1"]);
});

test("each is caught on the emulator by a check it declares within 300 requests, over several seeds", async () => {
  const missed: string[] = [];
  for (const seed of [1, 2, 3]) {
    const settings = { ...(await trialSettings("emulator", seed)), maxRequests: 300 };
    for (const mutant of MUTANTS) {
      const result = await runTrial({ mutant }, settings);
      if (result.caughtBy === undefined || result.calls > 300 || result.harnessErrors.length > 0) {
        missed.push(`${mutant.name}, seed ${seed}: ${result.caughtBy ? findingLabel(result.caughtBy) : "missed"} after ${result.calls} calls ${result.harnessErrors.join("; ")}`);
      }
    }
  }
  assert.equal(missed, []);
});

test("refusing tag keys beyond AWS's tagging rules raises observations only, over the whole suite", async () => {
  const mode = BENIGN_MODES.find((m) => m.name === "tag-keys-beyond-aws-rules-refused");
  assert.ok(mode);
  const result = await runTrial(mode, { ...(await trialSettings("emulator", 3)), maxRequests: 600 });
  assert.equal([...result.harnessErrors, ...result.failures.map((f) => `${f.property}: ${checkNames(f)}: ${messagesOf(f)}`)], []);
  assert.ok(result.observations > 0, "the plan's tags beyond those rules were refused");
});

test.run();
