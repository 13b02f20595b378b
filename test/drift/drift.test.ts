/**
 * appfabric-harness drift: AWS's own model gives no difference; models derived from it, each with one change,
 * in botocore form and in Smithy JSON AST form, give that change, named and classed; unreadable files exit 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { main } from "../../cli/main.ts";
import type { Difference } from "../../drift/compareFacts.ts";
import { executeDrift } from "../../drift/registerDrift.ts";
import { MODEL_FILE } from "../contracts/awsSdkV2Model.ts";
import { DERIVATIONS, fullModel, type Doc } from "./derivedModels.ts";
import { smithyOf } from "./smithyOf.ts";

const dir = mkdtempSync(join(tmpdir(), "drift-"));
let written = 0;

function fileOf(doc: unknown): string {
  const path = join(dir, `model-${written++}.json`);
  writeFileSync(path, typeof doc === "string" ? doc : JSON.stringify(doc));
  return path;
}

function drift(model: string, ...flags: ("--markdown" | "--json")[]): { code: number; out: string; err: string } {
  let out = "", err = "";
  const code = executeDrift({ model, markdown: flags.includes("--markdown"), json: flags.includes("--json") },
    { out: { write: (t: string) => { out += t; } }, err: { write: (t: string) => { err += t; } } });
  return { code, out, err };
}

const differencesOf = (path: string): Difference[] => (JSON.parse(drift(path, "--json").out) as { differences: Difference[] }).differences;
/** The same change in either form: shape names differ (the minified form has none), places do not. */
const placesOf = (differences: readonly Difference[]) => differences.flatMap((d) => d.where.map((w) => `${d.impact} ${d.change} ${w}`)).sort();

function derived(derive: (doc: Doc) => void): Doc {
  const doc = fullModel();
  derive(doc);
  return doc;
}

test("AWS's model as the pinned aws-sdk v2 ships it: no difference, exit 0, and what it cannot show is named", async () => {
  const result = drift(MODEL_FILE);
  assert.is(result.code, 0, result.out + result.err);
  assert.match(result.out, /\(aws-sdk v2 JSON\): no difference from the harness's contract/);
  assert.match(result.out, /Not compared \(the model states none of them\): operationErrors, errorShapes, lengths, patterns, enums, pagination, readonly/);
  const exit = await main(["drift", "--model", MODEL_FILE]);
  assert.is(exit, 0, "registered in the CLI");
});

test("the full model derived from it states every kind of fact and agrees, in botocore and in Smithy form", () => {
  for (const [form, doc] of [["aws-sdk v2 JSON", fullModel()], ["Smithy JSON AST", smithyOf(fullModel())]] as const) {
    const result = drift(fileOf(doc));
    assert.is(result.code, 0, `${form}: ${result.out}`);
    assert.match(result.out, new RegExp(`\\(${form}\\): no difference`));
    assert.not.match(result.out, /Not compared.*(lengths|patterns|enums|operationErrors|errorShapes)/, form);
  }
});

for (const derivation of DERIVATIONS) {
  test(`${derivation.name}: exit 1, the change named and classed, the same from the Smithy form`, () => {
    const botocore = fileOf(derived(derivation.derive));
    const result = drift(botocore);
    assert.is(result.code, 1, result.out);
    const differences = differencesOf(botocore);
    assert.ok(differences.length > 0 && differences.every((d) => d.change === derivation.change), JSON.stringify(differences));
    assert.ok(differences.every((d) => `${d.subject} ${d.where.join(" ")}`.includes(derivation.names)), JSON.stringify(differences));
    assert.match(result.out, derivation.change);
    const smithy = fileOf(smithyOf(derived(derivation.derive)));
    assert.is(drift(smithy).code, 1);
    assert.equal(placesOf(differencesOf(smithy)), placesOf(differences));
  });
}

test("each difference is classed for the harness: what it would misjudge is breaking, what it never sends or checks additive", () => {
  const impacts = (name: string): string[] => {
    const derivation = DERIVATIONS.find((d) => d.name === name);
    const differences = differencesOf(fileOf(derived(derivation?.derive ?? (() => {}))));
    const side = (where: string) => / (input|output)\b/.exec(where)?.[1] ?? "operation";
    return [...new Set(differences.flatMap((d) => d.where.map((w) => `${side(w)} ${d.impact}`)))].sort();
  };
  // A longer bucket name: the harness would refuse valid input and accept invalid output.
  assert.equal(impacts("a changed length"), ["input breaking", "output breaking"]);
  // A new format: never sent, but refused in an answer.
  assert.equal(impacts("a new enum value"), ["input additive", "output breaking"]);
  // A new destination kind: never sent, and an answer's lone unknown member is tolerated.
  assert.equal(impacts("a new union member"), ["input additive", "output additive"]);
  // A new documented error would be an undocumented-error finding.
  assert.equal(impacts("a new error"), ["operation breaking"]);
  // The harness would send a prefix the service no longer takes; an answer without one is still fine.
  assert.equal(impacts("a removed member"), ["input breaking", "output additive"]);
});

test("text, Markdown and JSON reports of the same drift", () => {
  const path = fileOf(derived(DERIVATIONS[0]?.derive ?? (() => {})));
  const text = drift(path).out;
  assert.match(text, /differences? from the harness's contract \(\d+ breaking, 0 additive\)/);
  assert.match(text, /breaking\s+changed length .*bucketName: harness 3\.\.63, model 3\.\.100/);
  const markdown = drift(path, "--markdown").out;
  assert.match(markdown, /^## AppFabric model drift/);
  assert.match(markdown, /\| Impact \| Change \| Subject \| Harness \| Model \| Where \|/);
  assert.match(markdown, /\| breaking \| changed length \| `[^`]*bucketName` \| 3\.\.63 \| 3\.\.100 \|/);
  const json = JSON.parse(drift(path, "--json").out) as { model: string; format: string; compared: string[] };
  assert.equal([json.model, json.format], [path, "aws-sdk v2 JSON"]);
  assert.ok(json.compared.includes("lengths"));
});

test("a file that cannot be read as a model: exit 2 and one line, never a stack", () => {
  const cases = [
    [join(dir, "missing.json"), /cannot read .*missing\.json: no such file/],
    [fileOf("{ not json"), /is not JSON/],
    [fileOf({ name: "not a model" }), /neither a botocore or aws-sdk v2 model .* nor a Smithy JSON AST/],
    [fileOf({ metadata: {}, operations: { Get: { http: { requestUri: "/x" }, input: { shape: "Missing" } } } }), /refers to shape Missing, which the model does not define/],
    [fileOf({ smithy: "2.0", shapes: { "a#Op": { type: "operation", traits: {} } } }), /operation Op http trait is not a JSON object/],
    [fileOf({ smithy: "2.0", shapes: {} }), /describes none of AppFabric's operations .*: not a model of this service/],
    [fileOf({ metadata: {}, operations: {} }), /describes none of AppFabric's operations/],
  ] as const;
  for (const [path, message] of cases) {
    const result = drift(path);
    assert.is(result.code, 2, path);
    assert.equal(result.out, "");
    assert.match(result.err, message);
    assert.is(result.err.trim().split("\n").length, 1, result.err);
  }
  const both = drift(MODEL_FILE, "--markdown", "--json");
  assert.is(both.code, 2);
  assert.match(both.err, /alternatives/);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
