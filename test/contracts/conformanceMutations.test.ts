/**
 * The conformance test can fail: each single change to a fact the contract holds and the pinned model states
 * (the catalogue's bindings, the schemas' members, required members, types, union members and enum values, the
 * operations left aside) is made in memory, one at a time, and must come out as a named difference.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LEFT_OUT_OPERATIONS, OPERATION_NAMES, OPERATIONS, type OperationSpec } from "../../contracts/operationCatalogue.ts";
import type { JsonSchemaObject } from "../../contracts/schemas/combinators.ts";
import { INPUT_SCHEMAS } from "../../contracts/schemas/inputs.ts";
import { OUTPUT_SCHEMAS } from "../../contracts/schemas/outputs.ts";
import { factsOfContract } from "../../drift/factsOfContract.ts";
import { awsSdkV2Model } from "./awsSdkV2Model.ts";
import { differencesFrom } from "./differencesFrom.ts";

const AWS = awsSdkV2Model();

interface Mutation {
  readonly label: string;
  /** Makes the change and returns what undoes it. */
  readonly apply: () => () => void;
}

type Writable = Record<string, unknown>;

function setting(target: object, key: string, value: unknown, label: string): Mutation {
  return { label, apply: () => {
    const record = target as Writable;
    const had = Object.hasOwn(record, key), before = record[key];
    record[key] = value;
    return () => { if (had) record[key] = before; else delete record[key]; };
  } };
}

function operationMutations(name: (typeof OPERATION_NAMES)[number]): Mutation[] {
  const spec = OPERATIONS[name];
  const changed = (change: Partial<OperationSpec>, what: string) => setting(OPERATIONS, name, { ...spec, ...change }, `${name} ${what}`);
  return [
    changed({ method: spec.method === "GET" ? "POST" : "GET" }, "method"),
    changed({ uri: `${spec.uri}/x` }, "uri"),
    changed({ successStatus: spec.successStatus === 200 ? 201 : 200 }, "success status"),
    changed({ idempotent: !spec.idempotent }, "idempotent"),
    changed({ pageItems: spec.pageItems === undefined ? "items" : `${spec.pageItems}X` }, "page items"),
    ...(spec.idempotencyToken !== undefined ? [changed({ idempotencyToken: undefined }, "without its idempotency token")]
      : spec.body[0] !== undefined ? [changed({ idempotencyToken: spec.body[0] }, `${spec.body[0]} as idempotency token`)] : []),
    ...Object.keys(spec.query).flatMap((member) => [
      changed({ query: { ...spec.query, [member]: `${member}X` } }, `query key of ${member}`),
      changed({ query: Object.fromEntries(Object.entries(spec.query).filter(([m]) => m !== member)) }, `${member} moved to the body`),
    ]),
  ];
}

/** Every schema object once (shared ones are shared by every operation, as their constants are). */
function schemaObjects(roots: readonly JsonSchemaObject[]): JsonSchemaObject[] {
  const seen = new Set<JsonSchemaObject>();
  const visit = (schema: unknown): void => {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema) || seen.has(schema as JsonSchemaObject)) return;
    seen.add(schema as JsonSchemaObject);
    const s = schema as JsonSchemaObject;
    for (const member of Object.values((s.properties ?? {}) as Writable)) visit(member);
    visit(s.items);
  };
  roots.forEach(visit);
  return [...seen];
}

function schemaMutations(schema: JsonSchemaObject, index: number): Mutation[] {
  const at = `schema #${index} (${JSON.stringify(schema).slice(0, 60)})`;
  const properties = (schema.properties ?? {}) as Writable;
  const required = (schema.required ?? []) as readonly string[];
  const otherType = schema.type === "string" ? "integer" : "string";
  return [
    setting(schema, "type", otherType, `${at} type`),
    ...Object.keys(properties).map((member) => setting(schema, "properties",
      Object.fromEntries(Object.entries(properties).map(([k, v]) => [k === member ? `${k}X` : k, v])), `${at} member ${member} renamed`)),
    ...Object.keys(properties).map((member) => setting(schema, "required",
      required.includes(member) ? required.filter((r) => r !== member) : [...required, member], `${at} ${member} required or not`)),
    ...(Array.isArray(schema.enum) ? [setting(schema, "enum", [...(schema.enum as string[]).slice(1), "other"], `${at} enum value`)] : []),
  ];
}

test("the unmutated contract has no difference", () => {
  assert.equal(differencesFrom(factsOfContract(), AWS), []);
});

test("each single change to the catalogue, the schemas or the operations left aside is a named difference", () => {
  const leftOut = LEFT_OUT_OPERATIONS as unknown as string[];
  const mutations: Mutation[] = [
    ...OPERATION_NAMES.flatMap(operationMutations),
    ...schemaObjects([...Object.values(INPUT_SCHEMAS), ...Object.values(OUTPUT_SCHEMAS)]).flatMap(schemaMutations),
    ...leftOut.map((name, i) => ({ label: `${name} no longer left out`, apply: () => {
      leftOut.splice(i, 1);
      return () => { leftOut.splice(i, 0, name); };
    } })),
  ];
  const missed: string[] = [];
  let named = 0;
  for (const mutation of mutations) {
    const undo = mutation.apply();
    try {
      if (differencesFrom(factsOfContract(), AWS).length === 0) missed.push(mutation.label);
      else named += 1;
    } catch (error) {
      // A root that is no structure any more cannot be read as facts at all: noticed, and named by the error.
      if (!/where a structure belongs/.test(String(error))) throw error;
      named += 1;
    } finally {
      undo();
    }
  }
  assert.equal(missed, [], `changes the conformance test would not notice:\n${missed.join("\n")}`);
  assert.ok(named > 200, `only ${named} mutations were tried`);
  assert.equal(differencesFrom(factsOfContract(), AWS), [], "every mutation was undone");
});

test("a difference reads as what changed, where, and both sides", () => {
  const undo = setting(OPERATIONS, "ListIngestionDestinations", { ...OPERATIONS.ListIngestionDestinations, query: { maxResults: "limit", nextToken: "nextToken" } }, "").apply();
  try {
    assert.equal(differencesFrom(factsOfContract(), AWS), [
      "breaking changed binding ListIngestionDestinations input.maxResults: harness query limit, model query maxResults (at ListIngestionDestinations input.maxResults)",
    ]);
  } finally {
    undo();
  }
});

test.run();
