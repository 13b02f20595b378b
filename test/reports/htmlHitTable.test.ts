import { test } from "uvu";
import * as assert from "uvu/assert";
import { hitTable } from "../../reports/htmlHitTable.ts";

const columns = [{ title: "Class" }, { title: "Why" }];

test("rows not hit in the open, rows hit folded under their count", () => {
  const html = hitTable({ id: "t", columns, missed: [["a", "not reached"]], hit: [["b", "ok"], ["c", "ok"]], counted: "classes hit" });
  assert.match(html, /^<table id="t-missed">.*<td>a<\/td><td>not reached<\/td>.*<\/table><details class="hit"><summary>2 of 3 classes hit<\/summary><table id="t">/s);
  assert.not.match(html, /<details[^>]* open/);
});

test("nothing hit: the count alone, no empty fold; nothing missed: no table of misses", () => {
  assert.match(hitTable({ id: "t", columns, missed: [["a", "x"]], hit: [], counted: "tags generated" }), /<\/table><p>0 of 1 tags generated<\/p>$/);
  assert.not.ok(hitTable({ id: "t", columns, missed: [], hit: [["b", "ok"]], counted: "tags generated" }).includes("t-missed"));
});

test.run();
