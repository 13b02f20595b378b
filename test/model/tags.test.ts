import { test } from "uvu";
import * as assert from "uvu/assert";
import { createDestination, err, ok, withIngestion, cites } from "./modelFixtures.ts";

function tagsOf(fx: ReturnType<typeof withIngestion>, resourceArn: string): unknown {
  return ok(fx.model.handle("ListTagsForResource", { resourceArn }))["tags"];
}

test("Create* stores tags (last value per key) and ListTagsForResource sorts them by key", () => {
  const fx = withIngestion();
  const arn = createDestination(fx, { tags: [{ key: "b", value: "1" }, { key: "a", value: "2" }, { key: "b", value: "3" }] });
  assert.equal(tagsOf(fx, arn), [{ key: "a", value: "2" }, { key: "b", value: "3" }]);
  assert.equal(tagsOf(fx, fx.ingestionArn), []);
});

test("TagResource merges by key and UntagResource removes keys, ignoring unknown ones", () => {
  const fx = withIngestion();
  const arn = createDestination(fx, { tags: [{ key: "env", value: "dev" }, { key: "team", value: "sec" }] });
  const tagged = fx.model.handle("TagResource", { resourceArn: arn, tags: [{ key: "env", value: "prod" }, { key: "cost", value: "42" }] });
  assert.equal(ok(tagged), {});
  assert.ok(cites(tagged, "tags.limit"));
  assert.equal(tagsOf(fx, arn), [{ key: "cost", value: "42" }, { key: "env", value: "prod" }, { key: "team", value: "sec" }]);
  assert.equal(ok(fx.model.handle("UntagResource", { resourceArn: arn, tagKeys: ["team", "absent"] })), {});
  assert.equal(tagsOf(fx, arn), [{ key: "cost", value: "42" }, { key: "env", value: "prod" }]);
  ok(fx.model.handle("TagResource", { resourceArn: fx.bundleArn, tags: [{ key: "x", value: "" }] }));
  assert.equal(tagsOf(fx, fx.bundleArn), [{ key: "x", value: "" }]);
  assert.equal(tagsOf(fx, fx.ingestionArn), [], "tags stay on their own resource");
});

test("more than 50 tags after a merge is a ValidationException and changes nothing", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const fifty = Array.from({ length: 50 }, (_, i) => ({ key: `k${String(i).padStart(2, "0")}`, value: "v" }));
  ok(fx.model.handle("TagResource", { resourceArn: arn, tags: fifty }));
  ok(fx.model.handle("TagResource", { resourceArn: arn, tags: [{ key: "k00", value: "replaced" }] }));
  const before = fx.model.state;
  const outcome = fx.model.handle("TagResource", { resourceArn: arn, tags: [{ key: "k50", value: "v" }] });
  assert.is(err(outcome, "ValidationException")["reason"], "other");
  assert.ok(cites(outcome, "tags.limit"));
  assert.is(fx.model.state, before);
});

test("tag operations on an unknown ARN are ResourceNotFound typed after the ARN's kind", () => {
  const fx = withIngestion();
  const cases: [string, string][] = [
    [`${fx.ingestionArn}/ingestiondestination/abcdef00-0000-4000-8000-0000000000ff`, "IngestionDestination"],
    [fx.ingestionArn.replace("123456789012", "210987654321"), "Ingestion"],
    [fx.bundleArn.replace("us-east-1", "eu-west-1"), "AppBundle"],
    ["arn:aws:s3:::some-bucket", "Resource"],
  ];
  for (const [resourceArn, resourceType] of cases) {
    for (const [operation, extra] of [["TagResource", { tags: [] }], ["UntagResource", { tagKeys: [] }], ["ListTagsForResource", {}]] as const) {
      const members = err(fx.model.handle(operation, { resourceArn, ...extra }), "ResourceNotFoundException");
      assert.equal([members["resourceId"], members["resourceType"]], [resourceArn, resourceType], `${operation} ${resourceArn}`);
    }
  }
});

test("outputs hand out copies: mutating listed tags does not change the state", () => {
  const fx = withIngestion();
  const arn = createDestination(fx, { tags: [{ key: "a", value: "1" }] });
  const listed = tagsOf(fx, arn) as { key: string; value: string }[];
  const first = listed[0];
  assert.ok(first !== undefined);
  first.value = "changed";
  assert.equal(tagsOf(fx, arn), [{ key: "a", value: "1" }]);
});

test.run();
