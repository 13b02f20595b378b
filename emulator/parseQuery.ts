import type { OperationSpec } from "../contracts/operationCatalogue.ts";

/**
 * How a query member's text becomes its input value: the catalogue says which key binds which member, this
 * says the member's type (the AppFabric API model: maxResults Integer, tagKeys a list sent as repeated keys,
 * others String).
 */
const LIST_MEMBERS: ReadonlySet<string> = new Set(["tagKeys"]);
const INTEGER_MEMBERS: ReadonlySet<string> = new Set(["maxResults"]);

function scalar(member: string, values: readonly string[]): unknown {
  // A repeated scalar or a non-integer maxResults goes to the model as it came, so the contract's validator
  // rejects it with a fieldList naming the member.
  if (values.length !== 1) return [...values];
  const [text] = values as [string];
  return INTEGER_MEMBERS.has(member) && /^-?\d+$/.test(text) ? Number(text) : text;
}

/** The operation's query members; keys the operation does not bind are ignored, as AWS does. */
export function parseQuery(spec: OperationSpec, query: ReadonlyMap<string, readonly string[]>): Record<string, unknown> {
  const entries = Object.entries(spec.query).flatMap(([member, key]) => {
    const values = query.get(key);
    if (values === undefined) return [];
    return [[member, LIST_MEMBERS.has(member) ? [...values] : scalar(member, values)] as const];
  });
  return Object.fromEntries(entries);
}
