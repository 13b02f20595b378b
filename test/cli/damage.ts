/**
 * Ways to damage a JSON or JSON Lines text (a single JSON text is one line): cut short, a byte flipped, text put
 * in, a member replaced (deep nesting, huge numbers and long strings among the replacements) or removed. Each is
 * plain data, so fast-check shrinks and prints it; the deep and huge values are built only when applied.
 */
import fc from "fast-check";

/** What a member is replaced with. */
export type Replacement =
  | { readonly json: unknown }
  /** A number literal JSON.parse reads as Infinity, 0, -0 or an unsafe integer. */
  | { readonly number: string }
  /** Arrays or objects nested this deep: just past the 64 levels the harness reads, or past what any recursion survives. */
  | { readonly nested: number; readonly objects: boolean }
  /** A string this long. */
  | { readonly long: number }
  | { readonly removed: true };

export type Damage =
  | { readonly member: { readonly line: number; readonly steps: readonly number[]; readonly by: Replacement } }
  | { readonly cut: number }
  | { readonly flip: { readonly at: number; readonly bit: number } }
  | { readonly insert: { readonly at: number; readonly text: string } }
  | { readonly whole: string };

/** Values no file the harness writes holds: nested past the depth it accepts (mostly far past what any recursion survives), or huge. */
const HOSTILE: fc.Arbitrary<Replacement> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ nested: fc.integer({ min: 10_000, max: 100_000 }), objects: fc.boolean() }) },
  fc.record({ nested: fc.integer({ min: 60, max: 70 }), objects: fc.boolean() }),
  fc.constantFrom(200_000, 5_000_000).map((long) => ({ long })),
  fc.constantFrom("1e400", "-1e400", "1e-400", "-0", "123456789012345678901234567890").map((number) => ({ number })),
);

const REPLACEMENT: fc.Arbitrary<Replacement> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json })),
  fc.constant({ removed: true } as const),
);

const member = (by: fc.Arbitrary<Replacement>, steps: { minLength: number; maxLength: number }) =>
  fc.record({ line: fc.nat(), steps: fc.array(fc.nat(), steps), by }).map((m) => ({ member: m }));

/** Hostile values most often, in the members near the top of a line that a reader checks first. */
export const DAMAGE: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 3, arbitrary: member(HOSTILE, { minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: member(REPLACEMENT, { minLength: 0, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat().map((cut) => ({ cut })) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), bit: fc.nat({ max: 7 }) }).map((flip) => ({ flip })) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }).map((insert) => ({ insert })) },
  { weight: 1, arbitrary: fc.constantFrom("", "\n", "garbage\n", "[]\n", "null\n", "{}\n", "\uFEFF{}\n").map((whole) => ({ whole })) },
);

function textOf(by: Exclude<Replacement, { removed: true }>): string {
  if ("json" in by) return JSON.stringify(by.json);
  if ("number" in by) return by.number;
  if ("long" in by) return JSON.stringify("x".repeat(by.long));
  return by.objects ? `${'{"a":'.repeat(by.nested)}1${"}".repeat(by.nested)}` : `${"[".repeat(by.nested)}${"]".repeat(by.nested)}`;
}

/** Stands for the replacement until the line is serialized, so a deep one is never walked by JSON.stringify. */
const HOLE = "\u2063replaced\u2063";

/** The line with the member that `steps` lead to (each picks a member by index) replaced or removed. */
function replaceMember(line: string, steps: readonly number[], by: Replacement): string {
  let root: unknown;
  try {
    root = JSON.parse(line);
  } catch {
    return line;
  }
  let parent: Record<string, unknown> | undefined;
  let key = "";
  let node = root;
  for (const step of steps) {
    if (node === null || typeof node !== "object") break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length] ?? "";
    node = parent[key];
  }
  if ("removed" in by) {
    if (parent === undefined) return "";
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return JSON.stringify(root);
  }
  if (parent === undefined) return textOf(by);
  parent[key] = HOLE;
  return JSON.stringify(root).replace(JSON.stringify(HOLE), () => textOf(by));
}

/** The damaged bytes of `text`; positions are taken modulo its length, so every damage lands inside it. */
export function damage(text: string, how: Damage): Buffer {
  if ("whole" in how) return Buffer.from(how.whole);
  if ("cut" in how) return Buffer.from(text.slice(0, how.cut % (text.length + 1)));
  if ("flip" in how) {
    const bytes = Buffer.from(text);
    const at = how.flip.at % Math.max(bytes.length, 1);
    if (at < bytes.length) bytes.writeUInt8(bytes.readUInt8(at) ^ (1 << how.flip.bit), at);
    return bytes;
  }
  if ("insert" in how) {
    const at = how.insert.at % (text.length + 1);
    return Buffer.from(text.slice(0, at) + how.insert.text + text.slice(at));
  }
  const lines = text.trimEnd().split("\n");
  const index = how.member.line % lines.length;
  lines[index] = replaceMember(lines[index] ?? "", how.member.steps, how.member.by);
  return Buffer.from(`${lines.join("\n")}\n`);
}
