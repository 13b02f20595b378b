/**
 * A counterexample pretty-printed as indented JSON, line by line, with the lines of the members a failing check
 * names marked. A check such as `output.ingestionDestination.destinationConfiguration.auditLog.destination.s3Bucket.prefix`
 * names a member of the answer; the counterexample is what was sent, so the mark goes on the member sent under
 * the longest tail of that path (`destinationConfiguration...prefix`). A check no sent member matches
 * (`error.reason`) is listed as not placed, to be shown beside.
 */

export interface CounterexampleLine {
  readonly text: string;
  /** The checks whose member starts on this line. */
  readonly marks: readonly string[];
}

export interface MarkedCounterexample {
  readonly lines: readonly CounterexampleLine[];
  /** Member checks with no member in the counterexample. */
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

/** The checks that name a member: `output.` or `error.` and a dotted path (list indexes dropped). */
function memberOf(check: string): string[] | undefined {
  const [root, ...path] = check.split(".");
  return (root === "output" || root === "error") && path.length > 0 ? path.filter((key) => !/^\d+$/.test(key)) : undefined;
}

/** The counterexample as indented JSON with members marked; text that is not JSON comes back as its lines, unmarked. */
export function markedCounterexample(counterexample: string, checks: readonly string[]): MarkedCounterexample {
  let value: unknown;
  try {
    value = JSON.parse(counterexample);
  } catch {
    return { lines: counterexample.split("\n").map((text) => ({ text, marks: [] })), unplaced: checks.filter((c) => memberOf(c) !== undefined) };
  }
  const printed = lines(value, [], 0, "", "");
  const marks = printed.map((): string[] => []);
  const unplaced: string[] = [];
  for (const check of new Set(checks)) {
    const path = memberOf(check);
    if (path === undefined || path.length === 0) continue;
    // The longest tail of the path that some sent member ends with.
    const tail = path.map((_, start) => path.slice(start)).find((t) => printed.some((l) => l.keys !== undefined && l.keys.length > 0 && endsWith(l.keys, t)));
    if (tail === undefined) {
      unplaced.push(check);
      continue;
    }
    printed.forEach((line, i) => { if (line.keys !== undefined && line.keys.length > 0 && endsWith(line.keys, tail)) marks[i]?.push(check); });
  }
  return { lines: printed.map((line, i) => ({ text: line.text, marks: marks[i] ?? [] })), unplaced };
}
