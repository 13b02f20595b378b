import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as commands from "../../client/commands.ts";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { prepareLive } from "../../cli/prepareLive.ts";
import { createContract } from "../../contracts/contract.ts";
import { inputValidator } from "../../contracts/inputValidator.ts";
import { EMULATOR_ACCOUNT } from "../../emulator/index.ts";
import { InfrastructureError } from "../../properties/finding.ts";
import { childEnv, emulatorClient, everything, FAKE, journalText, spawnHarness, startLiveEmulator } from "./liveFixtures.ts";

/** A stand-in for STS: answers GetCallerIdentity (query protocol, XML) for the given account. */
async function startSts(account: string): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => { body += chunk.toString(); });
    req.on("end", () => {
      requests.push(body);
      res.writeHead(200, { "content-type": "text/xml" });
      res.end(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>` +
        `<Arn>arn:aws:iam::${account}:user/harness</Arn><UserId>AIDAHARNESSSTANDIN</UserId><Account>${account}</Account>` +
        `</GetCallerIdentityResult><ResponseMetadata><RequestId>4c1f0e2a-0000-4000-8000-000000000000</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The sandbox a user would name: an app bundle, an ingestion and one destination the harness did not create. */
async function sandbox(endpoint: string) {
  const client = emulatorClient(endpoint);
  const bundle = (await client.send(new commands.CreateAppBundleCommand({}))).appBundle.arn;
  const ingestion = (await client.send(new commands.CreateIngestionCommand({ appBundleIdentifier: bundle, app: "OKTA", tenantId: "sandbox", ingestionType: "auditLog" }))).ingestion.arn;
  const foreign = (await client.send(new commands.CreateIngestionDestinationCommand({ appBundleIdentifier: bundle, ingestionIdentifier: ingestion,
    processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "users-own-bucket" } } } } }))).ingestionDestination.arn;
  client.destroy();
  return { bundle, ingestion, foreign };
}

function sandboxRun(endpoint: string, dir: string, parents: { bundle: string; ingestion: string }): string[] {
  return ["run", "--target", "live", "--endpoint", endpoint, "--account", EMULATOR_ACCOUNT, "--app-bundle", parents.bundle,
    "--ingestion", parents.ingestion, "--s3-bucket", "harness-sandbox-bucket", "--firehose-stream", "harness-sandbox-stream",
    "--journal-dir", dir, "--runs", "8", "--seed", "5", "--rate", "2000", "--no-report"];
}

/**
 * Off loopback only: a loopback endpoint is not AWS, and STS is not asked there. The test cannot reach AWS, so it
 * prepares a run in process against the emulator taken for a remote endpoint.
 */
test("the account guard refuses credentials of another account before anything is sent to AppFabric", async () => {
  const [emulator, sts] = await Promise.all([startLiveEmulator(), startSts("999999999999")]);
  const dir = mkdtempSync(join(tmpdir(), "harness-guard-"));
  const saved = { ...process.env };
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: FAKE.accessKeyId, AWS_SECRET_ACCESS_KEY: FAKE.secretAccessKey, AWS_ENDPOINT_URL_STS: sts.url });
  delete process.env.AWS_PROFILE;
  try {
    const parents = await sandbox(emulator.url);
    const callsBefore = emulator.calls();
    const settings = { endpoint: emulator.url, loopback: false, region: "us-east-1", account: EMULATOR_ACCOUNT, parents: { appBundle: parents.bundle, ingestion: parents.ingestion },
      sandbox: { s3Buckets: ["harness-sandbox-bucket"], firehoseStreams: [] }, rate: 2000, maxRequests: 100, teardownBudget: 30, journalDir: dir };
    const io = { runId: "guard", module: await loadClientModule("built-in"), validate: inputValidator(createContract()), cleanupCommand: "", say: () => {} };
    const refused = await prepareLive(settings, io).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof InfrastructureError, String(refused));
    assert.match(refused.message, /credentials belong to account 999999999999, not 123456789012/);
    assert.match(sts.requests.join(""), /Action=GetCallerIdentity/);
    assert.is(emulator.calls(), callsBefore, "nothing may reach AppFabric once the account is wrong");
    assert.is(journalText(dir), "");
  } finally {
    process.env = saved;
    await Promise.all([emulator.close(), sts.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a sandbox run on loopback works under the existing parents, never touches what it did not create, and asks no STS for --account", async () => {
  const [emulator, sts] = await Promise.all([startLiveEmulator(), startSts(EMULATOR_ACCOUNT)]);
  const dir = mkdtempSync(join(tmpdir(), "harness-sandbox-"));
  try {
    const parents = await sandbox(emulator.url);
    const result = await spawnHarness(sandboxRun(emulator.url, dir, parents), dir, childEnv({ AWS_ENDPOINT_URL_STS: sts.url })).done;
    assert.equal(sts.requests, []);
    assert.match(result.stdout, /--account 123456789012 is not checked: .* is on this machine, not AWS, and STS is not asked on loopback/);
    // The oracle must know the foreign destination: else quota and list predictions diverge and the run fails.
    assert.is(result.code, 0, result.stdout + result.stderr);
    assert.equal((await everything(emulator.url)).sort(), [parents.bundle, parents.ingestion, parents.foreign].sort());
    assert.match(journalText(dir), /"bucketName":"harness-sandbox-bucket"|"streamName":"harness-sandbox-stream"/);
    assert.not.match(journalText(dir), /"type":"intent","[^\n]*"operation":"Create(AppBundle|Ingestion)"/);
  } finally {
    await Promise.all([emulator.close(), sts.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
