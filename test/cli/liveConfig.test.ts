import "../plainConsole.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT, UsageError } from "../../cli/exitCodes.ts";
import { readLiveConfig } from "../../cli/liveConfigFile.ts";
import { resolveLiveSettings } from "../../cli/liveSettings.ts";
import { main } from "../../cli/main.ts";

const dir = mkdtempSync(join(tmpdir(), "harness-config-"));
const AWS = "https://appfabric.us-east-1.amazonaws.com";
const BUNDLE = "arn:aws:appfabric:us-east-1:111122223333:appbundle/0f0e0d0c-0b0a-4908-8706-050403020100";
const INGESTION = `${BUNDLE}/ingestion/1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d`;

function configFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error("expected a UsageError");
}

/** Runs the CLI in process, returning its exit code and what it wrote to stderr (stdout is swallowed). */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { chunks.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    return { code: await main(argv), stderr: chunks.join("") };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

test("a config file is validated strictly: an unknown key or a bad value is named", () => {
  assert.match(usageMessage(() => readLiveConfig(configFile("typo.json", { acount: "111122223333" }))), /unknown key "acount"; the keys are endpoint, region, account/);
  assert.match(usageMessage(() => readLiveConfig(configFile("short.json", { account: "1234" }))), /"account" must be a 12-digit AWS account id, not "1234"/);
  assert.match(usageMessage(() => readLiveConfig(configFile("buckets.json", { s3Buckets: "one" }))), /"s3Buckets" must be a list of non-empty strings/);
  assert.match(usageMessage(() => readLiveConfig(configFile("rate.json", { rate: 0 }))), /"rate" must be a number of requests per second above 0/);
  assert.match(usageMessage(() => readLiveConfig(configFile("broken.json", "{ account: 1"))), /not valid JSON/);
  assert.match(usageMessage(() => readLiveConfig(configFile("list.json", []))), /must hold a JSON object/);
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  assert.match(usageMessage(() => readLiveConfig(configFile("deep.json", `{"rate": ${deep}}`))), /deep\.json: it nests deeper than 64 levels/);
  assert.match(usageMessage(() => readLiveConfig(join(dir, "missing.json"))), /missing\.json/);
  const good = { account: "111122223333", appBundle: BUNDLE, ingestion: INGESTION, s3Buckets: ["b1"], rate: 2.5, maxRequests: 40 };
  assert.equal(readLiveConfig(configFile("good.json", good)), good);
});

test("run and cleanup exit 2 on a bad config file, naming the key", async () => {
  const bad = configFile("bad.json", { endpoint: AWS, account: "111122223333", extra: true });
  for (const command of ["run", "cleanup"]) {
    const { code, stderr } = await cli([command, ...(command === "run" ? ["--target", "live", "--no-report"] : []), "--config", bad]);
    assert.is(code, EXIT.usage);
    assert.match(stderr, /unknown key "extra"/);
  }
});

test("off loopback, live mode names the opt-in it is missing and exits 2 before anything is sent", async () => {
  const run = await cli(["run", "--target", "live", "--endpoint", AWS, "--no-report"]);
  assert.is(run.code, EXIT.usage);
  assert.match(run.stderr, /not a loopback address\) needs an explicit opt-in; missing: --account, --app-bundle, --ingestion, --s3-bucket or --firehose-stream/);
  const partial = await cli(["run", "--target", "live", "--endpoint", AWS, "--account", "111122223333", "--s3-bucket", "b", "--no-report"]);
  assert.match(partial.stderr, /missing: --app-bundle, --ingestion \(/);
  const cleanup = await cli(["cleanup", "--endpoint", AWS]);
  assert.is(cleanup.code, EXIT.usage);
  assert.match(cleanup.stderr, /missing: --account/);
  assert.match((await cli(["run", "--target", "live", "--account", "12", "--no-report"])).stderr, /--account takes a 12-digit AWS account id/);
  const noJournalDir = await cli(["cleanup", "--endpoint", "http://127.0.0.1:1", "--journal-dir", " "]);
  assert.is(noJournalDir.code, EXIT.usage);
  assert.match(noJournalDir.stderr, /--journal-dir takes a folder the harness can write \(an empty path\)/);
});

test("settings: flags win over the config file, which wins over the environment; loopback needs no opt-in", async () => {
  const file = configFile("sandbox.json", { endpoint: AWS, account: "111122223333", appBundle: BUNDLE, ingestion: INGESTION, firehoseStreams: ["s1"], rate: 3 });
  const fromFile = await resolveLiveSettings({ config: file }, { AWS_REGION: "eu-west-1" }, "run");
  assert.equal({ ...fromFile, journalDir: "" }, { endpoint: AWS, loopback: false, region: "eu-west-1", account: "111122223333",
    parents: { appBundle: BUNDLE, ingestion: INGESTION }, sandbox: { s3Buckets: [], firehoseStreams: ["s1"] }, rate: 3, maxRequests: 5_000, teardownBudget: 300, journalDir: "" });
  const overridden = await resolveLiveSettings({ config: file, endpoint: "http://[::1]:9", rate: 7, s3Bucket: ["b2"] }, {}, "run");
  assert.equal([overridden.endpoint, overridden.loopback, overridden.rate, overridden.sandbox?.s3Buckets], ["http://[::1]:9", true, 7, ["b2"]]);
  const patient = configFile("patient.json", { endpoint: "http://127.0.0.1:9", teardownBudget: 900 });
  assert.is((await resolveLiveSettings({ config: patient }, {}, "cleanup")).teardownBudget, 900);
  assert.is((await resolveLiveSettings({ config: patient, teardownBudget: 60 }, {}, "cleanup")).teardownBudget, 60);
  assert.match(usageMessage(() => readLiveConfig(configFile("budget.json", { teardownBudget: 0 }))), /"teardownBudget" must be a whole number of seconds, 1 or more/);
  const fromEnv = await resolveLiveSettings({}, { AWS_ENDPOINT_URL_APPFABRIC: "http://localhost:4566", AWS_REGION: "us-east-1" }, "run");
  assert.equal([fromEnv.endpoint, fromEnv.loopback, fromEnv.parents, fromEnv.sandbox], ["http://localhost:4566", true, undefined, undefined]);
  // AWS_ENDPOINT_URL as the SDK takes it: after the service's own variable, before the Region's default; empty is unset.
  const general = { AWS_ENDPOINT_URL: "http://localhost:4567", AWS_REGION: "us-east-1" };
  assert.is((await resolveLiveSettings({}, general, "run")).endpoint, "http://localhost:4567");
  assert.is((await resolveLiveSettings({}, { ...general, AWS_ENDPOINT_URL_APPFABRIC: "http://localhost:4566" }, "run")).endpoint, "http://localhost:4566");
  assert.is((await resolveLiveSettings({}, { ...general, AWS_ENDPOINT_URL_APPFABRIC: "" }, "run")).endpoint, "http://localhost:4567");
  assert.is((await resolveLiveSettings({ endpoint: "http://127.0.0.1:9" }, general, "run")).endpoint, "http://127.0.0.1:9");
  await resolveLiveSettings({}, { AWS_ENDPOINT_URL: "not a url" }, "run").then(
    () => assert.unreachable("a bad AWS_ENDPOINT_URL"), (error: unknown) => assert.match(String(error), /AWS_ENDPOINT_URL must be an http:\/\/ or https:\/\/ URL/));
  const byRegion = await resolveLiveSettings({ account: "111122223333" }, { AWS_REGION: "ap-northeast-1" }, "cleanup");
  assert.is(byRegion.endpoint, "https://appfabric.ap-northeast-1.amazonaws.com");
  await resolveLiveSettings({ endpoint: "http://127.0.0.1:1", appBundle: BUNDLE }, {}, "run").then(
    () => assert.unreachable("an app bundle without an ingestion"), (error: unknown) => assert.match(String(error), /give both or neither/));
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
