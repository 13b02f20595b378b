import { test } from "uvu";
import { createContract, type SchemaViolation } from "../../contracts/contract.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { awsSdkV2Model } from "./awsSdkV2Model.ts";
import { VALID_ERROR_BODIES, VALID_INPUTS, VALID_OUTPUTS, type Doc } from "./fixtures.ts";
import { pointer, setAt, shapePath, type Path } from "./jsonPaths.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ShapeFacts } from "../../drift/ServiceFacts.ts";

const contract = createContract();
const AWS = awsSdkV2Model();

/** The values AWS's model lists for the member at `path` of an operation's input or output. */
function awsEnum(op: OperationName, side: "input" | "output", path: Path): readonly string[] {
  let shape: ShapeFacts = AWS.operations[op]?.[side] ?? { kind: "other", type: "missing" };
  for (const segment of path) {
    if (shape.kind === "list") shape = shape.member;
    if (typeof segment === "string" && (shape.kind === "structure" || shape.kind === "union")) {
      shape = shape.members[segment]?.shape ?? { kind: "other", type: "missing" };
    }
  }
  if (shape.kind !== "string" || shape.enum === undefined) throw new Error(`AWS's model has no enum at ${op} ${side} ${path.join(".")}`);
  return shape.enum;
}

/** ValidationExceptionReason's values, from the API Reference: the pinned model carries no errors. */
const VALIDATION_REASONS = ["unknownOperation", "cannotParse", "fieldValidationFailed", "other"];

interface EnumMember {
  readonly label: string;
  readonly values: readonly string[];
  readonly path: Path;
  readonly check: (doc: unknown) => readonly SchemaViolation[];
  readonly base: Doc;
}

const PROCESSING = ["processingConfiguration", "auditLog"];
const OUT_PROCESSING = ["ingestionDestination", ...PROCESSING];
const MEMBERS: readonly EnumMember[] = [
  { label: "input schema", values: awsEnum("CreateIngestionDestination", "input", [...PROCESSING, "schema"]), path: [...PROCESSING, "schema"],
    check: (d) => contract.checkInput("CreateIngestionDestination", d), base: VALID_INPUTS.CreateIngestionDestination },
  { label: "input format", values: awsEnum("CreateIngestionDestination", "input", [...PROCESSING, "format"]), path: [...PROCESSING, "format"],
    check: (d) => contract.checkInput("CreateIngestionDestination", d), base: VALID_INPUTS.CreateIngestionDestination },
  { label: "input ingestionType", values: awsEnum("CreateIngestion", "input", ["ingestionType"]), path: ["ingestionType"],
    check: (d) => contract.checkInput("CreateIngestion", d), base: VALID_INPUTS.CreateIngestion },
  { label: "output schema", values: awsEnum("GetIngestionDestination", "output", [...OUT_PROCESSING, "schema"]), path: [...OUT_PROCESSING, "schema"],
    check: (d) => contract.checkOutput("GetIngestionDestination", d), base: VALID_OUTPUTS.GetIngestionDestination },
  { label: "output format", values: awsEnum("GetIngestionDestination", "output", [...OUT_PROCESSING, "format"]), path: [...OUT_PROCESSING, "format"],
    check: (d) => contract.checkOutput("GetIngestionDestination", d), base: VALID_OUTPUTS.GetIngestionDestination },
  { label: "output status", values: awsEnum("GetIngestionDestination", "output", ["ingestionDestination", "status"]), path: ["ingestionDestination", "status"],
    check: (d) => contract.checkOutput("GetIngestionDestination", d), base: VALID_OUTPUTS.GetIngestionDestination },
  { label: "output ingestionType", values: awsEnum("GetIngestion", "output", ["ingestion", "ingestionType"]), path: ["ingestion", "ingestionType"],
    check: (d) => contract.checkOutput("GetIngestion", d), base: VALID_OUTPUTS.GetIngestion },
  { label: "output state", values: awsEnum("GetIngestion", "output", ["ingestion", "state"]), path: ["ingestion", "state"],
    check: (d) => contract.checkOutput("GetIngestion", d), base: VALID_OUTPUTS.GetIngestion },
  { label: "output summary state", values: awsEnum("ListIngestions", "output", ["ingestions", 0, "state"]), path: ["ingestions", 0, "state"],
    check: (d) => contract.checkOutput("ListIngestions", d), base: VALID_OUTPUTS.ListIngestions },
  { label: "ValidationException reason", values: VALIDATION_REASONS, path: ["reason"],
    check: (d) => contract.checkError("ValidationException", d), base: VALID_ERROR_BODIES.ValidationException },
];

/** The same word in the wrong case: exact wire values are case-sensitive. */
const wrongCase = (value: string): string => (value === value.toLowerCase() ? value.toUpperCase() : value.toLowerCase());

for (const m of MEMBERS) {
  test(`${m.label} (${shapePath(m.path)}): each value, and nothing else`, () => {
    const at = (value: unknown): readonly SchemaViolation[] => m.check(setAt(m.base, m.path, value));
    for (const value of m.values) {
      assertValid(at(value), `${m.label} ${value}`);
      assertViolation(at(wrongCase(value)), pointer(m.path), "enum", `${m.label} ${wrongCase(value)}`);
      assertViolation(at(value.toUpperCase()), pointer(m.path), "enum", `${m.label} ${value.toUpperCase()}`);
    }
    assertViolation(at(""), pointer(m.path), "enum", `${m.label} empty`);
    assertViolation(at(` ${m.values[0] ?? ""}`), pointer(m.path), "enum", `${m.label} with a space`);
  });
}

test.run();
