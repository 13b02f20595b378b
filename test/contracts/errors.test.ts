import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract } from "../../contracts/contract.ts";
import { ERROR_NAMES, ERRORS } from "../../contracts/errorCatalogue.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_ERROR_BODIES } from "./fixtures.ts";
import { REQUIRED_ERROR_MEMBERS } from "./requiredMembers.ts";

const contract = createContract();

for (const name of ERROR_NAMES) {
  test(`${name}: the fixture holds every body member, and only those`, () => {
    assert.equal(Object.keys(VALID_ERROR_BODIES[name]).sort(), [...ERRORS[name].bodyMembers].sort());
  });

  test(`${name}: the body with only its required members is accepted, with none is rejected`, () => {
    const required = REQUIRED_ERROR_MEMBERS[name].filter((member) => !member.includes("."));
    const minimal = Object.fromEntries(required.map((member) => [member, VALID_ERROR_BODIES[name][member]]));
    assertValid(contract.checkError(name, minimal), `${name} minimal`);
    const empty = contract.checkError(name, {});
    for (const member of required) assertViolation(empty, "", "required", `${name} {}`, { missingProperty: member });
    assert.is(empty.length, required.length, `${name} {}: one violation per required member`);
  });

  test(`${name}: unmodeled body keys are tolerated`, () => {
    assertValid(contract.checkError(name, { ...VALID_ERROR_BODIES[name], __type: name, Message: "M" }), name);
  });
}

test("retryAfterSeconds is a header member: the body schema does not type it", () => {
  for (const name of ["ThrottlingException", "InternalServerException"] as const) {
    assert.ok("retryAfterSeconds" in ERRORS[name].headerMembers);
    assertValid(contract.checkError(name, { message: "m", retryAfterSeconds: "soon" }), name);
  }
});

test("ValidationException fieldList items need name and message, both strings", () => {
  const check = (fieldList: unknown) => contract.checkError("ValidationException", { message: "m", reason: "other", fieldList });
  assertValid(check([]), "empty fieldList");
  assertValid(check([{ name: "a", message: "b" }, { name: "c", message: "d", extra: 1 }]), "two fields");
  assertViolation(check([{ message: "b" }]), "/fieldList/0", "required", "no name", { missingProperty: "name" });
  assertViolation(check([{ name: "a" }]), "/fieldList/0", "required", "no message", { missingProperty: "message" });
  assertViolation(check([{ name: 1, message: "b" }]), "/fieldList/0/name", "type", "numeric name");
  assertViolation(check(["a"]), "/fieldList/0", "type", "a string item");
});

test.run();
