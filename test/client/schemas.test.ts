/**
 * The client's static schemas and the contract catalogues are two transcriptions of the service model;
 * they must agree on every binding (read through the runtime's own schema reader).
 */
import { NormalizedSchema } from "@smithy/core/schema";
import type { $SchemaRef, StaticOperationSchema } from "@smithy/types";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ERROR_NAMES, ERRORS } from "../../contracts/errorCatalogue.ts";
import { labelsOf, OPERATION_NAMES, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { ERROR_SCHEMAS } from "../../client/schemas/errors.ts";
import { OPERATION_SCHEMAS } from "../../client/schemas/operations.ts";

interface Bindings {
  labels: string[];
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string[];
  tokens: string[];
}

function bindingsOf(ref: $SchemaRef): Bindings {
  const found: Bindings = { labels: [], query: {}, headers: {}, body: [], tokens: [] };
  for (const [name, member] of NormalizedSchema.of(ref).structIterator()) {
    const traits = member.getMergedTraits();
    if (traits.httpLabel) found.labels.push(name);
    else if (typeof traits.httpQuery === "string") found.query[name] = traits.httpQuery;
    else if (typeof traits.httpHeader === "string") found.headers[name] = traits.httpHeader.toLowerCase();
    else found.body.push(name);
    if (member.isIdempotencyToken()) found.tokens.push(name);
  }
  return found;
}

const sorted = (names: readonly string[]) => [...names].sort();
const inputOf = (schema: StaticOperationSchema) => schema[4];

for (const name of OPERATION_NAMES) {
  test(`${name}: schema binding matches the operation catalogue`, () => {
    const spec = OPERATIONS[name];
    const schema = OPERATION_SCHEMAS[name];
    assert.is(schema[2], name);
    const traits = schema[3];
    assert.equal(typeof traits === "object" ? traits.http : undefined, [spec.method, spec.uri, spec.successStatus]);
    const bindings = bindingsOf(inputOf(schema));
    assert.equal(sorted(bindings.labels), sorted(labelsOf(spec)), "labels");
    assert.equal(bindings.query, spec.query, "query");
    assert.equal(sorted(bindings.body), sorted(spec.body), "body");
    assert.equal(bindings.tokens, spec.idempotencyToken === undefined ? [] : [spec.idempotencyToken], "token");
    assert.equal(bindings.headers, {});
  });
}

for (const name of ERROR_NAMES) {
  test(`${name}: error schema matches the error catalogue`, () => {
    const spec = ERRORS[name];
    const traits = NormalizedSchema.of(ERROR_SCHEMAS[name]).getMergedTraits();
    assert.is(traits.error, spec.fault);
    assert.is(traits.httpError, spec.status);
    const bindings = bindingsOf(ERROR_SCHEMAS[name]);
    assert.equal(sorted(bindings.body), sorted(spec.bodyMembers));
    assert.equal(bindings.headers, spec.headerMembers);
  });
}

test("required members come first and their count matches the catalogue's required error members", () => {
  for (const name of ERROR_NAMES) {
    const [, , , , members, , required] = ERROR_SCHEMAS[name];
    assert.equal(sorted(members.slice(0, required ?? 0)), sorted(ERRORS[name].requiredMembers), name);
  }
});

test.run();
