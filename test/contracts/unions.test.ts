import { test } from "uvu";
import { UNIONS } from "../../contracts/constraints.ts";
import { createContract, type SchemaViolation } from "../../contracts/contract.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_INPUTS, VALID_OUTPUTS, type Doc } from "./fixtures.ts";
import { pointer, setAt, shapePath, type Path } from "./jsonPaths.ts";

const contract = createContract();
type UnionName = keyof typeof UNIONS;

/** A valid value for each member of each union. */
const MEMBER_VALUES: { readonly [U in UnionName]: Readonly<Record<(typeof UNIONS)[U][number], unknown>> } = {
  ProcessingConfiguration: { auditLog: { schema: "raw", format: "json" } },
  DestinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "stream" } } } },
  Destination: { s3Bucket: { bucketName: "bucket" }, firehoseStream: { streamName: "stream" } },
};

interface Site {
  readonly label: string;
  readonly union: UnionName;
  readonly path: Path;
  readonly input: boolean;
  readonly check: (doc: unknown) => readonly SchemaViolation[];
  readonly base: Doc;
}

const DEST = ["destinationConfiguration", "auditLog", "destination"];
const inputSite = (op: OperationName, union: UnionName, path: Path): Site => ({
  label: `${op} input`, union, path, input: true, check: (d) => contract.checkInput(op, d), base: VALID_INPUTS[op],
});
const OUTPUT_OPS = ["CreateIngestionDestination", "GetIngestionDestination", "UpdateIngestionDestination"] as const;
const SITES: readonly Site[] = [
  inputSite("CreateIngestionDestination", "ProcessingConfiguration", ["processingConfiguration"]),
  ...(["CreateIngestionDestination", "UpdateIngestionDestination"] as const).flatMap((op) => [
    inputSite(op, "DestinationConfiguration", ["destinationConfiguration"]),
    inputSite(op, "Destination", DEST),
  ]),
  ...OUTPUT_OPS.flatMap((op) => ([
    ["ProcessingConfiguration", ["processingConfiguration"]],
    ["DestinationConfiguration", ["destinationConfiguration"]],
    ["Destination", DEST],
  ] as const).map(([union, path]): Site => ({ label: `${op} output`, union, path: ["ingestionDestination", ...path],
    input: false, check: (d) => contract.checkOutput(op, d), base: VALID_OUTPUTS[op] }))),
];

for (const s of SITES) {
  const name = `${s.label} ${shapePath(s.path)} (${s.union})`;
  const at = (value: unknown): readonly SchemaViolation[] => s.check(setAt(s.base, s.path, value));
  const here = pointer(s.path);
  const members: Readonly<Record<string, unknown>> = MEMBER_VALUES[s.union];

  test(`${name}: exactly one member`, () => {
    assertViolation(at({}), here, "minProperties", `${name} with no member`);
    for (const [member, value] of Object.entries(members)) assertValid(at({ [member]: value }), `${name} ${member}`);
    const two = Object.keys(members).length > 1 ? { ...members } : { ...members, newMember: { any: 1 } };
    assertViolation(at(two), here, "maxProperties", `${name} with two members`);
    assertViolation(at({ newMember: {}, otherMember: {} }), here, "maxProperties", `${name} with two unknown members`);
    for (const member of Object.keys(members)) {
      assertViolation(at({ [member]: null }), `${here}/${member}`, "type", `${name} ${member} null`);
    }
  });

  test(`${name}: a lone unknown member is ${s.input ? "rejected" : "accepted"}`, () => {
    const unknown = at({ newMember: { any: 1 } });
    if (s.input) {
      assertViolation(unknown, here, "additionalProperties", name, { additionalProperty: "newMember" });
      assertViolation(at({ $unknown: ["newMember", {}] }), here, "additionalProperties", `${name} $unknown`);
    } else {
      assertValid(unknown, `${name} newMember`);
      assertValid(at({ $unknown: ["newMember", {}] }), `${name} as the SDK's $unknown`);
    }
  });
}

test.run();
