import { Ajv } from "ajv";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract, type Contract } from "../../contracts/contract.ts";
import { ERROR_NAMES } from "../../contracts/errorCatalogue.ts";
import { OPERATION_NAMES, OPERATIONS, labelsOf } from "../../contracts/operationCatalogue.ts";
import { assertViolation } from "./assertions.ts";
import { VALID_ERROR_BODIES, VALID_INPUTS, VALID_OUTPUTS } from "./fixtures.ts";

const CONTRACT = createContract();

/** Runs `body` with Ajv#compile wrapped by `spy`, restoring it afterwards. */
function withCompileSpy<T>(spy: () => void, body: () => T): T {
  const original = Ajv.prototype.compile;
  Ajv.prototype.compile = function (this: Ajv, ...args: Parameters<typeof original>) {
    spy();
    return original.apply(this, args);
  } as typeof original;
  try {
    return body();
  } finally {
    Ajv.prototype.compile = original;
  }
}

test("every schema is compiled once, at construction, and never by a check", () => {
  let compiled = 0;
  const contract: Contract = withCompileSpy(() => { compiled += 1; }, createContract);
  assert.is(compiled, 2 * OPERATION_NAMES.length + ERROR_NAMES.length);
  withCompileSpy(() => { throw new Error("compiled during a check"); }, () => {
    for (const op of OPERATION_NAMES) {
      assert.equal(contract.checkInput(op, VALID_INPUTS[op]), []);
      assert.equal(contract.checkOutput(op, VALID_OUTPUTS[op]), []);
      assert.ok(contract.checkInput(op, { unknownMember: 1 }).length > 0);
    }
    for (const name of ERROR_NAMES) assert.equal(contract.checkError(name, VALID_ERROR_BODIES[name]), []);
  });
});

test("input fixtures hold every member the catalogue binds: labels, query and body", () => {
  for (const op of OPERATION_NAMES) {
    const spec = OPERATIONS[op];
    const members = [...labelsOf(spec), ...Object.keys(spec.query), ...spec.body].sort();
    assert.equal(Object.keys(VALID_INPUTS[op]).sort(), members, op);
  }
});

test("paginated outputs require their page items member", () => {
  const paged = OPERATION_NAMES.filter((op) => OPERATIONS[op].pageItems !== undefined);
  assert.equal(paged, ["ListAppBundles", "ListIngestions", "ListIngestionDestinations"]);
  for (const op of paged) {
    const items = OPERATIONS[op].pageItems ?? "";
    const { [items]: _items, ...rest } = VALID_OUTPUTS[op];
    assertViolation(CONTRACT.checkOutput(op, rest), "", "required", op, { missingProperty: items });
  }
});

test("empty responses are open objects", () => {
    for (const op of OPERATION_NAMES.filter((name) => OPERATIONS[name].successStatus === 204)) {
    assert.equal(CONTRACT.checkOutput(op, {}), [], op);
    assert.equal(CONTRACT.checkOutput(op, { added: 1 }), [], op);
    assertViolation(CONTRACT.checkOutput(op, null), "", "type", op);
  }
});

test.run();
