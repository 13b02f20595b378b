import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract, type SchemaViolation } from "../../contracts/contract.ts";
import { OPERATION_NAMES, OPERATIONS, labelsOf } from "../../contracts/operationCatalogue.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { UUID, VALID_INPUTS, VALID_OUTPUTS } from "./fixtures.ts";
import { allPaths, pointer, setAt, shapePath, type Path } from "./jsonPaths.ts";

const contract = createContract();
/** Identifiers and ARNs are 1..1011 characters (the API Reference; the pinned model carries no lengths). */
const MAX_LENGTH = 1011;
const arnOfLength = (n: number): string => `arn:${"a".repeat(n - "arn:".length)}`;
const UPPER_UUID = UUID.toUpperCase();

interface Member {
  readonly label: string;
  readonly path: Path;
  readonly check: (value: unknown) => readonly SchemaViolation[];
}

const inputMember = (op: (typeof OPERATION_NAMES)[number], name: string): Member => ({
  label: `${op} input ${name}`, path: [name],
  check: (value) => contract.checkInput(op, { ...VALID_INPUTS[op], [name]: value }),
});

const IDENTIFIERS: readonly Member[] = [
  ...OPERATION_NAMES.flatMap((op) => labelsOf(OPERATIONS[op]).filter((l) => l.endsWith("Identifier")).map((l) => inputMember(op, l))),
  inputMember("CreateAppBundle", "customerManagedKeyIdentifier"),
];
const ARNS: readonly Member[] = [
  ...OPERATION_NAMES.filter((op) => labelsOf(OPERATIONS[op]).includes("resourceArn")).map((op) => inputMember(op, "resourceArn")),
  ...OPERATION_NAMES.flatMap((op) => allPaths(VALID_OUTPUTS[op])
    .filter((path) => /arn$/i.test(String(path[path.length - 1])))
    .map((path): Member => ({ label: `${op} output ${shapePath(path)}`, path,
      check: (value) => contract.checkOutput(op, setAt(VALID_OUTPUTS[op], path, value)) }))),
];
const CLIENT_TOKENS: readonly Member[] = OPERATION_NAMES
  .filter((op) => OPERATIONS[op].idempotencyToken === "clientToken").map((op) => inputMember(op, "clientToken"));

function rejects(m: Member, value: string, keyword: string, why: string): void {
  assertViolation(m.check(value), pointer(m.path), keyword, `${m.label} ${why}`);
}

test("every identifier, ARN and client token member is covered", () => {
  // 25 identifier labels + customerManagedKeyIdentifier; 3 resourceArn labels + 17 ARNs in outputs; 3 Creates.
  assert.equal([IDENTIFIERS.length, ARNS.length, CLIENT_TOKENS.length], [26, 20, 3]);
});

for (const m of IDENTIFIERS) {
  test(`${m.label}: an ARN or a lowercase UUID, 1..1011 characters`, () => {
    assertValid(m.check(UUID), `${m.label} lowercase UUID`);
    assertValid(m.check("arn:aws:appfabric:us-east-1:123456789012:appbundle/x"), `${m.label} ARN`);
    assertValid(m.check(arnOfLength(MAX_LENGTH)), `${m.label} 1011 characters`);
    rejects(m, arnOfLength(MAX_LENGTH + 1), "maxLength", "1012 characters");
    rejects(m, "", "minLength", "empty");
    rejects(m, UPPER_UUID, "pattern", "uppercase UUID");
    rejects(m, `${UUID}0`, "pattern", "UUID with a suffix");
    rejects(m, `x${UUID}`, "pattern", "UUID with a prefix");
    rejects(m, "xarn:aws:x", "pattern", "ARN with a prefix");
    rejects(m, "arn:", "pattern", "bare arn:");
    rejects(m, "ARN:aws:x", "pattern", "uppercase ARN");
  });
}

for (const m of ARNS) {
  test(`${m.label}: an ARN only, 1..1011 characters`, () => {
    assertValid(m.check(arnOfLength(MAX_LENGTH)), `${m.label} 1011 characters`);
    rejects(m, arnOfLength(MAX_LENGTH + 1), "maxLength", "1012 characters");
    rejects(m, "", "minLength", "empty");
    rejects(m, UUID, "pattern", "a UUID is not an ARN");
    rejects(m, "xarn:aws:x", "pattern", "ARN with a prefix");
  });
}

for (const m of CLIENT_TOKENS) {
  test(`${m.label}: a lowercase UUID`, () => {
    assertValid(m.check(UUID), `${m.label} lowercase UUID`);
    rejects(m, UPPER_UUID, "pattern", "uppercase UUID");
    rejects(m, `${UUID}0`, "pattern", "UUID with a suffix");
    rejects(m, UUID.replaceAll("-", ""), "pattern", "UUID without dashes");
    rejects(m, "", "pattern", "empty");
    rejects(m, "arn:aws:x", "pattern", "an ARN");
  });
}

test.run();
