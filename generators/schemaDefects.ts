import { scalarLength } from "../contracts/scalarLength.ts";
import { type Defect, type DefectKind } from "./defect.ts";
import { dottedPath, REMOVE, valueAt, withValueAt, type JsonPath } from "./jsonPath.ts";
import { resolveRef, typeOf, type JsonSchema } from "./jsonSchema.ts";
import { minimalInstance } from "./minimalInstance.ts";

/** A way to break a valid input: the defect, and the broken copy. */
export interface Mutation {
  readonly defect: Defect;
  readonly apply: (input: unknown) => unknown;
}

export interface DefectOptions {
  /** Members that travel in the URI: never removed (the SDK refuses to send a request without them). */
  readonly labels: readonly string[];
}

const WRONG_TYPE: Readonly<Record<string, unknown>> = { string: 42, integer: "7", number: "7", object: "object", array: { item: 1 }, boolean: "true" };

function mutation(kind: DefectKind, path: JsonPath, description: string, value: unknown, at: JsonPath = path): Mutation {
  return { defect: { kind, field: dottedPath(at), description }, apply: (input) => withValueAt(input, path, value) };
}

/** `text` cut or padded with "a" to exactly `length` characters, counted as the contract counts them (scalar values). */
function fitted(text: string, length: number): string {
  const scalars = Array.from(text).slice(0, length);
  while (scalars.length < length) scalars.push("a");
  return scalars.join("");
}

/**
 * A string of `length` characters built from `seed`, matching `pattern` when one can: a seed of characters
 * outside the BMP stays so, and one over is then one character over, however many UTF-16 units that is.
 */
function stringOfLength(seed: string, length: number, pattern: RegExp | undefined): string | undefined {
  const candidates = [fitted(seed, length), fitted(`arn:${"a".repeat(Math.max(length - 4, 0))}`, length)];
  return candidates.find((c) => !pattern || pattern.test(c));
}

function stringDefects(node: JsonSchema, value: string, path: JsonPath): Mutation[] {
  const out: Mutation[] = [];
  const pattern = node.pattern === undefined ? undefined : new RegExp(node.pattern);
  if (node.enum) {
    const wrong = value.toUpperCase() !== value ? value.toUpperCase() : `${value}x`;
    out.push(mutation("badEnum", path, `enum value ${JSON.stringify(wrong)}`, wrong));
  }
  if (node.minLength !== undefined && node.minLength > 0) {
    const short = stringOfLength(value, node.minLength - 1, pattern);
    if (short !== undefined) out.push(mutation("tooShort", path, `length ${node.minLength - 1} < ${node.minLength}`, short));
  }
  if (node.maxLength !== undefined) {
    const long = stringOfLength(value, node.maxLength + 1, pattern);
    if (long !== undefined) out.push(mutation("tooLong", path, `length ${node.maxLength + 1} > ${node.maxLength}`, long));
  }
  if (pattern) {
    const bad = [value.toUpperCase(), `${value} `, "not-an-identifier"].find(
      (c) => !pattern.test(c) && scalarLength(c) >= (node.minLength ?? 0) && scalarLength(c) <= (node.maxLength ?? Infinity),
    );
    if (bad !== undefined) out.push(mutation("badPattern", path, `${JSON.stringify(bad)} breaks ${node.pattern}`, bad));
  }
  return out;
}

function objectDefects(root: JsonSchema, node: JsonSchema, value: Record<string, unknown>, path: JsonPath, options: DefectOptions): Mutation[] {
  const out: Mutation[] = [];
  const props = node.properties ?? {};
  const isTop = path.length === 0;
  for (const name of node.required ?? []) {
    if (name in value && !(isTop && options.labels.includes(name))) {
      out.push(mutation("missingRequired", [...path, name], `required member ${name} missing`, REMOVE));
    }
  }
  if (node.maxProperties === 1) {
    const present = Object.keys(value);
    const absent = Object.keys(props).filter((p) => !present.includes(p));
    out.push(mutation("unionEmpty", path, "union with no member set", {}));
    const second = absent[0];
    if (second !== undefined) {
      const two = { ...value, [second]: minimalInstance(root, props[second] ?? {}) };
      out.push(mutation("unionTwoMembers", path, `union with members ${[...present, second].join(" and ")}`, two));
    }
    const setValue = present[0] === undefined ? {} : value[present[0]];
    out.push(mutation("unionUnknownMember", path, "union member unknownMember", { unknownMember: setValue }, [...path, "unknownMember"]));
  } else if (node.additionalProperties === false) {
    out.push(mutation("unknownMember", [...path, "unexpectedMember"], "undocumented member unexpectedMember", "x"));
  }
  return out;
}

function arrayDefects(root: JsonSchema, node: JsonSchema, value: unknown[], path: JsonPath): Mutation[] {
  if (node.maxItems === undefined) return [];
  const filled = [...value];
  for (let i = filled.length; i <= node.maxItems; i++) filled.push(minimalInstance(root, node.items ?? {}, i));
  return [mutation("tooManyItems", path, `${filled.length} items > ${node.maxItems}`, filled)];
}

function numberDefects(node: JsonSchema, path: JsonPath): Mutation[] {
  const out: Mutation[] = [];
  if (node.minimum !== undefined) out.push(mutation("belowMinimum", path, `${node.minimum - 1} < ${node.minimum}`, node.minimum - 1));
  if (node.maximum !== undefined) out.push(mutation("aboveMaximum", path, `${node.maximum + 1} > ${node.maximum}`, node.maximum + 1));
  return out;
}

/**
 * Every single-defect mutation of a valid `input` that the schema's keywords imply, found by walking
 * the schema beside the input. Each mutation breaks exactly one constraint, so the contract predicts its error.
 */
export function schemaDefects(root: JsonSchema, input: unknown, options: DefectOptions): Mutation[] {
  const out: Mutation[] = [];
  const visit = (schema: JsonSchema, path: JsonPath): void => {
    const node = resolveRef(root, schema);
    const value = valueAt(input, path);
    if (value === undefined) return;
    const type = typeOf(node);
    if (type !== undefined && path.length > 0) {
      const wrong = WRONG_TYPE[type];
      if (wrong !== undefined) out.push(mutation("wrongType", path, `a ${typeof wrong} where a ${type} belongs`, wrong));
    }
    if (typeof value === "string") out.push(...stringDefects(node, value, path));
    else if (typeof value === "number") out.push(...numberDefects(node, path));
    else if (Array.isArray(value)) {
      out.push(...arrayDefects(root, node, value, path));
      value.forEach((_, i) => visit(node.items ?? {}, [...path, i]));
    } else if (value !== null && typeof value === "object") {
      out.push(...objectDefects(root, node, value as Record<string, unknown>, path, options));
      for (const [name, child] of Object.entries(node.properties ?? {})) visit(child, [...path, name]);
    }
  };
  visit(root, []);
  return out;
}
