/**
 * The response generators against the contract they are built from: every answer they call valid keeps the
 * JSON Schemas (ajv), every answer outside the contract breaks them, and the cases the issue names are drawn.
 */
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract } from "../../contracts/contract.ts";
import { ERRORS } from "../../contracts/errorCatalogue.ts";
import { OPERATION_NAMES, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { errorResponse } from "../../generators/responses/errorResponse.ts";
import { OPERATIONS_WITH_OUTPUT, outOfContractResponse } from "../../generators/responses/outOfContractResponse.ts";
import { successResponse } from "../../generators/responses/successResponse.ts";
import type { WireResponse } from "../../generators/responses/WireResponse.ts";

const contract = createContract();
const sample = (arb: fc.Arbitrary<WireResponse>, n = 600) => fc.sample(arb, { numRuns: n, seed: 42 });
const every = <T>(arbs: (op: (typeof OPERATION_NAMES)[number]) => fc.Arbitrary<T>, ops: readonly (typeof OPERATION_NAMES)[number][] = OPERATION_NAMES) =>
  fc.constantFrom(...ops).chain(arbs);

test("success answers: the documented status, and bodies inside the output schemas", () => {
  const responses = sample(every(successResponse) as fc.Arbitrary<WireResponse>);
  for (const r of responses) {
    assert.is(r.status, OPERATIONS[r.operation].successStatus);
    if (r.status === 204) {
      assert.is(r.body, "");
      continue;
    }
    assert.equal(contract.checkOutput(r.operation, JSON.parse(r.body)), [], r.body);
  }
  const bodies = responses.map((r) => r.body).join("\n");
  assert.match(bodies, /"status": ?"Failed",[^}]*"statusReason"|"statusReason"[^}]*"status": ?"Failed"/);
  assert.match(bodies, /"destination": ?\{\s*"new[A-Z]/);
  assert.match(bodies, /\d{2}:\d{2}[+-]\d{2}:\d{2}"/);
  const destinations = responses.filter((r) => r.body.includes('"ingestionDestination"')).map((r) => JSON.parse(r.body).ingestionDestination as Record<string, unknown>);
  assert.ok(destinations.some((d) => !("status" in d) && !("createdAt" in d)), "optional members absent");
});

test("error answers: each documented error, its status and X-Amzn-Errortype, bodies inside the error schemas, Retry-After", () => {
  const responses = sample(every(errorResponse) as fc.Arbitrary<WireResponse>, 1500);
  const seen = new Set<string>();
  for (const r of responses) {
    assert.ok(r.is.kind === "error");
    if (r.is.kind !== "error") continue;
    seen.add(`${r.operation}/${r.is.error}`);
    assert.ok(OPERATIONS[r.operation].errors.includes(r.is.error));
    assert.is(r.status, ERRORS[r.is.error].status);
    assert.match(r.headers["x-amzn-errortype"] ?? "", r.is.error);
    assert.equal(contract.checkError(r.is.error, JSON.parse(r.body)), [], r.body);
    if ("retry-after" in r.headers) assert.ok(Object.keys(ERRORS[r.is.error].headerMembers).length > 0);
  }
  assert.ok(responses.some((r) => "retry-after" in r.headers));
  for (const op of OPERATION_NAMES) for (const name of OPERATIONS[op].errors) assert.ok(seen.has(`${op}/${name}`), `${op}/${name} never drawn`);
});

test("answers outside the contract: each defect breaks the output schema (or is not JSON at all)", () => {
  const responses = sample(every(outOfContractResponse, OPERATIONS_WITH_OUTPUT) as fc.Arbitrary<WireResponse>, 800);
  const defects = new Set<string>();
  for (const r of responses) {
    assert.ok(r.is.kind === "outside");
    if (r.is.kind !== "outside") continue;
    defects.add(r.is.defect);
    if (r.is.defect === "not-json") {
      assert.throws(() => JSON.parse(r.body));
      continue;
    }
    assert.ok(contract.checkOutput(r.operation, JSON.parse(r.body)).length > 0, `${r.is.defect} at ${r.is.at}: ${r.body}`);
  }
  assert.equal([...defects].sort(), ["epoch-timestamp", "not-json", "union-no-member", "union-two-members"]);
  assert.not.ok(OPERATIONS_WITH_OUTPUT.includes("StartIngestion"), "no members in its output: nothing a broken body could turn into");
});

test.run();
