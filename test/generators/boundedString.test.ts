/**
 * The random strings of the members without a pattern reach every character class the coverage plan lists,
 * stay within their lengths as Smithy counts them, and still shrink to short strings of safe characters.
 */
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LENGTHS, type LengthRange } from "../../contracts/constraints.ts";
import { scalarLength } from "../../contracts/scalarLength.ts";
import { boundedName, boundedString } from "../../generators/boundedString.ts";
import { characterClassesOf, classesFor } from "../../generators/characterClass.ts";

const FREE: Readonly<Record<string, LengthRange>> = { prefix: LENGTHS.prefix, tagKey: LENGTHS.tagKey, tagValue: LENGTHS.tagValue };
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test("every free member's strings reach every class that applies to it, within its length in scalar values, never with a lone surrogate", () => {
  for (const [member, range] of Object.entries(FREE)) {
    const seen = new Set<string>();
    for (const value of fc.sample(boundedString(range), { numRuns: 3000, seed: 21 })) {
      const length = scalarLength(value);
      assert.ok(length >= range.min && length <= range.max, `${member}: ${length} characters`);
      assert.not.match(value, LONE_SURROGATE, member);
      for (const cls of characterClassesOf(value, range)) seen.add(cls);
    }
    // Over the maximum is a defect: the plan sends it, a valid value never is one.
    const expected = classesFor(range).filter((cls) => cls !== "astral-over-max");
    assert.equal(expected.filter((cls) => !seen.has(cls)), [], `${member} never drew these`);
  }
});

test("a failure that does not depend on the characters shrinks to a single a (or the empty string where it is valid), whatever the seed", () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
    for (const [member, range] of Object.entries(FREE)) {
      const found = fc.check(fc.property(boundedString(range), () => false), { seed });
      assert.equal(found.counterexample, [range.min === 0 ? "" : "a"], `${member}, seed ${seed}`);
    }
  }), { numRuns: 25, seed: 4 });
});

test("a failure that depends on the length alone shrinks to the shortest failing length, in safe characters", () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
    const found = fc.check(fc.property(boundedString(LENGTHS.tagValue), (value) => scalarLength(value) < 3), { seed });
    assert.equal(found.counterexample, ["aaa"], `seed ${seed}`);
  }), { numRuns: 25, seed: 5 });
});

test("bucket and stream names keep to lowercase letters and digits, within S3's and Firehose's naming rules at every length", () => {
  for (const range of [LENGTHS.bucketName, LENGTHS.streamName]) {
    for (const name of fc.sample(boundedName(range), { numRuns: 500, seed: 8 })) {
      assert.match(name, /^[a-z0-9]+$/);
      assert.ok(name.length >= range.min && name.length <= range.max, name);
    }
  }
});

test.run();
