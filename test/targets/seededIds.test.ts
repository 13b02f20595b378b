/** seededIds: v4-shaped UUIDs, the same for a seed, drawn from pure-rand's xoroshiro128+. */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { seededIds } from "../../targets/seededIds.ts";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("seededIds: v4-shaped and distinct, repeated for a seed, seed 0 included", () => {
  for (const seed of [0, 1, 2 ** 31 - 1]) {
    const ids = Array.from({ length: 500 }, seededIds(seed));
    assert.ok(ids.every((id) => V4.test(id)), `seed ${seed}: ${ids.find((id) => !V4.test(id))}`);
    assert.is(new Set(ids).size, ids.length);
    assert.equal(Array.from({ length: 500 }, seededIds(seed)), ids);
  }
  assert.is.not(seededIds(1)(), seededIds(2)());
});

test("seededIds: the words of pure-rand's stream", () => {
  const rng = xoroshiro128plus(7);
  const first = Array.from({ length: 4 }, () => (rng.next() >>> 0).toString(16).padStart(8, "0")).join("");
  assert.is(seededIds(7)().replaceAll("-", "").slice(0, 12), first.slice(0, 12));
});

test.run();
