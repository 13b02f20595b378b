import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LENGTHS } from "../../contracts/constraints.ts";
import { createContract } from "../../contracts/contract.ts";
import { scalarLength } from "../../contracts/scalarLength.ts";
import { labelsOf, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { INPUT_SCHEMAS } from "../../contracts/schemas/inputs.ts";
import { toFieldViolations } from "../../contracts/toFieldViolations.ts";
import { createDestinationInput } from "../../generators/createDestinationInput.ts";
import { DEFECT_KINDS } from "../../generators/defect.ts";
import { invalidCase } from "../../generators/invalidCase.ts";
import type { JsonSchema } from "../../generators/jsonSchema.ts";
import { updateDestinationInput } from "../../generators/updateDestinationInput.ts";
import { coverageTags } from "../../properties/coverageTags.ts";

const contract = createContract();
const appBundle = { id: "11111111-1111-4111-8111-111111111111", arn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/11111111-1111-4111-8111-111111111111" };
const ingestion = { id: "22222222-2222-4222-8222-222222222222", arn: `${appBundle.arn}/ingestion/22222222-2222-4222-8222-222222222222` };
const destination = { id: "33333333-3333-4333-8333-333333333333", arn: `${ingestion.arn}/ingestiondestination/33333333-3333-4333-8333-333333333333` };
const CREATE = "CreateIngestionDestination";
const UPDATE = "UpdateIngestionDestination";

test("valid create inputs keep the contract and cover every branch and every bound", () => {
  const samples = fc.sample(createDestinationInput({ appBundle, ingestion }), { numRuns: 600, seed: 7 });
  const seen = new Set<string>();
  for (const input of samples) {
    assert.equal(contract.checkInput(CREATE, input), [], JSON.stringify(input));
    for (const tag of coverageTags(CREATE, input)) seen.add(tag);
  }
  for (const tag of ["branch:s3Bucket", "branch:firehoseStream", "prefix:present", "prefix:absent",
    "bound:bucketName:min", "bound:bucketName:max", "bound:prefix:min", "bound:prefix:max",
    "bound:streamName:min", "bound:streamName:max", "schema:ocsf", "schema:raw", "format:json", "format:parquet",
    "tags:50", "tags:0", "tags:1", "clientToken:present", "clientToken:absent", "id:appBundle:arn", "id:appBundle:uuid"]) {
    assert.ok(seen.has(tag), `never generated ${tag}`);
  }
});

test("tag keys and values reach both of their bounds", () => {
  const samples = fc.sample(createDestinationInput({ appBundle, ingestion }), { numRuns: 300, seed: 11 });
  const keyLengths = new Set(samples.flatMap((s) => (s.tags ?? []).map((t) => scalarLength(t.key))));
  const valueLengths = new Set(samples.flatMap((s) => (s.tags ?? []).map((t) => scalarLength(t.value))));
  for (const n of [LENGTHS.tagKey.min, LENGTHS.tagKey.max]) assert.ok(keyLengths.has(n), `no tag key of length ${n}`);
  for (const n of [LENGTHS.tagValue.min, LENGTHS.tagValue.max]) assert.ok(valueLengths.has(n), `no tag value of length ${n}`);
});

test("a sandbox restricts destinations to its own buckets and streams", () => {
  const sandbox = { s3Buckets: ["my-sandbox-bucket"], firehoseStreams: [] };
  for (const input of fc.sample(createDestinationInput({ appBundle, ingestion, sandbox }), { numRuns: 100, seed: 3 })) {
    const dest = input.destinationConfiguration.auditLog.destination;
    assert.ok("s3Bucket" in dest && dest.s3Bucket.bucketName === "my-sandbox-bucket");
  }
});

for (const [operation, valid] of [
  [CREATE, createDestinationInput({ appBundle, ingestion })],
  [UPDATE, updateDestinationInput({ appBundle, ingestion, destination })],
] as const) {
  test(`every invalid ${operation} case breaks the contract exactly where its label says`, () => {
    const arb = invalidCase(valid as fc.Arbitrary<Readonly<Record<string, unknown>>>, INPUT_SCHEMAS[operation] as JsonSchema, { labels: labelsOf(OPERATIONS[operation]) });
    const kinds = new Set<string>();
    for (const c of fc.sample(arb, { numRuns: 1500, seed: 5 })) {
      kinds.add(c.defect.kind);
      const fields = toFieldViolations(contract.checkInput(operation, c.input)).map((v) => v.name);
      assert.ok(fields.length > 0, `contract accepts ${c.defect.kind} at ${c.defect.field}: ${JSON.stringify(c.input).slice(0, 300)}`);
      assert.ok(fields.includes(c.expected.field), `${c.defect.kind}: expected ${c.expected.field} in [${fields.join(", ")}]`);
      assert.is(c.expected.name, "ValidationException");
    }
    const expectedKinds = operation === CREATE
      ? DEFECT_KINDS.filter((k) => !["belowMinimum", "aboveMaximum"].includes(k))
      : ["missingRequired", "unionEmpty", "unionTwoMembers", "unionUnknownMember", "tooShort", "tooLong", "badPattern", "wrongType", "unknownMember"];
    for (const kind of expectedKinds) assert.ok(kinds.has(kind), `${operation}: no ${kind} defect generated`);
  });
}

test.run();
