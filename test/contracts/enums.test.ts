import { test } from "uvu";
import * as assert from "uvu/assert";
import { ENUMS } from "../../contracts/constraints.ts";
import { createContract, type SchemaViolation } from "../../contracts/contract.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_ERROR_BODIES, VALID_INPUTS, VALID_OUTPUTS, type Doc } from "./fixtures.ts";
import { pointer, setAt, shapePath, type Path } from "./jsonPaths.ts";

const contract = createContract();

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
  { label: "input schema", values: ENUMS.schema, path: [...PROCESSING, "schema"],
    check: (d) => contract.checkInput("CreateIngestionDestination", d), base: VALID_INPUTS.CreateIngestionDestination },
  { label: "input format", values: ENUMS.format, path: [...PROCESSING, "format"],
    check: (d) => contract.checkInput("CreateIngestionDestination", d), base: VALID_INPUTS.CreateIngestionDestination },
  { label: "input ingestionType", values: ENUMS.ingestionType, path: ["ingestionType"],
    check: (d) => contract.checkInput("CreateIngestion", d), base: VALID_INPUTS.CreateIngestion },
  { label: "output schema", values: ENUMS.schema, path: [...OUT_PROCESSING, "schema"],
    check: (d) => contract.checkOutput("GetIngestionDestination", d), base: VALID_OUTPUTS.GetIngestionDestination },
  { label: "output format", values: ENUMS.format, path: [...OUT_PROCESSING, "format"],
    check: (d) => contract.checkOutput("GetIngestionDestination", d), base: VALID_OUTPUTS.GetIngestionDestination },
  { label: "output status", values: ENUMS.destinationStatus, path: ["ingestionDestination", "status"],
    check: (d) => contract.checkOutput("GetIngestionDestination", d), base: VALID_OUTPUTS.GetIngestionDestination },
  { label: "output ingestionType", values: ENUMS.ingestionType, path: ["ingestion", "ingestionType"],
    check: (d) => contract.checkOutput("GetIngestion", d), base: VALID_OUTPUTS.GetIngestion },
  { label: "output state", values: ENUMS.ingestionState, path: ["ingestion", "state"],
    check: (d) => contract.checkOutput("GetIngestion", d), base: VALID_OUTPUTS.GetIngestion },
  { label: "output summary state", values: ENUMS.ingestionState, path: ["ingestions", 0, "state"],
    check: (d) => contract.checkOutput("ListIngestions", d), base: VALID_OUTPUTS.ListIngestions },
  { label: "ValidationException reason", values: ENUMS.validationReason, path: ["reason"],
    check: (d) => contract.checkError("ValidationException", d), base: VALID_ERROR_BODIES.ValidationException },
];

/** The same word in the wrong case: exact wire values are case-sensitive. */
const wrongCase = (value: string): string => (value === value.toLowerCase() ? value.toUpperCase() : value.toLowerCase());

test("the constants carry the documented wire values (the API model's enum shapes)", () => {
  assert.equal(ENUMS, {
    schema: ["ocsf", "raw"], format: ["json", "parquet"], ingestionType: ["auditLog"],
    ingestionState: ["enabled", "disabled"], destinationStatus: ["Active", "Failed"],
    validationReason: ["unknownOperation", "cannotParse", "fieldValidationFailed", "other"],
  });
});

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
