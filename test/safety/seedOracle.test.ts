import { test } from "uvu";
import * as assert from "uvu/assert";
import { QUOTAS } from "../../model/index.ts";
import { seedOracle } from "../../safety/seedOracle.ts";
import { sweepTagged } from "../../safety/sweepTagged.ts";
import { localEnv, localModelTarget } from "../properties/harness.ts";
import { arnOf, family, ok, PROCESSING, S3 } from "./safetyFixtures.ts";

test("the oracle is seeded with the real parents and foreign destinations, so it predicts the quota the target enforces", async () => {
  const target = localModelTarget();
  const { bundle, ingestion, destination } = await family(target);
  const ids = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion };
  const extra = QUOTAS.destinationsPerIngestion.limit - 2;
  for (let i = 0; i < extra; i++) await ok(target, "CreateIngestionDestination", { ...ids, processingConfiguration: PROCESSING, destinationConfiguration: S3 });
  const seeded = await seedOracle(target, { appBundle: bundle.split("/").at(-1) ?? "", ingestion }, localEnv.validate);
  assert.equal(seeded.parents.appBundle.arn, bundle);
  assert.is(seeded.foreign.length, extra + 1);
  assert.ok(seeded.foreign.includes(destination));
  const create = { ...ids, processingConfiguration: PROCESSING, destinationConfiguration: S3 };
  const fifth = await target.send("CreateIngestionDestination", create);
  assert.ok(fifth.ok);
  assert.ok(seeded.oracle.seed("CreateIngestionDestination", create, { id: arnOf(fifth.output as Record<string, unknown>).split("/").at(-1) ?? "" }).ok);
  const sixth = seeded.oracle.seed("CreateIngestionDestination", create, {});
  assert.is(sixth.ok ? "ok" : sixth.error.name, "ServiceQuotaExceededException");
  const listed = seeded.oracle.seed("ListIngestionDestinations", ids, {});
  assert.equal(listed.ok && listed.output, (await ok(target, "ListIngestionDestinations", ids)));
});

test("a sandbox sweep finds only the named ingestion's destinations that carry the tag key", async () => {
  const target = localModelTarget();
  const { bundle, ingestion, destination } = await family(target);
  const ids = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion };
  const tagged = arnOf(await ok(target, "CreateIngestionDestination", { ...ids, processingConfiguration: PROCESSING, destinationConfiguration: S3,
    tags: [{ key: "appfabric-harness:run-id", value: "an-earlier-run" }] }));
  assert.equal(await sweepTagged(target, "appfabric-harness:run-id", { appBundle: bundle, ingestion }), [tagged]);
  assert.equal(await sweepTagged(target, "appfabric-harness:run-id", { appBundle: bundle, ingestion }, "an-earlier-run"), [tagged]);
  assert.equal(await sweepTagged(target, "appfabric-harness:run-id", { appBundle: bundle, ingestion }, "another-run"), [], "one run's sweep leaves another run's resources");
  assert.equal(await sweepTagged(target, "appfabric-harness:run-id"), [], "an untagged app bundle is not the harness's");
  await ok(target, "TagResource", { resourceArn: bundle, tags: [{ key: "appfabric-harness:run-id", value: "an-earlier-run" }] });
  assert.equal(await sweepTagged(target, "appfabric-harness:run-id"), [bundle, ingestion, destination, tagged], "a tagged bundle goes with everything under it");
});

test.run();
