import { validationError } from "./errors.ts";
import { countMember, optionalTextMember } from "./inputMembers.ts";
import type { KnownRuleId } from "./rules.ts";
import type { ModelState } from "./state.ts";
import { fail, succeed, type Transition } from "./transition.ts";
import type { ModelInput } from "./types.ts";

export const DEFAULT_PAGE_SIZE = 20;

/**
 * The token names the list it belongs to and the creation sequence number of the last item returned.
 * Pointing at a position rather than at an item keeps paging exact when that item is deleted meanwhile.
 */
function encodeToken(listKey: string, seq: number): string {
  return Buffer.from(`${listKey}|${seq}`, "utf8").toString("base64url");
}

/** The position a token points after, or undefined when this list never issued it. */
function decodeToken(token: string, listKey: string, lastSeq: number): number | undefined {
  const text = Buffer.from(token, "base64url").toString("utf8");
  const match = /^(.*)\|(0|[1-9]\d*)$/s.exec(text);
  if (!match || match[1] !== listKey || encodeToken(listKey, Number(match[2])) !== token) return undefined;
  const seq = Number(match[2]);
  return seq <= lastSeq ? seq : undefined;
}

/**
 * One page of `items` (already in creation order) as the output member `itemsMember`.
 * `listKey` identifies the list (operation and parent), so a token cannot be replayed on another list.
 * `decidedBy`: why the listing succeeds (its parent exists); `values`: the rules behind each item's members.
 */
export function listPage<T extends { readonly seq: number }>(
  state: ModelState, input: ModelInput, listKey: string, itemsMember: string,
  items: readonly T[], summary: (item: T) => Readonly<Record<string, unknown>>,
  decidedBy: readonly KnownRuleId[], values: readonly KnownRuleId[],
): Transition {
  const token = optionalTextMember(input, "nextToken");
  const after = token === undefined ? 0 : decodeToken(token, listKey, state.seq);
  if (after === undefined) {
    return fail(state, validationError("The pagination token is invalid", "other", "list.nextToken.invalid"),
      [...decidedBy, "list.nextToken.invalid"], ["list.nextToken.invalid"]);
  }
  const maxResults = countMember(input, "maxResults");
  const remaining = items.filter((item) => item.seq > after);
  const page = remaining.slice(0, maxResults ?? DEFAULT_PAGE_SIZE);
  const last = page[page.length - 1];
  const output: Record<string, unknown> = { [itemsMember]: page.map(summary) };
  if (last !== undefined && remaining.length > page.length) output["nextToken"] = encodeToken(listKey, last.seq);
  const used: KnownRuleId[] = [...values, "list.order", "list.nextToken", "output.form"];
  if (maxResults === undefined) used.push("list.maxResults.default");
  return succeed(state, output, decidedBy, used);
}
