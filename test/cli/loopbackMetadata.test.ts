/** A loopback live run asks no metadata service for its Region or credentials, and no STS for its account. */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { connectLive } from "../../cli/connectLive.ts";
import { resolveLiveSettings } from "../../cli/liveSettings.ts";
import { InfrastructureError } from "../../properties/finding.ts";
import { FAKE } from "./liveFixtures.ts";

const home = mkdtempSync(join(tmpdir(), "harness-no-metadata-"));
const saved = { ...process.env };
const asked: string[] = [];
// One stand-in for every service a loopback run must not ask: instance and container metadata, and STS.
const services = createServer((req, res) => {
  asked.push(`${req.method} ${req.url}`);
  res.writeHead(500).end();
});

test.before(async () => {
  await new Promise<void>((resolve) => services.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(services.address() as AddressInfo).port}`;
  for (const name of Object.keys(process.env)) if (name.startsWith("AWS_")) delete process.env[name];
  Object.assign(process.env, { HOME: home, AWS_EC2_METADATA_SERVICE_ENDPOINT: url, AWS_CONTAINER_CREDENTIALS_FULL_URI: `${url}/credentials`, AWS_ENDPOINT_URL_STS: url });
});

test.before.each(() => {
  asked.length = 0;
});

test.after(async () => {
  process.env = saved;
  await new Promise((resolve) => services.close(resolve));
  rmSync(home, { recursive: true, force: true });
});

test("with no Region anywhere, a loopback run takes us-east-1 without asking the instance's metadata service", async () => {
  const settings = await resolveLiveSettings({ endpointUrl: "http://127.0.0.1:1" }, {}, "run");
  assert.is(settings.region, "us-east-1");
  assert.equal(asked, []);
});

test("with no credentials on the machine, a loopback run says so without asking instance or container metadata", async () => {
  const settings = await resolveLiveSettings({ endpointUrl: "http://127.0.0.1:1" }, {}, "run");
  const error = await connectLive(settings).then(() => assert.unreachable("credentials out of nowhere"), (e: unknown) => e);
  assert.equal(asked, []);
  assert.ok(error instanceof InfrastructureError, String(error));
  assert.match(error.message, /no AWS credentials for http:\/\/127\.0\.0\.1:1: no AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment, and profile default has no/);
});

test("--account on loopback is not checked: STS is not asked, and the run says so", async () => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: FAKE.accessKeyId, AWS_SECRET_ACCESS_KEY: FAKE.secretAccessKey });
  const lines: string[] = [];
  const live = await connectLive(await resolveLiveSettings({ endpointUrl: "http://127.0.0.1:1", account: "111122223333" }, {}, "run"), undefined, (line) => lines.push(line));
  await live.target.close();
  assert.equal(lines, ["--account 111122223333 is not checked: http://127.0.0.1:1 is on this machine, not AWS, and STS is not asked on loopback"]);
  assert.equal(asked, []);
});

test.run();
