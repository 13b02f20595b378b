import { test } from "uvu";
import { createContract, type SchemaViolation } from "../../contracts/contract.ts";
import { ERROR_NAMES } from "../../contracts/errorCatalogue.ts";
import { OPERATION_NAMES } from "../../contracts/operationCatalogue.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_ERROR_BODIES, VALID_INPUTS, VALID_OUTPUTS, type Doc } from "./fixtures.ts";
import { allPaths, memberPaths, pointer, removeAt, setAt, shapePath, type Path } from "./jsonPaths.ts";
import {
  REQUIRED_ERROR_MEMBERS, REQUIRED_INPUT_MEMBERS, REQUIRED_OUTPUT_MEMBERS, UNION_MEMBERS,
} from "./requiredMembers.ts";

const contract = createContract();

interface Case {
  readonly label: string;
  readonly check: (doc: unknown) => readonly SchemaViolation[];
  readonly valid: Doc;
  readonly required: readonly string[];
  /** Inputs reject unknown members; outputs and error bodies tolerate them. */
  readonly closed: boolean;
}

const CASES: readonly Case[] = [
  ...OPERATION_NAMES.map((op) => ({ label: `${op} input`, check: (d: unknown) => contract.checkInput(op, d),
    valid: VALID_INPUTS[op], required: REQUIRED_INPUT_MEMBERS[op], closed: true })),
  ...OPERATION_NAMES.map((op) => ({ label: `${op} output`, check: (d: unknown) => contract.checkOutput(op, d),
    valid: VALID_OUTPUTS[op], required: REQUIRED_OUTPUT_MEMBERS[op], closed: false })),
  ...ERROR_NAMES.map((name) => ({ label: `${name} body`, check: (d: unknown) => contract.checkError(name, d),
    valid: VALID_ERROR_BODIES[name], required: REQUIRED_ERROR_MEMBERS[name], closed: false })),
];

function wrongType(value: unknown): unknown {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return "42";
  return Array.isArray(value) ? {} : [];
}

const isUnion = (path: Path): boolean => UNION_MEMBERS.has(String(path[path.length - 1]));

for (const c of CASES) {
  test(`${c.label}: the full fixture is accepted`, () => {
    assertValid(c.check(c.valid), c.label);
  });

  test(`${c.label}: each required member is required, each other member optional`, () => {
    for (const path of memberPaths(c.valid)) {
      const violations = c.check(removeAt(c.valid, path));
      const parent = path.slice(0, -1);
      const label = `${c.label} without ${shapePath(path)}`;
      if (c.required.includes(shapePath(path))) {
        assertViolation(violations, pointer(parent), "required", label, { missingProperty: path[path.length - 1] });
      } else if (isUnion(parent)) {
        assertViolation(violations, pointer(parent), "minProperties", label);
      } else {
        assertValid(violations, label);
      }
    }
  });

  test(`${c.label}: a value of the wrong JSON type is rejected`, () => {
    for (const path of allPaths(c.valid)) {
      const doc = setAt(c.valid, path, wrongType(path.reduce<unknown>((v, k) => (v as Doc)[k], c.valid)));
      assertViolation(c.check(doc), pointer(path), "type", `${c.label} with ${shapePath(path)} retyped`);
    }
    for (const doc of [null, [], "{}", 1, true]) assertViolation(c.check(doc), "", "type", `${c.label} as ${JSON.stringify(doc)}`);
  });

  test(`${c.label}: an unknown member is ${c.closed ? "rejected" : "tolerated"} at every level`, () => {
    const objects = [[], ...allPaths(c.valid)].filter((path) => {
      const value = path.reduce<unknown>((v, k) => (v as Doc)[k], c.valid);
      return typeof value === "object" && value !== null && !Array.isArray(value);
    });
    for (const path of objects) {
      const violations = c.check(setAt(c.valid, [...path, "unknownMember"], { any: 1 }));
      const label = `${c.label} with ${shapePath([...path, "unknownMember"])}`;
      if (c.closed) {
        assertViolation(violations, pointer(path), "additionalProperties", label, { additionalProperty: "unknownMember" });
      } else if (isUnion(path)) {
        assertViolation(violations, pointer(path), "maxProperties", label);
      } else {
        assertValid(violations, label);
      }
    }
  });
}

test("inputs: undefined members count as absent, as they are not serialised", () => {
  const input = { ...VALID_INPUTS.CreateIngestionDestination, clientToken: undefined, tags: undefined, other: undefined };
  assertValid(contract.checkInput("CreateIngestionDestination", input), "undefined members");
  const big = { ...VALID_INPUTS.ListAppBundles, maxResults: 10n };
  assertViolation(contract.checkInput("ListAppBundles", big), "", "type", "a BigInt is not JSON");
});

test.run();
