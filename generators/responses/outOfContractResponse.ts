import fc from "fast-check";
import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import type { JsonSchemaObject } from "../../contracts/schemas/combinators.ts";
import { OUTPUT_SCHEMAS } from "../../contracts/schemas/outputs.ts";
import { isDateTime, isUnion, propertiesOf } from "../../contracts/sdkFormOf.ts";
import { successResponse } from "./successResponse.ts";
import { wireValue } from "./wireValue.ts";
import type { OutOfContractDefect, WireResponse } from "./WireResponse.ts";

type Path = readonly (string | number)[];

/** Where a valid document has something a defect can break: a timestamp, a union. */
interface Site {
  readonly path: Path;
  readonly kind: "datetime" | "union";
  readonly schema: JsonSchemaObject;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sitesOf(schema: JsonSchemaObject, value: unknown, path: Path = []): Site[] {
  if (isDateTime(schema) && typeof value === "string") return [{ path, kind: "datetime", schema }];
  if (Array.isArray(value)) return value.flatMap((item, i) => sitesOf((schema.items ?? {}) as JsonSchemaObject, item, [...path, i]));
  if (!isRecord(value)) return [];
  const properties = propertiesOf(schema);
  const inner = Object.entries(value).flatMap(([name, member]) =>
    Object.hasOwn(properties, name) ? sitesOf(properties[name] as JsonSchemaObject, member, [...path, name]) : []);
  return isUnion(schema) ? [{ path, kind: "union", schema }, ...inner] : inner;
}

/** A copy of `document` with the value at `path` replaced. */
function replaced(document: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(document);
  const [head, ...rest] = path;
  if (Array.isArray(document)) return document.map((item, i) => (i === head ? replaced(item, rest, make) : item));
  const out = { ...(document as Record<string, unknown>) };
  Object.defineProperty(out, String(head), { value: replaced(out[String(head)], rest, make), enumerable: true, writable: true, configurable: true });
  return out;
}

/** A second member beside the union's one: another known member, or one the contract does not know. */
function secondMember(site: Site, union: unknown): fc.Arbitrary<readonly [string, unknown]> {
  const taken = new Set(Object.keys(union as object));
  const others = Object.entries(propertiesOf(site.schema)).filter(([name]) => !taken.has(name));
  const fresh = fc.constant(["newMember", { value: 1 }] as const);
  return fc.oneof(fresh, ...others.map(([name, schema]) => wireValue(schema).map((v) => [name, v] as const)));
}

function defectAt(site: Site, document: unknown): fc.Arbitrary<{ defect: OutOfContractDefect; document: unknown }> {
  if (site.kind === "datetime") {
    return fc.integer({ min: 0, max: 4_102_444_800 }).map((epoch) => ({ defect: "epoch-timestamp" as const, document: replaced(document, site.path, () => epoch) }));
  }
  const union = site.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
  return fc.oneof(
    secondMember(site, union).map(([name, value]) => ({ defect: "union-two-members" as const,
      document: replaced(document, site.path, (old) => ({ ...(old as object), [name]: value })) })),
    fc.constant({ defect: "union-no-member" as const, document: replaced(document, site.path, () => ({})) }),
  );
}

/** Text that is not JSON at all, or JSON cut short. */
function notJson(body: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom("<html><body><h1>502 Bad Gateway</h1></body></html>", "not json", "{'single': 'quotes'}"),
    fc.integer({ min: 1, max: Math.max(1, body.length - 1) }).map((end) => body.slice(0, end)),
  );
}

/**
 * Success answers just outside the contract, each labelled with its defect: a body that is not JSON, a
 * timestamp sent as epoch seconds, a union with two members or none. A client must refuse them with an
 * error, never return data made from them. Operations answering 204 have no body to break.
 */
export function outOfContractResponse(operation: OperationName): fc.Arbitrary<WireResponse> {
  if (OPERATIONS[operation].successStatus === 204) throw new Error(`${operation} answers 204 with no body: nothing to break`);
  return successResponse(operation).chain((valid) => {
    const document: unknown = JSON.parse(valid.body);
    const broken = sitesOf(OUTPUT_SCHEMAS[operation], document).map((site) =>
      defectAt(site, document).map(({ defect, document: changed }) => ({
        ...valid, body: JSON.stringify(changed), is: { kind: "outside" as const, defect, at: site.path.join(".") },
      })));
    const garbled = notJson(valid.body).map((body) => ({ ...valid, body, is: { kind: "outside" as const, defect: "not-json" as const, at: "" } }));
    return fc.oneof(garbled, ...broken);
  });
}

/**
 * The operations whose output has members, so a broken body could become wrong data. (The others answer
 * `{}` or 204; a client may skip reading a body it has nothing to take from.)
 */
export const OPERATIONS_WITH_OUTPUT: readonly OperationName[] = Object.values(OPERATIONS)
  .filter((op) => op.successStatus !== 204 && Object.keys(propertiesOf(OUTPUT_SCHEMAS[op.name])).length > 0).map((op) => op.name);
