import { test } from "uvu";
import { createContract } from "../../contracts/contract.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_OUTPUTS } from "./fixtures.ts";
import { pointer, setAt, shapePath, type Path } from "./jsonPaths.ts";

const contract = createContract();

const SITES: readonly (readonly ["GetIngestion" | "CreateIngestion" | "GetIngestionDestination" | "UpdateIngestionDestination", Path])[] = [
  ["GetIngestion", ["ingestion", "createdAt"]], ["CreateIngestion", ["ingestion", "updatedAt"]],
  ["GetIngestionDestination", ["ingestionDestination", "createdAt"]],
  ["UpdateIngestionDestination", ["ingestionDestination", "updatedAt"]],
];

const ACCEPTED = [
  "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.123Z", "2024-01-01t00:00:00z", "2024-06-30T23:59:59.999999+05:30",
  "2024-01-01T00:00:00-08:00", "2024-02-29T12:00:00Z",
];
/** Each with the keyword that catches it: the SDK's pattern for syntax, date-time for calendar and clock ranges. */
const REJECTED: readonly (readonly [unknown, string])[] = [
  [1704067200, "type"], ["2024-01-01 00:00:00", "pattern"], ["2024-01-01 00:00:00Z", "pattern"],
  ["2024-01-01T00:00:00", "pattern"], ["2024-01-01T00:00Z", "pattern"], ["2024-01-01T00:00:00+0100", "pattern"],
  ["24-01-01T00:00:00Z", "pattern"], ["2024-01-01", "pattern"], ["", "pattern"], ["Mon, 01 Jan 2024 00:00:00 GMT", "pattern"],
  ["2024-13-01T00:00:00Z", "format"], ["2023-02-29T00:00:00Z", "format"], ["2024-01-01T24:00:00Z", "format"],
  ["2024-01-01T00:60:00Z", "format"],
];

for (const [op, path] of SITES) {
  const name = `${op} output ${shapePath(path)}`;
  test(`${name}: an RFC 3339 string the SDK parses`, () => {
    const at = (value: unknown) => contract.checkOutput(op, setAt(VALID_OUTPUTS[op], path, value));
    for (const value of ACCEPTED) assertValid(at(value), `${name} ${value}`);
    for (const [value, keyword] of REJECTED) assertViolation(at(value), pointer(path), keyword, `${name} ${String(value)}`);
  });
}

const DESTINATION_OPS = ["CreateIngestionDestination", "GetIngestionDestination", "UpdateIngestionDestination"] as const;

for (const op of DESTINATION_OPS) {
  test(`${op} output: statusReason only when status is Failed`, () => {
    const destination = VALID_OUTPUTS[op]["ingestionDestination"] as Record<string, unknown>;
    const { status: _status, ...withoutStatus } = destination;
    const check = (fields: Record<string, unknown>) => contract.checkOutput(op, { ingestionDestination: fields });
    const reasonPath = "/ingestionDestination/statusReason";
    assertValid(check({ ...destination, status: "Failed", statusReason: "bucket is full" }), "Failed with a reason");
    assertValid(check({ ...destination, status: "Failed" }), "Failed without a reason");
    assertValid(check({ ...destination, status: "Active" }), "Active without a reason");
    assertValid(check(withoutStatus), "no status, no reason");
    assertViolation(check({ ...destination, status: "Active", statusReason: "ok" }), reasonPath, "false schema", "Active with a reason");
    assertViolation(check({ ...withoutStatus, statusReason: "pending" }), reasonPath, "false schema", "a reason without a status");
    assertViolation(check({ ...destination, status: "Failed", statusReason: 3 }), reasonPath, "type", "a reason that is no string");
  });
}

test.run();
