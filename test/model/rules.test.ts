import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MODEL_RULES } from "../../model/rules.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The rows of the README's rule table: | `id` | statement | confidence | source |. */
function readmeRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const section = README.split(/^## Model rules$/m)[1] ?? "";
  for (const line of section.split("\n")) {
    const match = /^\|\s*`([a-zA-Z.]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (match) rows.set(match[1] as string, (match[2] as string).split("|").map((cell) => cell.trim()));
  }
  return rows;
}

test("rule ids are unique and every rule names a confidence and a source", () => {
  const ids = MODEL_RULES.map((r) => r.id);
  assert.is(new Set(ids).size, ids.length);
  for (const rule of MODEL_RULES) {
    assert.ok(["documented", "observed", "assumed"].includes(rule.confidence), rule.id);
    assert.ok(rule.source.length > 0 && rule.statement.length > 0, rule.id);
  }
});

test("README.md lists exactly the rules of MODEL_RULES, with the same confidence", () => {
  const rows = readmeRows();
  for (const rule of MODEL_RULES) {
    const row = rows.get(rule.id);
    assert.ok(row !== undefined, `README lacks ${rule.id}`);
    assert.is(row?.[1], rule.confidence, rule.id);
    assert.is(row?.[2], rule.source, rule.id);
  }
  assert.equal([...rows.keys()].sort(), MODEL_RULES.map((r) => r.id).sort());
});

test.run();
