/**
 * A value sent (a call's input) pretty-printed as indented JSON, line by line, with the lines of the members
 * that diverged marked. A member such as `ingestionDestination.destinationConfiguration.auditLog.destination.s3Bucket.prefix`
 * may name a member of the answer; the mark goes on the member sent under the longest tail of that path
 * (`destinationConfiguration...prefix`). A member no sent member matches (`ingestionDestination.ingestionArn`)
 * is listed as not placed, to be shown beside.
 */

export interface CounterexampleLine {
  readonly text: string;
  /** The diverging members that start on this line. */
  readonly marks: readonly string[];
}

export interface MarkedCounterexample {
  readonly lines: readonly CounterexampleLine[];
  /** Members with no member in the value. */
  readonly unplaced: readonly string[];
}

interface Line {
  readonly text: string;
  /** Member names from the root to the value that starts here (list indexes left out); absent on closing lines. */
  readonly keys?: readonly string[];
}

const INDENT = "  ";

/** JSON.stringify(value, null, 2), one line at a time, each opening line with the keys that lead to it. */
function lines(value: unknown, keys: readonly string[], depth: number, lead: string, trail: string): Line[] {
  const pad = INDENT.repeat(depth);
  if (typeof value !== "object" || value === null) return [{ text: `${pad}${lead}${JSON.stringify(value)}${trail}`, keys }];
  const entries: [string | undefined, unknown][] = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return [{ text: `${pad}${lead}${open}${close}${trail}`, keys }];
  const inner = entries.flatMap(([key, item], index) => lines(item, key === undefined ? keys : [...keys, key], depth + 1,
    key === undefined ? "" : `${JSON.stringify(key)}: `, index < entries.length - 1 ? "," : ""));
  return [{ text: `${pad}${lead}${open}`, keys }, ...inner, { text: `${pad}${close}${trail}` }];
}

const endsWith = (keys: readonly string[], tail: readonly string[]) =>
  keys.length >= tail.length && tail.every((key, i) => keys[keys.length - tail.length + i] === key);

/** The value as indented JSON with the diverging members (dotted paths) marked; text that is not JSON comes back as its lines, unmarked. */
export function markedCounterexample(text: string, members: readonly string[]): MarkedCounterexample {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { lines: text.split("\n").map((line) => ({ text: line, marks: [] })), unplaced: [...members] };
  }
  const printed = lines(value, [], 0, "", "");
  const marks = printed.map((): string[] => []);
  const unplaced: string[] = [];
  for (const member of new Set(members)) {
    const path = member.split(".").filter((key) => key !== "" && !/^\d+$/.test(key));
    if (path.length === 0) continue;
    // The longest tail of the path that some sent member ends with.
    const tail = path.map((_, start) => path.slice(start)).find((t) => printed.some((l) => l.keys !== undefined && l.keys.length > 0 && endsWith(l.keys, t)));
    if (tail === undefined) {
      unplaced.push(member);
      continue;
    }
    printed.forEach((line, i) => { if (line.keys !== undefined && line.keys.length > 0 && endsWith(line.keys, tail)) marks[i]?.push(member); });
  }
  return { lines: printed.map((line, i) => ({ text: line.text, marks: marks[i] ?? [] })), unplaced };
}
