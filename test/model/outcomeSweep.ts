/**
 * Every way each operation can come out, driven through the model: existing and missing resources by ARN and
 * UUID, invalid input, quotas, clientToken reuse, tag limits, ingestion preconditions, pagination tokens, values a
 * documented AWS rule outside AppFabric's model forbids (tag characters, bucket and stream names). What
 * decided each outcome, and which error it chose, is collected per operation.
 */
import type { ModelOutcome } from "../../model/index.ts";
import { createDestination, createIngestionIn, firehoseDestination, idOf, PROCESSING, s3Destination, testEnv, withIngestion } from "./modelFixtures.ts";

export interface OperationRules {
  /** Rules that decided a success or a failure. */
  readonly decidedBy: Set<string>;
  /** Rules that chose which error. */
  readonly errorChosenBy: Set<string>;
}

const invalidWhen = (bad: (input: Readonly<Record<string, unknown>>) => boolean) =>
  testEnv((_op, input) => (bad(input) ? [{ name: "x", message: "invalid" }] : []));

export function outcomeSweep(): Map<string, OperationRules> {
  const rules = new Map<string, OperationRules>();
  const note = (operation: string, outcome: ModelOutcome) => {
    const entry = rules.get(operation) ?? { decidedBy: new Set<string>(), errorChosenBy: new Set<string>() };
    for (const id of outcome.decidedBy ?? []) entry.decidedBy.add(id);
    if (!outcome.ok) for (const id of outcome.basis) entry.errorChosenBy.add(id);
    rules.set(operation, entry);
  };
  const fx = withIngestion(invalidWhen((input) => input["invalid"] === true));
  const call = (operation: string, input: Record<string, unknown>) => note(operation, fx.model.handle(operation, input));
  const missing = "99999999-9999-4999-8999-999999999999";
  const token = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  // Beyond AWS's general tagging rules ("#"), S3's bucket naming rules (a leading hyphen), Firehose's stream names (a space).
  const beyondTags = [{ key: "#", value: "v" }];
  const create = (extra: Record<string, unknown> = {}) => ({ ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b"), ...extra });

  call("CreateAppBundle", {});
  call("CreateAppBundle", {});
  call("CreateAppBundle", { invalid: true });
  call("CreateAppBundle", { tags: beyondTags });
  call("CreateIngestion", { appBundleIdentifier: missing, app: "a", tenantId: "t", ingestionType: "auditLog" });
  call("CreateIngestion", { appBundleIdentifier: fx.bundleArn, app: "a", tenantId: "t", ingestionType: "auditLog", clientToken: token });
  call("CreateIngestion", { appBundleIdentifier: fx.bundleArn, app: "a", tenantId: "t", ingestionType: "auditLog", clientToken: token });
  call("CreateIngestion", { appBundleIdentifier: fx.bundleArn, app: "b", tenantId: "t", ingestionType: "auditLog", clientToken: token });
  call("CreateIngestion", { appBundleIdentifier: fx.bundleArn, app: "a", tenantId: "beyond", ingestionType: "auditLog", tags: beyondTags });
  while (fx.model.state.ingestions.length < 50) createIngestionIn(fx.model, fx.bundleArn, `tenant-${fx.model.state.ingestions.length}`);
  call("CreateIngestion", { appBundleIdentifier: fx.bundleArn, app: "a", tenantId: "over", ingestionType: "auditLog" });
  call("CreateIngestion", { appBundleIdentifier: fx.bundleArn, app: "a", tenantId: "over", ingestionType: "auditLog", tags: beyondTags });

  call("CreateIngestionDestination", create({ ingestionIdentifier: missing }));
  call("CreateIngestionDestination", create({ ingestionIdentifier: `arn:aws:appfabric:eu-west-1:123456789012:appbundle/${missing}/ingestion/${missing}` }));
  call("CreateIngestionDestination", create({ invalid: true }));
  call("CreateIngestionDestination", create({ clientToken: token }));
  call("CreateIngestionDestination", create({ clientToken: token }));
  call("CreateIngestionDestination", create({ clientToken: token, destinationConfiguration: s3Destination("c") }));
  call("CreateIngestionDestination", create({ processingConfiguration: { auditLog: { schema: "raw", format: "parquet" } } }));
  for (const destinationConfiguration of [s3Destination("-b-"), firehoseDestination("a b")]) {
    call("CreateIngestionDestination", create({ tags: beyondTags, destinationConfiguration }));
    fx.model.handle("DeleteIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: fx.model.state.destinations.at(-1)?.arn });
  }
  const forgotten = "bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  const once = createDestination(fx, { clientToken: forgotten });
  call("DeleteIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: once });
  call("CreateIngestionDestination", create({ clientToken: forgotten }));
  const arn = createDestination(fx, { tags: [{ key: "a", value: "1" }] });
  const parquet = createDestination(fx, { processingConfiguration: { auditLog: { schema: "ocsf", format: "parquet" } } });
  call("UpdateIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: parquet, destinationConfiguration: firehoseDestination("s") });
  while (fx.model.state.destinations.length < 5) createDestination(fx);
  call("CreateIngestionDestination", create());
  call("CreateIngestionDestination", create({ invalid: true }));
  call("CreateIngestionDestination", create({ processingConfiguration: { auditLog: { schema: "raw", format: "parquet" } } }));
  call("CreateIngestionDestination", create({ tags: beyondTags }));

  const address = { ...fx.parents, ingestionDestinationIdentifier: arn };
  const gone = { ...fx.parents, ingestionDestinationIdentifier: `${fx.ingestionArn}/ingestiondestination/${missing}` };
  for (const [operation, extra] of [["GetIngestionDestination", {}], ["UpdateIngestionDestination", { destinationConfiguration: firehoseDestination("s") }],
    ["UpdateIngestionDestination", { destinationConfiguration: firehoseDestination("a b") }], ["DeleteIngestionDestination", {}]] as const) {
    call(operation, { ...gone, ...extra });
    call(operation, { ...gone, ...extra, invalid: true });
    call(operation, { ...address, ingestionDestinationIdentifier: idOf(arn).toUpperCase(), ...extra });
    call(operation, { ...address, ...extra, invalid: true });
  }
  call("UpdateIngestionDestination", { ...address, destinationConfiguration: firehoseDestination("s") });
  call("UpdateIngestionDestination", { ...address, destinationConfiguration: firehoseDestination("a b") });
  call("GetIngestionDestination", address);
  call("ListIngestionDestinations", { ...fx.parents, ingestionIdentifier: missing });
  call("ListIngestionDestinations", { ...fx.parents, maxResults: 1 });
  call("ListIngestionDestinations", { ...fx.parents, nextToken: "bogus" });
  call("ListIngestionDestinations", fx.parents);
  call("TagResource", { resourceArn: arn, tags: [{ key: "b", value: "2" }] });
  call("TagResource", { resourceArn: arn, tags: beyondTags });
  call("TagResource", { resourceArn: arn, tags: Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: "v" })) });
  call("UntagResource", { resourceArn: arn, tagKeys: ["b"] });
  call("UntagResource", { resourceArn: arn, tagKeys: ["never-there"] });
  call("UntagResource", { resourceArn: arn, tagKeys: beyondTags.map((t) => t.key) });
  call("TagResource", { resourceArn: `${fx.ingestionArn}/ingestiondestination/${missing}`, tags: beyondTags });
  call("UntagResource", { resourceArn: `${fx.ingestionArn}/ingestiondestination/${missing}`, tagKeys: ["#"] });
  call("ListTagsForResource", { resourceArn: arn });
  for (const operation of ["TagResource", "UntagResource", "ListTagsForResource"]) {
    call(operation, { resourceArn: `${fx.ingestionArn}/ingestiondestination/${missing}`, tags: [], tagKeys: [] });
    call(operation, { resourceArn: "arn:aws:s3:::not-appfabric", tags: [], tagKeys: [] });
  }
  call("DeleteIngestionDestination", address);

  const ingestion = { appBundleIdentifier: fx.bundleArn, ingestionIdentifier: fx.ingestionArn };
  call("GetIngestion", ingestion);
  call("GetIngestion", { ...ingestion, ingestionIdentifier: missing });
  call("ListIngestions", { appBundleIdentifier: fx.bundleArn });
  call("ListIngestions", { appBundleIdentifier: missing });
  call("DeleteIngestion", ingestion);
  call("StopIngestion", ingestion);
  call("StartIngestion", { ...ingestion, ingestionIdentifier: missing });
  call("DeleteIngestion", ingestion);
  for (const d of fx.model.state.destinations) call("DeleteIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: d.arn });
  call("DeleteIngestion", ingestion);
  call("DeleteIngestion", ingestion);
  call("StartIngestion", { ...ingestion, ingestionIdentifier: fx.model.state.ingestions[0]?.arn ?? "" });
  call("GetAppBundle", { appBundleIdentifier: fx.bundleArn });
  call("GetAppBundle", { appBundleIdentifier: missing });
  call("ListAppBundles", {});
  call("DeleteAppBundle", { appBundleIdentifier: fx.bundleArn });
  call("DeleteAppBundle", { appBundleIdentifier: missing });
  call("NoSuchOperation", {});
  return rules;
}
