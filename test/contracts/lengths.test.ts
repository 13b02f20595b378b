import { test } from "uvu";
import type { LengthRange } from "../../contracts/constraints.ts";
import { createContract, type SchemaViolation } from "../../contracts/contract.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_INPUTS, VALID_OUTPUTS, type Doc } from "./fixtures.ts";
import { pointer, setAt, shapePath, type Path } from "./jsonPaths.ts";

const contract = createContract();

/**
 * The bounds AWS's API Reference documents for each member (its length and range constraints), written here
 * apart from contracts/constraints.ts: the pinned aws-sdk v2 model carries no lengths for the conformance test
 * to compare, so this second transcription is what catches a slip in a constant or a member bound to the
 * wrong one. `drift` compares them with any model that states them.
 */
const DOCUMENTED = {
  bucketName: { min: 3, max: 63 }, prefix: { min: 1, max: 120 }, streamName: { min: 3, max: 64 }, app: { min: 1, max: 255 },
  tenantId: { min: 1, max: 1024 }, appBundlesNextToken: { min: 1, max: 2048 }, tagList: { min: 0, max: 50 },
  tagKey: { min: 1, max: 128 }, tagValue: { min: 0, max: 256 }, tagKeyList: { min: 0, max: 200 }, maxResults: { min: 1, max: 100 },
} as const satisfies Record<string, LengthRange>;

type Kind = "string" | "list" | "integer";
const KEYWORDS: Readonly<Record<Kind, readonly [string, string]>> = {
  string: ["minLength", "maxLength"], list: ["minItems", "maxItems"], integer: ["minimum", "maximum"],
};
const MAKE: Readonly<Record<Kind, (n: number) => unknown>> = {
  string: (n) => "x".repeat(n),
  list: (n) => Array.from({ length: n }, (_, i) => `k${i}`),
  integer: (n) => n,
};
const tagList = (n: number): unknown => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: "v" }));

interface Boundary {
  readonly label: string;
  readonly check: (doc: unknown) => readonly SchemaViolation[];
  readonly base: Doc;
  readonly path: Path;
  readonly range: LengthRange;
  readonly kind: Kind;
  readonly make?: (n: number) => unknown;
}

const input = (op: OperationName, path: Path, range: LengthRange, kind: Kind = "string", make?: (n: number) => unknown,
): Boundary => ({ label: `${op} input`, check: (d) => contract.checkInput(op, d), base: VALID_INPUTS[op], path, range, kind,
  ...(make ? { make } : {}) });
const output = (op: OperationName, path: Path, range: LengthRange, base: Doc = VALID_OUTPUTS[op], kind: Kind = "string",
  make?: (n: number) => unknown): Boundary => ({ label: `${op} output`, check: (d) => contract.checkOutput(op, d), base,
  path, range, kind, ...(make ? { make } : {}) });

const DEST = ["destinationConfiguration", "auditLog", "destination"];
const OUT_DEST = ["ingestionDestination", ...DEST];
const FIREHOSE_OUT = setAt(VALID_OUTPUTS.GetIngestionDestination, OUT_DEST, { firehoseStream: { streamName: "abc" } }) as Doc;
const TAG_OPS = ["CreateAppBundle", "CreateIngestion", "CreateIngestionDestination", "TagResource"] as const;
const PAGED = ["ListAppBundles", "ListIngestions", "ListIngestionDestinations"] as const;

const BOUNDARIES: readonly Boundary[] = [
  input("CreateIngestionDestination", [...DEST, "s3Bucket", "bucketName"], DOCUMENTED.bucketName),
  input("CreateIngestionDestination", [...DEST, "s3Bucket", "prefix"], DOCUMENTED.prefix),
  input("UpdateIngestionDestination", [...DEST, "firehoseStream", "streamName"], DOCUMENTED.streamName),
  input("CreateIngestion", ["app"], DOCUMENTED.app),
  input("CreateIngestion", ["tenantId"], DOCUMENTED.tenantId),
  input("ListAppBundles", ["nextToken"], DOCUMENTED.appBundlesNextToken),
  ...TAG_OPS.flatMap((op) => [
    input(op, ["tags"], DOCUMENTED.tagList, "list", tagList),
    input(op, ["tags", 0, "key"], DOCUMENTED.tagKey),
    input(op, ["tags", 0, "value"], DOCUMENTED.tagValue),
  ]),
  input("UntagResource", ["tagKeys"], DOCUMENTED.tagKeyList, "list"),
  input("UntagResource", ["tagKeys", 0], DOCUMENTED.tagKey),
  ...PAGED.map((op) => input(op, ["maxResults"], DOCUMENTED.maxResults, "integer")),
  output("GetIngestionDestination", [...OUT_DEST, "s3Bucket", "bucketName"], DOCUMENTED.bucketName),
  output("GetIngestionDestination", [...OUT_DEST, "s3Bucket", "prefix"], DOCUMENTED.prefix),
  output("GetIngestionDestination", [...OUT_DEST, "firehoseStream", "streamName"], DOCUMENTED.streamName, FIREHOSE_OUT),
  output("GetIngestion", ["ingestion", "app"], DOCUMENTED.app),
  output("GetIngestion", ["ingestion", "tenantId"], DOCUMENTED.tenantId),
  output("ListIngestions", ["ingestions", 0, "app"], DOCUMENTED.app),
  output("ListIngestions", ["ingestions", 0, "tenantId"], DOCUMENTED.tenantId),
  output("ListAppBundles", ["nextToken"], DOCUMENTED.appBundlesNextToken),
  output("ListTagsForResource", ["tags"], DOCUMENTED.tagList, undefined, "list", tagList),
  output("ListTagsForResource", ["tags", 0, "key"], DOCUMENTED.tagKey),
  output("ListTagsForResource", ["tags", 0, "value"], DOCUMENTED.tagValue),
];

for (const b of BOUNDARIES) {
  const name = `${b.label} ${shapePath(b.path)} ${b.range.min}..${b.range.max}`;
  test(name, () => {
    const make = b.make ?? MAKE[b.kind];
    const [low, high] = KEYWORDS[b.kind];
    const at = (n: number): readonly SchemaViolation[] => b.check(setAt(b.base, b.path, make(n)));
    assertValid(at(b.range.min), `${name} at min`);
    assertValid(at(b.range.max), `${name} at max`);
    if (b.kind === "integer" || b.range.min > 0) assertViolation(at(b.range.min - 1), pointer(b.path), low, `${name} at min-1`);
    assertViolation(at(b.range.max + 1), pointer(b.path), high, `${name} at max+1`);
  });
}

test("lengths count code points, as the Smithy length trait does", () => {
  const path = [...DEST, "s3Bucket", "bucketName"];
  const check = (value: string): readonly SchemaViolation[] =>
    contract.checkInput("CreateIngestionDestination", setAt(VALID_INPUTS.CreateIngestionDestination, path, value));
  const emoji = "\u{1F600}";
  assertValid(check(emoji.repeat(DOCUMENTED.bucketName.max)), "63 astral code points (126 UTF-16 units)");
  assertViolation(check(emoji.repeat(DOCUMENTED.bucketName.max + 1)), pointer(path), "maxLength", "64 code points");
  assertValid(check(emoji.repeat(DOCUMENTED.bucketName.min)), "3 astral code points");
});

test("maxResults must be an integer", () => {
  for (const op of PAGED) {
    for (const value of [1.5, "10", null]) {
      const doc = { ...VALID_INPUTS[op], maxResults: value };
      assertViolation(contract.checkInput(op, doc), "/maxResults", "type", `${op} maxResults ${String(value)}`);
    }
  }
});

test("the other nextTokens are unconstrained strings", () => {
  for (const op of ["ListIngestions", "ListIngestionDestinations"] as const) {
    const token = "x".repeat(DOCUMENTED.appBundlesNextToken.max + 1);
    assertValid(contract.checkInput(op, { ...VALID_INPUTS[op], nextToken: token }), `${op} long nextToken`);
    assertValid(contract.checkOutput(op, { ...VALID_OUTPUTS[op], nextToken: "" }), `${op} empty nextToken`);
  }
});

test.run();
