/** The planted bugs at the Handle level: each answers wrongly in its one way, and like the model everywhere else. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract } from "../../contracts/contract.ts";
import { inputValidator } from "../../contracts/inputValidator.ts";
import { clientTokenIgnored } from "../../emulator/mutants/clientTokenIgnored.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";
import { persistentInternalError } from "../../emulator/mutants/persistentInternalError.ts";
import { phantomCreateOverQuota } from "../../emulator/mutants/phantomCreateOverQuota.ts";
import { quotaNotEnforced } from "../../emulator/mutants/quotaNotEnforced.ts";
import { untagRemovesNothing } from "../../emulator/mutants/untagRemovesNothing.ts";
import { updateAfterDeleteSucceeds } from "../../emulator/mutants/updateAfterDeleteSucceeds.ts";
import type { Handle } from "../../emulator/types.ts";
import { QUOTAS, type ModelInput } from "../../model/index.ts";
import { modelHandle } from "../../targets/modelTarget.ts";
import { err, list, ok, PROCESSING, rec, s3Destination, testEnv, text } from "../model/modelFixtures.ts";

const validate = inputValidator(createContract());
const QUOTA = QUOTAS.destinationsPerIngestion.limit;
const TOKEN = "0f0e0d0c-0b0a-4908-8706-050403020100";

/** A fresh service (the mutant planted, or none) holding one app bundle and one ingestion. */
function service(mutant?: Mutant) {
  const handle: Handle = modelHandle(testEnv(validate), mutant);
  const bundle = text(rec(ok(handle("CreateAppBundle", {})).appBundle).arn);
  const ingestion = text(rec(ok(handle("CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" })).ingestion).arn);
  const parents = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion };
  const createInput = (extra: ModelInput = {}): ModelInput => ({ ...parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("bucket-a"), ...extra });
  const create = (extra: ModelInput = {}) => handle("CreateIngestionDestination", createInput(extra));
  const arnOf = (outcome: ReturnType<Handle>) => text(rec(ok(outcome).ingestionDestination).arn);
  const listed = () => list(ok(handle("ListIngestionDestinations", { ...parents, maxResults: 100 })).ingestionDestinations);
  return { handle, parents, createInput, create, arnOf, listed };
}

test("client-token-ignored: a retry with a valid token creates a duplicate; an invalid token is refused as the model refuses it", () => {
  const mutated = service(clientTokenIgnored), plain = service();
  assert.is.not(mutated.arnOf(mutated.create({ clientToken: TOKEN })), mutated.arnOf(mutated.create({ clientToken: TOKEN })));
  assert.is(plain.arnOf(plain.create({ clientToken: TOKEN })), plain.arnOf(plain.create({ clientToken: TOKEN })));
  const refused = err(mutated.create({ clientToken: "not-a-uuid" }), "ValidationException");
  assert.equal(refused, err(plain.create({ clientToken: "not-a-uuid" }), "ValidationException"));
  assert.is(mutated.listed().length, 2, "the refused create made nothing");
});

test("quota-not-enforced: a destination past the quota is accepted and really created", () => {
  const mutated = service(quotaNotEnforced), plain = service();
  for (let i = 0; i < QUOTA; i++) {
    mutated.arnOf(mutated.create());
    plain.arnOf(plain.create());
  }
  err(plain.create(), "ServiceQuotaExceededException");
  const extra = mutated.arnOf(mutated.create());
  assert.is(mutated.listed().length, QUOTA + 1);
  assert.is(rec(mutated.listed().at(-1)).arn, extra, "still listed in creation order");
  assert.is(text(rec(ok(mutated.handle("GetIngestionDestination", { ...mutated.parents, ingestionDestinationIdentifier: extra })).ingestionDestination).arn), extra);
  err(mutated.handle("CreateIngestionDestination", mutated.createInput({ ingestionIdentifier: "00000000-0000-4000-8000-000000000000" })), "ValidationException");
});

test("persistent-internal-error: some inputs fail with InternalServerException every time, whatever their clientToken; the rest succeed", () => {
  const mutated = service(persistentInternalError);
  const doomed: string[] = [];
  for (let i = 0; i < 48; i++) {
    const bucket = `bucket-${i}`;
    const first = mutated.create({ destinationConfiguration: s3Destination(bucket) });
    if (first.ok) {
      ok(mutated.handle("DeleteIngestionDestination", { ...mutated.parents, ingestionDestinationIdentifier: mutated.arnOf(first) }));
      continue;
    }
    doomed.push(bucket);
    assert.is(first.error.name, "InternalServerException");
    for (const clientToken of [TOKEN, "1f0e0d0c-0b0a-4908-8706-050403020100"]) {
      assert.is(err(mutated.create({ destinationConfiguration: s3Destination(bucket), clientToken }), "InternalServerException").retryAfterSeconds, 0);
    }
  }
  assert.ok(doomed.length >= 1 && doomed.length <= 16, `${doomed.length} of 48 inputs always fail`);
  assert.is(mutated.listed().length, 0, "what succeeded was deleted; what failed created nothing");
});

test("update-after-delete-succeeds: an update of a deleted destination answers 200 and stores nothing", () => {
  const mutated = service(updateAfterDeleteSucceeds);
  const arn = mutated.arnOf(mutated.create());
  const address = { ...mutated.parents, ingestionDestinationIdentifier: arn };
  ok(mutated.handle("DeleteIngestionDestination", address));
  const updated = rec(ok(mutated.handle("UpdateIngestionDestination", { ...address, destinationConfiguration: s3Destination("bucket-b") })).ingestionDestination);
  assert.is(updated.arn, arn);
  assert.equal(updated.destinationConfiguration, s3Destination("bucket-b"));
  err(mutated.handle("GetIngestionDestination", address), "ResourceNotFoundException");
  err(mutated.handle("UpdateIngestionDestination", { ...address, ingestionDestinationIdentifier: "00000000-0000-4000-8000-000000000000", destinationConfiguration: s3Destination("bucket-b") }), "ResourceNotFoundException");
});

test("phantom-create-over-quota: a create past the quota answers success with a destination that does not exist", () => {
  const mutated = service(phantomCreateOverQuota);
  for (let i = 0; i < QUOTA; i++) mutated.arnOf(mutated.create());
  const phantom = rec(ok(mutated.create()).ingestionDestination);
  assert.is(phantom.ingestionArn, mutated.parents.ingestionIdentifier);
  assert.match(text(phantom.arn), new RegExp(`^${mutated.parents.ingestionIdentifier}/ingestiondestination/[0-9a-f-]{36}$`));
  assert.equal(createContract().checkOutput("CreateIngestionDestination", JSON.parse(JSON.stringify(ok(mutated.create())))), []);
  err(mutated.handle("GetIngestionDestination", { ...mutated.parents, ingestionDestinationIdentifier: phantom.arn }), "ResourceNotFoundException");
  assert.is(mutated.listed().length, QUOTA);
});

test("untag-removes-nothing: UntagResource succeeds and the tags stay; a missing resource is still not found", () => {
  const mutated = service(untagRemovesNothing);
  const tags = [{ key: "a", value: "1" }, { key: "b", value: "2" }];
  const resourceArn = mutated.arnOf(mutated.create({ tags }));
  assert.equal(ok(mutated.handle("UntagResource", { resourceArn, tagKeys: ["a"] })), {});
  assert.equal(ok(mutated.handle("ListTagsForResource", { resourceArn })).tags, tags);
  err(mutated.handle("UntagResource", { resourceArn: `${resourceArn}0`, tagKeys: ["a"] }), "ResourceNotFoundException");
});

test.run();
