/**
 * Tagged unions in an answer must hold exactly one member (the API Reference: "only one of the following members can
 * be specified when used or returned"). The runtime's UnionSerde keeps the first known member of a union that
 * holds two and makes nothing of an empty one, so wrong data would reach the caller as if it were right; the
 * generated clients before it threw (`expectUnion` in smithy-typescript), and this client does too. The check reads the
 * raw body just above the transport, before the deserializer, since two members no longer show once parsed.
 */
import type { DeserializeHandler, DeserializeHandlerArguments, HandlerExecutionContext, MetadataBearer, Pluggable } from "@smithy/types";
import { isOperationName, type OperationName } from "../contracts/operationCatalogue.ts";
import type { JsonSchemaObject } from "../contracts/schemas/combinators.ts";
import { OUTPUT_SCHEMAS } from "../contracts/schemas/outputs.ts";
import { isUnion, propertiesOf } from "../contracts/sdkFormOf.ts";

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The first union in `value` that does not hold exactly one non-null member, by its dotted path. */
export function malformedUnion(schema: JsonSchemaObject, value: unknown, path = ""): string | undefined {
  if (Array.isArray(value)) {
    const items = (schema.items ?? {}) as JsonSchemaObject;
    for (const [i, item] of value.entries()) {
      const found = malformedUnion(items, item, `${path}.${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const members = Object.entries(value).filter(([name, member]) => member !== null && name !== "__type");
  if (isUnion(schema) && members.length !== 1) {
    const held = members.length === 0 ? "none" : members.map(([name]) => name).join(", ");
    return `${path.slice(1) || "(root)"} holds ${held}`;
  }
  const properties = propertiesOf(schema);
  for (const [name, member] of members) {
    const inner = Object.hasOwn(properties, name) ? malformedUnion(properties[name] as JsonSchemaObject, member, `${path}.${name}`) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

async function bytesOf(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof Uint8Array) return body;
  if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== "function") return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function operationOf(context: HandlerExecutionContext): OperationName | undefined {
  const name = (context.commandName ?? "").replace(/Command$/, "");
  return isOperationName(name) ? name : undefined;
}

interface RawResponse { statusCode: number; body?: unknown }

function rejectMalformedUnions(next: DeserializeHandler<object, MetadataBearer>, context: HandlerExecutionContext) {
  return async (args: DeserializeHandlerArguments<object>) => {
    const result = await next(args);
    const response = result.response as RawResponse;
    const operation = operationOf(context);
    if (operation === undefined || response.statusCode < 200 || response.statusCode > 299) return result;
    const bytes = await bytesOf(response.body);
    if (bytes === undefined) return result;
    response.body = bytes;
    let document: unknown;
    try {
      document = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return result; // Not JSON: the deserializer says so itself.
    }
    const malformed = malformedUnion(OUTPUT_SCHEMAS[operation], document);
    if (malformed === undefined) return result;
    throw Object.assign(new TypeError(`Unions must have exactly one non-null member: ${malformed}`),
      { $metadata: { httpStatusCode: response.statusCode } });
  };
}

/** The union check as a plugin, innermost in the deserialize step (next to the transport). */
export const rejectMalformedUnionsPlugin: Pluggable<object, MetadataBearer> = {
  applyToStack(stack) {
    stack.add(rejectMalformedUnions, { step: "deserialize", priority: "low", name: "rejectMalformedUnions" });
  },
};
