/**
 * The gate end to end: the same client on both sides shows no difference; a candidate with a planted
 * serialization change (test/fixtures/plantedPrefixClient.ts) is caught, with a shrunk case and a replay line
 * that reproduces it; saved counterexamples go through both clients first.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import { executeGate } from "../../cli/registerGate.ts";
import { main } from "../../cli/main.ts";
import { runGate } from "../../gate/runGate.ts";
import { createValid } from "../../properties/createValid.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const PREFIX_PATH = "body.destinationConfiguration.auditLog.destination.s3Bucket.prefix";

test("the same client as baseline and candidate: no difference over every gate property", async () => {
  const result = await runGate({ baseline: await loadClientModule("built-in"), candidate: await loadClientModule(fixture("customClientModule.ts")), seed: 5, numRuns: 8 });
  assert.equal(result.differences, []);
  assert.ok(result.calls > 100, `${result.calls} calls`);
});

test("a candidate that changes the prefix on the wire is caught on Create and Update, each with a shrunk case", async () => {
  const result = await runGate({ baseline: await loadClientModule("built-in"), candidate: await loadClientModule(fixture("plantedPrefixClient.ts")), seed: 5, numRuns: 15,
    replayCommand: (c) => `replay ${c.property} ${c.seed} ${c.path}` });
  const byFingerprint = new Map(result.differences.map((f) => [f.difference.fingerprint, f]));
  const create = byFingerprint.get(`CreateIngestionDestination|request|${PREFIX_PATH}`);
  assert.ok(create, JSON.stringify(result.differences.map((f) => f.difference.fingerprint)));
  assert.is(`${String(create?.difference.baseline)}/`, create?.difference.candidate);
  assert.is(create?.shownBy.source, "create-valid");
  // Shrunk: the prefix is down to one character, and the case is a plain create input.
  assert.is(String(create?.difference.baseline).length, 1);
  assert.match(create?.shownBy.replay ?? "", /^replay create-valid 5 [\d:]+$/);
  assert.ok(byFingerprint.has(`UpdateIngestionDestination|request|${PREFIX_PATH}`));
  // Only the prefix differs: nothing about the answers (the request difference explains them) or other members.
  assert.ok(result.differences.every((f) => f.difference.path === PREFIX_PATH), JSON.stringify(result.differences.map((f) => f.difference.fingerprint)));
});

test("a saved counterexample goes through both clients before the properties, and shows the difference first", async () => {
  const old = { appBundle: { id: "11111111-1111-4111-8111-111111111111", arn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/11111111-1111-4111-8111-111111111111" },
    ingestion: { id: "22222222-2222-4222-8222-222222222222", arn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/11111111-1111-4111-8111-111111111111/ingestion/22222222-2222-4222-8222-222222222222" } };
  const counterexample = { appBundleIdentifier: old.appBundle.arn, ingestionIdentifier: old.ingestion.id,
    processingConfiguration: { auditLog: { schema: "raw", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "logs-bucket", prefix: "audit" } } } } };
  const result = await runGate({ baseline: await loadClientModule("built-in"), candidate: await loadClientModule(fixture("plantedPrefixClient.ts")), seed: 5, numRuns: 3,
    properties: [createValid], corpus: [{ id: "corpus/create-valid-saved", property: createValid, counterexample, parents: old, replay: "-", seed: 1 }] });
  const [first] = result.differences;
  assert.is(first?.shownBy.source, "corpus/create-valid-saved");
  assert.is(first?.difference.baseline, "audit");
  assert.is(first?.difference.candidate, "audit/");
  // Rebound to the gate's own parents before it was sent.
  assert.not.match(JSON.stringify(first?.difference.input), old.appBundle.id);
});

function lines(): { write: (line: string) => void; text: () => string } {
  const out: string[] = [];
  return { write: (line) => out.push(line), text: () => out.join("\n") };
}

test("gate command: exit 1 with the difference, its case and a replay line that reproduces it; --json, --markdown and --junit keep the result", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gate-"));
  try {
    const out = lines();
    const flags = { baseline: "built-in", candidate: fixture("plantedPrefixClient.ts"), seed: 9, runs: 5, property: ["create-valid"], corpus: false, corpusDir: dir };
    const files = { json: join(dir, "gate.json"), markdown: join(dir, "gate.md"), junit: join(dir, "gate.xml") };
    assert.is(await executeGate({ ...flags, ...files }, out.write), EXIT.findings);
    assert.match(out.text(), /seed 9/);
    assert.match(out.text(), /1 behavioural difference:/);
    assert.match(out.text(), /CreateIngestionDestination: the request on the wire differs at body\.destinationConfiguration/);
    const saved = JSON.parse(readFileSync(join(dir, "gate.json"), "utf8")) as { differences: unknown[] };
    assert.is(saved.differences.length, 1);
    const markdown = readFileSync(files.markdown, "utf8");
    assert.match(markdown, /^## ❌ appfabric-harness gate: 1 behavioural difference\n/);
    assert.match(markdown, /\| 1 \| CreateIngestionDestination \| request \| `body\.destinationConfiguration[^`]*` \|/);
    assert.match(markdown, /```sh\n.*gate .*--path [\d:]+/);
    const junit = readFileSync(files.junit, "utf8");
    assert.match(junit, /<testsuites name="appfabric-harness gate" tests="1" failures="1"/);
    assert.match(junit, /<testcase classname="gate" name="#1 CreateIngestionDestination: the request on the wire differs at body\.destinationConfiguration[^"]*"/);
    assert.match(junit, /replay: .*gate .*--path [\d:]+/);
    const path = /--path ([\d:]+)/.exec(out.text())?.[1];
    assert.ok(path, out.text());
    const again = lines();
    assert.is(await executeGate({ ...flags, path: path ?? "" }, again.write), EXIT.findings);
    assert.match(again.text(), /the request on the wire differs at body\.destinationConfiguration\.auditLog\.destination\.s3Bucket\.prefix/);
    assert.is(await executeGate({ ...flags, ...files, candidate: fixture("customClientModule.ts") }, lines().write), EXIT.ok);
    assert.match(readFileSync(files.markdown, "utf8"), /^## ✅ appfabric-harness gate: no behavioural difference\n/);
    assert.match(readFileSync(files.junit, "utf8"), /tests="1" failures="0"[\s\S]*name="no behavioural difference"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("gate command: usage mistakes exit 2", async () => {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { errors.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    assert.is(await main(["gate"]), EXIT.usage);
    assert.is(await main(["gate", "--candidate", fixture("doesNotExist.ts"), "--no-corpus"]), EXIT.usage);
    assert.is(await main(["gate", "--candidate", fixture("incompleteClientModule.ts"), "--no-corpus"]), EXIT.usage);
    assert.is(await main(["gate", "--candidate", "built-in", "--property", "concurrent-pairs"]), EXIT.usage);
    assert.is(await main(["gate", "--candidate", "built-in", "--path", "0:1"]), EXIT.usage);
  } finally {
    process.stderr.write = write;
  }
  const text = errors.join("");
  assert.match(text, /required option '--candidate <module>'/);
  assert.match(text, /--candidate: Cannot load client module/);
  assert.match(text, /does not export/);
  assert.match(text, /unknown property concurrent-pairs/);
  assert.match(text, /--path replays one case/);
});

test.run();
