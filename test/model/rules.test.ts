import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { citationOf, confidenceOf, MODEL_RULES } from "../../model/index.ts";
import { gradeDivergence } from "../../properties/gradeDivergence.ts";

const resting = (basis: readonly string[], strict = false) =>
  gradeDivergence({ kind: "model", operation: "GetIngestionDestination", check: "c", subject: "s", message: "m", basis }, strict);

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The rows of the README's rule table: | `id` | statement | confidence | source |. */
function readmeRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const section = README.split(/^## Model rules$/m)[1] ?? "";
  for (const line of section.split("\n")) {
    const match = /^\|\s*`([a-zA-Z.]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (match) rows.set(match[1] as string, (match[2] as string).split(" | ").map((cell) => cell.trim()));
  }
  return rows;
}

test("rule ids are unique and every rule has a statement and a source", () => {
  const ids = MODEL_RULES.map((r) => r.id);
  assert.is(new Set(ids).size, ids.length);
  for (const rule of MODEL_RULES) assert.ok(rule.statement.length > 0 && citationOf(rule.source).length > 0, rule.id);
});

test("every rule is held to the severity its source implies: only AWS's own documents make a divergence a failure", () => {
  for (const rule of MODEL_RULES) {
    const expected = "documentedBy" in rule.source ? "failure" : "observation";
    assert.is(resting([rule.id]), expected, rule.id);
    assert.is(resting([rule.id], true), "failure", `${rule.id} under --strict`);
    assert.is(rule.confidence, confidenceOf(rule.source), rule.id);
    if ("documentedBy" in rule.source) assert.match(rule.source.documentedBy, /\bAWS\b/, `${rule.id} cites an AWS document`);
  }
  // Mixed bases take the weakest rule.
  assert.is(resting(["resource.lifecycle", "list.order"]), "observation");
  assert.is(resting(["resource.lifecycle", "destination.create.quota"]), "failure");
  assert.is(resting([]), "failure", "resting on the contract alone is documented");
});

test("no rule cites the team's private notes: sources are what any reader can open", () => {
  for (const rule of MODEL_RULES) assert.not.match(citationOf(rule.source), /facts|§|\bS\d+\b(?! bucket)/, rule.id);
});

test("README.md lists exactly the rules of MODEL_RULES, with the same confidence and source", () => {
  const rows = readmeRows();
  for (const rule of MODEL_RULES) {
    const row = rows.get(rule.id);
    assert.ok(row !== undefined, `README lacks ${rule.id}`);
    assert.is(row?.[0], rule.statement, rule.id);
    assert.is(row?.[1], rule.confidence, rule.id);
    assert.is(row?.[2], citationOf(rule.source), rule.id);
  }
  assert.equal([...rows.keys()].sort(), MODEL_RULES.map((r) => r.id).sort());
});

test.run();
