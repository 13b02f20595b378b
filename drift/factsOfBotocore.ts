import { guardDepth } from "./guardDepth.ts";
import {
  arrayAt, isObject, objectAt, optionalNumber, optionalObject, rangeOf, stringAt, type JsonObject,
} from "./jsonFields.ts";
import { ModelFileError } from "./ModelFileError.ts";
import type {
  ErrorFacts, Location, MemberFacts, OperationFacts, ServiceFacts, ShapeFacts, StructureFacts,
} from "./ServiceFacts.ts";

/** botocore's timestampFormat names, as Smithy's. */
const TIMESTAMP_FORMATS: Readonly<Record<string, string>> = {
  iso8601: "date-time", rfc822: "http-date", unixTimestamp: "epoch-seconds",
};
const LOCATIONS: Readonly<Record<string, Location>> = { uri: "label", querystring: "query", header: "header", headers: "header" };
const INTEGER_TYPES: ReadonlySet<string> = new Set(["integer", "long", "short", "byte"]);
/** aws-sdk v2's minifier renames shared shapes S1a, S1e...: names no reader would recognise. */
const GENERATED_NAME = /^S[0-9a-z]+$/;

interface Reader {
  readonly shapes: JsonObject;
}

/** A member or operation reference: a named shape, or (in aws-sdk v2's minified form) the shape inline. */
function resolve(reader: Reader, ref: JsonObject, where: string): { shape: JsonObject; name?: string } {
  if (ref["shape"] === undefined) return { shape: ref };
  const name = stringAt(ref["shape"], `${where}.shape`);
  const shape = reader.shapes[name];
  if (!isObject(shape)) throw new ModelFileError(`${where} refers to shape ${name}, which the model does not define`);
  return GENERATED_NAME.test(name) ? { shape } : { shape, name };
}

function membersOf(reader: Reader, shape: JsonObject, where: string, depth: number): Record<string, MemberFacts> {
  const required = new Set(arrayAt(shape["required"], `${where}.required`));
  const members = optionalObject(shape["members"], `${where}.members`);
  return Object.fromEntries(Object.entries(members).map(([name, value]) => {
    const ref = objectAt(value, `${where}.${name}`);
    const location = typeof ref["location"] === "string" ? LOCATIONS[ref["location"]] ?? "body" : "body";
    const wireName = typeof ref["locationName"] === "string" ? ref["locationName"] : name;
    const member: MemberFacts = {
      shape: shapeFacts(reader, ref, `${where}.${name}`, depth + 1), required: required.has(name), location, wireName,
      idempotencyToken: ref["idempotencyToken"] === true,
    };
    return [name, member];
  }));
}

function shapeFacts(reader: Reader, ref: JsonObject, where: string, depth: number): ShapeFacts {
  guardDepth(depth, where);
  const { shape, name } = resolve(reader, ref, where);
  const named = name === undefined ? {} : { name };
  // The minified form leaves out the type of strings.
  const type = shape["type"] === undefined ? "string" : stringAt(shape["type"], `${where}.type`);
  const range = rangeOf(shape, where);
  if (type === "structure") {
    return { kind: shape["union"] === true ? "union" : "structure", ...named, members: membersOf(reader, shape, where, depth) };
  }
  if (type === "list") {
    const member = shapeFacts(reader, objectAt(shape["member"], `${where}.member`), `${where}[]`, depth + 1);
    return { kind: "list", ...named, member, ...(range ? { length: range } : {}) };
  }
  if (type === "string") {
    const values = shape["enum"] === undefined ? undefined : arrayAt(shape["enum"], `${where}.enum`).map((v, i) => stringAt(v, `${where}.enum[${i}]`));
    return {
      kind: "string", ...named, ...(range ? { length: range } : {}),
      ...(shape["pattern"] === undefined ? {} : { pattern: stringAt(shape["pattern"], `${where}.pattern`) }),
      ...(values === undefined ? {} : { enum: values }),
    };
  }
  if (INTEGER_TYPES.has(type)) return { kind: "integer", ...named, ...(range ? { range } : {}) };
  if (type === "timestamp") {
    // restJson1 sends a body timestamp without a format as epoch seconds.
    const format = typeof shape["timestampFormat"] === "string" ? TIMESTAMP_FORMATS[shape["timestampFormat"]] : undefined;
    return { kind: "timestamp", ...named, format: format ?? "epoch-seconds" };
  }
  return { kind: "other", ...named, type };
}

function structureAt(reader: Reader, ref: unknown, where: string): StructureFacts {
  if (ref === undefined) return { kind: "structure", members: {} };
  const shape = shapeFacts(reader, objectAt(ref, where), where, 0);
  if (shape.kind !== "structure") throw new ModelFileError(`${where} is not a structure`);
  return shape;
}

function operationFacts(reader: Reader, name: string, op: JsonObject): OperationFacts {
  const where = `operation ${name}`;
  const http = objectAt(op["http"], `${where}.http`);
  return {
    // botocore's default method, which the minified form leaves out.
    method: http["method"] === undefined ? "POST" : stringAt(http["method"], `${where}.http.method`),
    uri: stringAt(http["requestUri"], `${where}.http.requestUri`),
    successCode: optionalNumber(http["responseCode"], `${where}.http.responseCode`) ?? 200,
    input: structureAt(reader, op["input"], `${where}.input`),
    output: structureAt(reader, op["output"], `${where}.output`),
    errors: arrayAt(op["errors"], `${where}.errors`).map((e, i) => stringAt(objectAt(e, `${where}.errors[${i}]`)["shape"], `${where}.errors[${i}].shape`)),
    idempotent: op["idempotent"] === true,
    readonly: false,
  };
}

function errorFacts(reader: Reader, name: string, shape: JsonObject): ErrorFacts {
  const status = optionalNumber(optionalObject(shape["error"], `shape ${name}.error`)["httpStatusCode"], `shape ${name}.error.httpStatusCode`);
  return {
    ...(status === undefined ? {} : { status }),
    fault: shape["fault"] === true ? "server" : "client",
    shape: structureAt(reader, { shape: name }, `shape ${name}`),
  };
}

/** The facts of a botocore service-2.json, or of aws-sdk v2's minified form of it (apis/NAME.min.json). */
export function factsOfBotocore(doc: JsonObject): ServiceFacts {
  const reader: Reader = { shapes: optionalObject(doc["shapes"], "shapes") };
  const operations = Object.entries(objectAt(doc["operations"], "operations"))
    .map(([name, op]) => [name, operationFacts(reader, name, objectAt(op, `operation ${name}`))] as const);
  const errors = Object.entries(reader.shapes)
    .filter(([, shape]) => isObject(shape) && shape["exception"] === true)
    .map(([name, shape]) => [name, errorFacts(reader, name, shape as JsonObject)] as const);
  return { operations: Object.fromEntries(operations), errors: Object.fromEntries(errors) };
}
