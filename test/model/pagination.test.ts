import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ModelInput } from "../../model/types.ts";
import { createDestination, createIngestionIn, err, list, ok, rec, text, withIngestion, cites } from "./modelFixtures.ts";

/** A bundle with `count` ingestions (the fixture's plus count-1 more), their ARNs in creation order. */
function withIngestions(count: number): { fx: ReturnType<typeof withIngestion>; arns: string[] } {
  const fx = withIngestion();
  const arns = [fx.ingestionArn];
  for (let i = 1; i < count; i++) arns.push(createIngestionIn(fx.model, fx.bundleArn, `t${i}`));
  return { fx, arns };
}

function page(fx: ReturnType<typeof withIngestion>, extra: ModelInput): { arns: string[]; nextToken: unknown } {
  const output = ok(fx.model.handle("ListIngestions", { appBundleIdentifier: fx.bundleArn, ...extra }));
  return { arns: list(output["ingestions"]).map((item) => text(rec(item)["arn"])), nextToken: output["nextToken"] };
}

test("without maxResults a page holds 20 items; nextToken is omitted on the last page", () => {
  const { fx, arns } = withIngestions(25);
  const outcome = fx.model.handle("ListIngestions", { appBundleIdentifier: fx.bundleArn });
  assert.ok(cites(outcome, "list.maxResults.default"));
  const first = page(fx, {});
  assert.equal(first.arns, arns.slice(0, 20));
  assert.type(first.nextToken, "string");
  const second = page(fx, { nextToken: first.nextToken });
  assert.equal(second.arns, arns.slice(20));
  assert.not.ok("nextToken" in ok(fx.model.handle("ListIngestions", { appBundleIdentifier: fx.bundleArn, nextToken: first.nextToken })));
});

test("a page that exactly empties the list carries no nextToken", () => {
  const { fx, arns } = withIngestions(6);
  const first = page(fx, { maxResults: 3 });
  const second = page(fx, { maxResults: 3, nextToken: first.nextToken });
  assert.equal([...first.arns, ...second.arns], arns);
  assert.is(second.nextToken, undefined);
});

test("paging across deletes neither skips nor repeats", () => {
  const { fx, arns } = withIngestions(10);
  const remove = (arn: string) => {
    const input = { appBundleIdentifier: fx.bundleArn, ingestionIdentifier: arn };
    ok(fx.model.handle("StopIngestion", input));
    ok(fx.model.handle("DeleteIngestion", input));
  };
  const seen: string[] = [];
  let current = page(fx, { maxResults: 3 });
  seen.push(...current.arns);
  // Delete the item the token points after, an item not yet seen, and one already seen.
  remove(arns[2] as string);
  remove(arns[4] as string);
  remove(arns[0] as string);
  while (current.nextToken !== undefined) {
    current = page(fx, { maxResults: 3, nextToken: current.nextToken });
    seen.push(...current.arns);
  }
  const expected = arns.filter((arn) => arn !== arns[4]);
  assert.equal(seen, expected);
  assert.is(new Set(seen).size, seen.length);
});

test("the same paging holds for destinations, with the token bound to its list", () => {
  const fx = withIngestion();
  const arns = [createDestination(fx), createDestination(fx), createDestination(fx)];
  const first = ok(fx.model.handle("ListIngestionDestinations", { ...fx.parents, maxResults: 2 }));
  assert.equal(first["ingestionDestinations"], arns.slice(0, 2).map((arn) => ({ arn })));
  const second = ok(fx.model.handle("ListIngestionDestinations", { ...fx.parents, maxResults: 2, nextToken: first["nextToken"] }));
  assert.equal(second, { ingestionDestinations: [{ arn: arns[2] }] });
  const foreign = fx.model.handle("ListIngestions", { appBundleIdentifier: fx.bundleArn, nextToken: first["nextToken"] });
  assert.is(err(foreign, "ValidationException")["reason"], "other");
});

test("unknown or malformed tokens are a ValidationException with reason other", () => {
  const { fx } = withIngestions(3);
  const issued = page(fx, { maxResults: 1 }).nextToken;
  for (const nextToken of ["garbage", "", `${String(issued)}x`, Buffer.from("ListIngestions:x|1").toString("base64url")]) {
    const outcome = fx.model.handle("ListIngestions", { appBundleIdentifier: fx.bundleArn, nextToken });
    assert.is(err(outcome, "ValidationException")["reason"], "other", nextToken);
    assert.ok(cites(outcome, "list.nextToken.invalid"));
  }
});

test.run();
