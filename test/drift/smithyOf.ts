/**
 * The Smithy JSON AST form of a botocore model, for the drift command's tests: the same facts, so drift must
 * report the same differences from either. Inline shapes of the minified form get names from where they sit.
 */
import { resolved, type Doc } from "./derivedModels.ts";

const NS = "com.amazonaws.appfabric";
const T = "smithy.api#";
const TIMESTAMP_FORMATS: Readonly<Record<string, string>> = { iso8601: "date-time", rfc822: "http-date", unixTimestamp: "epoch-seconds" };
const LOCATION_TRAITS: Readonly<Record<string, (member: string, name: string) => Doc>> = {
  uri: () => ({ [`${T}httpLabel`]: {} }),
  querystring: (member, name) => ({ [`${T}httpQuery`]: name ?? member }),
  header: (member, name) => ({ [`${T}httpHeader`]: name ?? member }),
};

function lengthTrait(shape: Doc, trait: string): Doc {
  if (shape.min === undefined && shape.max === undefined) return {};
  return { [`${T}${trait}`]: { ...(shape.min === undefined ? {} : { min: shape.min }), ...(shape.max === undefined ? {} : { max: shape.max }) } };
}

export function smithyOf(doc: Doc): Doc {
  const shapes: Doc = {};
  const named = new Map<object, string>();

  /** The id of a reference's shape, converting it on first sight. */
  function target(ref: Doc, suggested: string): string {
    const shape = resolved(doc, ref);
    const known = named.get(shape);
    if (known !== undefined) return known;
    const id = `${NS}#${typeof ref.shape === "string" ? ref.shape : suggested}`;
    named.set(shape, id);
    shapes[id] = convert(shape, id.slice(NS.length + 1));
    return id;
  }

  function convert(shape: Doc, name: string): Doc {
    const type = shape.type ?? "string";
    if (type === "structure") {
      const required = new Set<string>(shape.required ?? []);
      const members = Object.fromEntries(Object.entries<Doc>(shape.members ?? {}).map(([member, ref]) => [member, {
        target: target(ref, `${name}_${member}`),
        traits: {
          ...(required.has(member) ? { [`${T}required`]: {} } : {}),
          ...(ref.location ? LOCATION_TRAITS[ref.location]?.(member, ref.locationName) : {}),
          ...(ref.idempotencyToken ? { [`${T}idempotencyToken`]: {} } : {}),
        },
      }]));
      const traits = shape.exception ? { [`${T}error`]: shape.fault ? "server" : "client", [`${T}httpError`]: shape.error.httpStatusCode } : {};
      return { type: shape.union ? "union" : "structure", members, traits };
    }
    if (type === "list") return { type: "list", member: { target: target(shape.member, `${name}_member`) }, traits: lengthTrait(shape, "length") };
    if (type === "string" && shape.enum) {
      const members = Object.fromEntries(shape.enum.map((value: string, i: number) => [`V${i}`, { target: `${T}Unit`, traits: { [`${T}enumValue`]: value } }]));
      return { type: "enum", members };
    }
    if (type === "string") return { type: "string", traits: { ...lengthTrait(shape, "length"), ...(shape.pattern ? { [`${T}pattern`]: shape.pattern } : {}) } };
    if (type === "integer") return { type: "integer", traits: lengthTrait(shape, "range") };
    if (type === "timestamp") return { type: "timestamp", traits: { [`${T}timestampFormat`]: TIMESTAMP_FORMATS[shape.timestampFormat] } };
    return { type };
  }

  for (const [name, shape] of Object.entries<Doc>(doc.shapes)) if (shape.exception) target({ shape: name }, name);
  const operations = Object.entries<Doc>(doc.operations).map(([name, op]) => {
    const id = `${NS}#${name}`;
    shapes[id] = {
      type: "operation",
      input: { target: target(op.input, `${name}Request`) },
      output: { target: target(op.output, `${name}Response`) },
      errors: (op.errors ?? []).map((e: Doc) => ({ target: `${NS}#${e.shape}` })),
      traits: {
        [`${T}http`]: { method: op.http.method ?? "POST", uri: op.http.requestUri, code: op.http.responseCode ?? 200 },
        ...(op.idempotent ? { [`${T}idempotent`]: {} } : {}),
      },
    };
    return { target: id };
  });
  shapes[`${NS}#AppFabric`] = { type: "service", version: doc.metadata.apiVersion, operations };
  return { smithy: "2.0", shapes };
}
