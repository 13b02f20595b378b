import { test } from "uvu";
import * as assert from "uvu/assert";
import { divergenceExample, messageExample } from "../../reports/divergenceExample.ts";

const ARN = "arn:aws:appfabric:us-east-1:123456789012:appbundle/00042021-0408-4601-9dcc-a8c51255994f/ingestion/dd6e6abc-1705-46a0-bbed-2f48fe82390a/ingestiondestination/";

test("short values are shown whole, on one line", () => {
  assert.is(divergenceExample('{\n  "a": 1\n}', "absent"), 'expected { "a": 1 } · observed absent');
});

test("long values that share a start are shown from a little before they differ, each side cut with an ellipsis", () => {
  const example = divergenceExample(`"${ARN}bc08f7d3-fcaa-43ea-8436-9ca143fe0970"`, `"${ARN}2d22d9d6-b51c-499a-9fcb-b52d24ac22da"`);
  assert.is(example, 'expected …tiondestination/bc08f7d3-fcaa-43ea-8436-9ca143fe0970" · observed …tiondestination/2d22d9d6-b51c-499a-9fcb-b52d24ac22da"');
  const long = divergenceExample("x".repeat(500), "y".repeat(500));
  assert.is(long, `expected ${"x".repeat(72)}… · observed ${"y".repeat(72)}…`);
});

test("a cut never splits a character outside the BMP", () => {
  const example = divergenceExample(`${"😀".repeat(100)}a`, `${"😀".repeat(100)}b`);
  assert.not.match(example, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  assert.ok(example.includes("😀a · observed …"), example);
  assert.is(messageExample(`${"é".repeat(200)}\nmore`), `${"é".repeat(144)}…`);
});

test.run();
