import { guardDepth } from "./guardDepth.ts";
import {
  arrayAt, isObject, objectAt, optionalNumber, optionalObject, rangeOf, stringAt, type JsonObject,
} from "./jsonFields.ts";
import { ModelFileError } from "./ModelFileError.ts";
import type {
  ErrorFacts, MemberFacts, OperationFacts, ServiceFacts, ShapeFacts, StructureFacts,
} from "./ServiceFacts.ts";

const T = "smithy.api#";
/** The prelude's simple shapes by their type; a target outside the file must be one of them. */
const PRELUDE_TYPES: Readonly<Record<string, string>> = {
  String: "string", Integer: "integer", Long: "integer", Short: "integer", Byte: "integer", PrimitiveInteger: "integer",
  PrimitiveLong: "integer", PrimitiveShort: "integer", PrimitiveByte: "integer", Timestamp: "timestamp",
  Boolean: "boolean", PrimitiveBoolean: "boolean", Float: "float", Double: "double", PrimitiveFloat: "float",
  PrimitiveDouble: "double", BigInteger: "bigInteger", BigDecimal: "bigDecimal", Blob: "blob", Document: "document",
  Unit: "structure",
};
const INTEGER_TYPES: ReadonlySet<string> = new Set(["integer", "long", "short", "byte", "intEnum"]);

interface Reader {
  readonly shapes: JsonObject;
}

const localName = (id: string): string => id.slice(id.indexOf("#") + 1);

/** A target's shape and type: a shape of the file, or one of the prelude's. */
function shapeAt(reader: Reader, id: string, where: string): { shape: JsonObject; type: string; name?: string } {
  const shape = reader.shapes[id];
  if (isObject(shape)) return { shape, type: stringAt(shape["type"], `${id}.type`), name: localName(id) };
  const prelude = id.startsWith(T) ? PRELUDE_TYPES[id.slice(T.length)] : undefined;
  if (prelude === undefined) throw new ModelFileError(`${where} targets ${id}, which the model does not define`);
  return { shape: {}, type: prelude };
}

function enumValues(shape: JsonObject, traits: JsonObject, type: string, where: string): readonly string[] | undefined {
  if (type === "enum") {
    return Object.entries(optionalObject(shape["members"], `${where}.members`)).map(([name, member]) => {
      const value = optionalObject(objectAt(member, `${where}.${name}`)["traits"], `${where}.${name}.traits`)[`${T}enumValue`];
      return value === undefined ? name : stringAt(value, `${where}.${name} enumValue`);
    });
  }
  const legacy = traits[`${T}enum`];
  if (legacy === undefined) return undefined;
  return arrayAt(legacy, `${where} enum trait`).map((entry, i) => stringAt(objectAt(entry, `${where} enum[${i}]`)["value"], `${where} enum[${i}].value`));
}

function membersOf(reader: Reader, shape: JsonObject, where: string, depth: number): Record<string, MemberFacts> {
  return Object.fromEntries(Object.entries(optionalObject(shape["members"], `${where}.members`)).map(([name, value]) => {
    const member = objectAt(value, `${where}.${name}`);
    const traits = optionalObject(member["traits"], `${where}.${name}.traits`);
    const query = traits[`${T}httpQuery`];
    const header = traits[`${T}httpHeader`];
    const bound = traits[`${T}httpLabel`] !== undefined ? { location: "label" as const, wireName: name }
      : query !== undefined ? { location: "query" as const, wireName: stringAt(query, `${where}.${name} httpQuery`) }
      : header !== undefined ? { location: "header" as const, wireName: stringAt(header, `${where}.${name} httpHeader`) }
      : { location: "body" as const, wireName: traits[`${T}jsonName`] === undefined ? name : stringAt(traits[`${T}jsonName`], `${where}.${name} jsonName`) };
    const facts: MemberFacts = {
      shape: shapeFacts(reader, stringAt(member["target"], `${where}.${name}.target`), traits, `${where}.${name}`, depth + 1),
      required: traits[`${T}required`] !== undefined, ...bound, idempotencyToken: traits[`${T}idempotencyToken`] !== undefined,
    };
    return [name, facts];
  }));
}

/** A target's facts; traits on the member override the target's own (constraints may sit on either). */
function shapeFacts(reader: Reader, id: string, memberTraits: JsonObject, where: string, depth: number): ShapeFacts {
  guardDepth(depth, where);
  const { shape, type, name } = shapeAt(reader, id, where);
  const traits = { ...optionalObject(shape["traits"], `${id}.traits`), ...memberTraits };
  const named = name === undefined ? {} : { name };
  const length = rangeOf(optionalObject(traits[`${T}length`], `${where} length`), `${where} length`);
  if (type === "structure" || type === "union") return { kind: type, ...named, members: membersOf(reader, shape, where, depth) };
  if (type === "list" || type === "set") {
    const member = objectAt(shape["member"], `${id}.member`);
    const memberFacts = shapeFacts(reader, stringAt(member["target"], `${id}.member.target`),
      optionalObject(member["traits"], `${id}.member.traits`), `${where}[]`, depth + 1);
    return { kind: "list", ...named, member: memberFacts, ...(length ? { length } : {}) };
  }
  if (type === "string" || type === "enum") {
    const values = enumValues(shape, traits, type, where);
    const pattern = traits[`${T}pattern`];
    return {
      kind: "string", ...named, ...(length ? { length } : {}),
      ...(pattern === undefined ? {} : { pattern: stringAt(pattern, `${where} pattern`) }),
      ...(values === undefined ? {} : { enum: values }),
    };
  }
  if (INTEGER_TYPES.has(type)) {
    const range = rangeOf(optionalObject(traits[`${T}range`], `${where} range`), `${where} range`);
    return { kind: "integer", ...named, ...(range ? { range } : {}) };
  }
  if (type === "timestamp") {
    const format = traits[`${T}timestampFormat`];
    // restJson1 sends a body timestamp without a format as epoch seconds.
    return { kind: "timestamp", ...named, format: format === undefined ? "epoch-seconds" : stringAt(format, `${where} timestampFormat`) };
  }
  return { kind: "other", ...named, type };
}

function structureAt(reader: Reader, ref: unknown, where: string): StructureFacts {
  const id = ref === undefined ? `${T}Unit` : stringAt(objectAt(ref, where)["target"], `${where}.target`);
  const shape = shapeFacts(reader, id, {}, where, 0);
  if (shape.kind !== "structure") throw new ModelFileError(`${where} is not a structure`);
  return shape;
}

const targetsOf = (list: unknown, where: string): string[] =>
  arrayAt(list, where).map((ref, i) => localName(stringAt(objectAt(ref, `${where}[${i}]`)["target"], `${where}[${i}].target`)));

function operationFacts(reader: Reader, id: string, op: JsonObject, service: JsonObject): OperationFacts {
  const where = `operation ${localName(id)}`;
  const traits = optionalObject(op["traits"], `${where}.traits`);
  const http = objectAt(traits[`${T}http`], `${where} http trait`);
  const paginated = { ...optionalObject(optionalObject(service["traits"], "service traits")[`${T}paginated`], "service paginated trait"),
    ...optionalObject(traits[`${T}paginated`], `${where} paginated trait`) };
  const items = traits[`${T}paginated`] === undefined ? undefined : paginated["items"];
  return {
    method: stringAt(http["method"], `${where} http.method`),
    uri: stringAt(http["uri"], `${where} http.uri`),
    successCode: optionalNumber(http["code"], `${where} http.code`) ?? 200,
    input: structureAt(reader, op["input"], `${where}.input`),
    output: structureAt(reader, op["output"], `${where}.output`),
    // A service's errors are every operation's (Smithy's service errors).
    errors: [...new Set([...targetsOf(service["errors"], "service errors"), ...targetsOf(op["errors"], `${where}.errors`)])],
    idempotent: traits[`${T}idempotent`] !== undefined,
    readonly: traits[`${T}readonly`] !== undefined,
    ...(items === undefined ? {} : { pageItems: stringAt(items, `${where} paginated items`) }),
  };
}

function errorFacts(reader: Reader, id: string, traits: JsonObject): ErrorFacts {
  const fault = stringAt(traits[`${T}error`], `${id} error trait`);
  if (fault !== "client" && fault !== "server") throw new ModelFileError(`${id} error trait is neither client nor server`);
  // Without httpError, restJson1 answers client errors 400 and server errors 500.
  const status = optionalNumber(traits[`${T}httpError`], `${id} httpError`) ?? (fault === "client" ? 400 : 500);
  return { status, fault, shape: structureAt(reader, { target: id }, `shape ${localName(id)}`) };
}

/** The facts of a Smithy JSON AST (as in aws-sdk-js-v3's codegen/sdk-codegen/aws-models/). */
export function factsOfSmithy(doc: JsonObject): ServiceFacts {
  const reader: Reader = { shapes: objectAt(doc["shapes"], "shapes") };
  const entries = Object.entries(reader.shapes).map(([id, shape]) => [id, objectAt(shape, id)] as const);
  const service = entries.find(([, shape]) => shape["type"] === "service")?.[1] ?? {};
  const operations = entries.filter(([, shape]) => shape["type"] === "operation")
    .map(([id, shape]) => [localName(id), operationFacts(reader, id, shape, service)] as const);
  const errors = entries.map(([id, shape]) => [id, shape, optionalObject(shape["traits"], `${id}.traits`)] as const)
    .filter(([, shape, traits]) => shape["type"] === "structure" && traits[`${T}error`] !== undefined)
    .map(([id, , traits]) => [localName(id), errorFacts(reader, id, traits)] as const);
  return { operations: Object.fromEntries(operations), errors: Object.fromEntries(errors) };
}
