/** AWS's spellings and precedence in live mode: --profile, --region, --endpoint-url over the environment over the shared files. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { UsageError } from "../../cli/exitCodes.ts";
import { resolveLiveSettings } from "../../cli/liveSettings.ts";
import { loopbackCredentials } from "../../cli/loopbackCredentials.ts";

const dir = mkdtempSync(join(tmpdir(), "harness-aws-settings-"));
const saved = { ...process.env };
const LOOPBACK = "http://127.0.0.1:9";

test.before(() => {
  // The shared files are the SDK's to find: through these variables, which the test points at files of its own.
  process.env.AWS_CONFIG_FILE = join(dir, "config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, "credentials");
  writeFileSync(process.env.AWS_CONFIG_FILE, [
    "[default]", "region = eu-north-1",
    "[profile sandbox]", "region = ap-south-1", "endpoint_url = http://localhost:4599",
  ].join("\n"));
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE, [
    "[default]", "aws_access_key_id = AKIADEFAULTPROFILE01", "aws_secret_access_key = default-secret",
    "[sandbox]", "aws_access_key_id = AKIASANDBOXPROFILE01", "aws_secret_access_key = sandbox-secret", "aws_session_token = sandbox-token",
  ].join("\n"));
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION"]) delete process.env[name];
});

test.after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const region = async (flags: Parameters<typeof resolveLiveSettings>[0], env: Record<string, string>) =>
  (await resolveLiveSettings({ endpointUrl: LOOPBACK, ...flags }, env, "run")).region;

test("the Region: --region, then the config file, then AWS_REGION, then AWS_DEFAULT_REGION, then the profile's", async () => {
  const config = join(dir, "live.json");
  writeFileSync(config, JSON.stringify({ region: "sa-east-1" }));
  const env = { AWS_REGION: "eu-west-3", AWS_DEFAULT_REGION: "ca-central-1" };
  assert.is(await region({ region: "us-west-2", config }, env), "us-west-2");
  assert.is(await region({ config }, env), "sa-east-1");
  assert.is(await region({}, env), "eu-west-3");
  assert.is(await region({}, { AWS_DEFAULT_REGION: "ca-central-1" }), "ca-central-1");
  assert.is(await region({}, { AWS_REGION: "", AWS_DEFAULT_REGION: "ca-central-1" }), "ca-central-1", "an empty variable is unset");
  assert.is(await region({}, {}), "eu-north-1", "the default profile's");
  assert.is(await region({ profile: "sandbox" }, {}), "ap-south-1");
  assert.is(await region({}, { AWS_PROFILE: "sandbox" }), "ap-south-1");
  assert.is(await region({ profile: "nobody" }, {}), "us-east-1", "a profile the files do not hold states nothing: loopback's default");
  await resolveLiveSettings({ endpointUrl: LOOPBACK }, { AWS_DEFAULT_REGION: "Mars" }, "run").then(() => assert.unreachable("a bad AWS_DEFAULT_REGION"),
    (error: unknown) => assert.match(String(error), /AWS_DEFAULT_REGION must be an AWS Region such as us-east-1, not "Mars"/));
});

test("the profile: --profile, then the config file, then AWS_PROFILE; handed on, never set in the environment", async () => {
  const config = join(dir, "profile.json");
  writeFileSync(config, JSON.stringify({ profile: "from-config" }));
  const settings = (flags: Parameters<typeof resolveLiveSettings>[0], env: Record<string, string>) => resolveLiveSettings({ endpointUrl: LOOPBACK, ...flags }, env, "run");
  assert.is((await settings({ profile: "sandbox", config }, { AWS_PROFILE: "env" })).profile, "sandbox");
  assert.is((await settings({ config }, { AWS_PROFILE: "env" })).profile, "from-config");
  assert.is((await settings({}, { AWS_PROFILE: "env" })).profile, "env");
  assert.is((await settings({}, {})).profile, undefined, "none named: the SDK's default chain, environment keys first");
  assert.is(process.env.AWS_PROFILE, undefined);
});

test("the endpoint: --endpoint-url (or its alias --endpoint), then AWS_ENDPOINT_URL_APPFABRIC, then AWS_ENDPOINT_URL, then the profile's endpoint_url", async () => {
  const endpoint = async (flags: Parameters<typeof resolveLiveSettings>[0], env: Record<string, string>) => (await resolveLiveSettings(flags, env, "cleanup")).endpoint;
  const env = { AWS_ENDPOINT_URL_APPFABRIC: "http://localhost:4566", AWS_ENDPOINT_URL: "http://localhost:4567", AWS_PROFILE: "sandbox" };
  assert.is(await endpoint({ endpointUrl: "http://127.0.0.1:7" }, env), "http://127.0.0.1:7");
  assert.is(await endpoint({ endpoint: "http://127.0.0.1:8" }, env), "http://127.0.0.1:8");
  assert.is(await endpoint({ endpointUrl: "http://127.0.0.1:8", endpoint: "http://127.0.0.1:8" }, env), "http://127.0.0.1:8");
  assert.is(await endpoint({}, env), "http://localhost:4566");
  assert.is(await endpoint({}, { ...env, AWS_ENDPOINT_URL_APPFABRIC: "" }), "http://localhost:4567");
  assert.is(await endpoint({}, { AWS_PROFILE: "sandbox" }), "http://localhost:4599");
  assert.is(await endpoint({ profile: "sandbox" }, {}), "http://localhost:4599");
  assert.is(await endpoint({ account: "111122223333" }, { AWS_REGION: "eu-west-2" }), "https://appfabric.eu-west-2.amazonaws.com");
  await resolveLiveSettings({ endpointUrl: "http://127.0.0.1:7", endpoint: "http://127.0.0.1:8" }, {}, "run").then(() => assert.unreachable("two endpoints"),
    (error: unknown) => assert.ok(error instanceof UsageError && /--endpoint is an alias of --endpoint-url: give one of them/.test(error.message), String(error)));
});

test("loopback credentials: a named profile's keys (the environment's passed over, as the SDK does), else the environment's, else the default profile's", async () => {
  process.env.AWS_ACCESS_KEY_ID = "AKIAENVIRONMENTKEY01";
  process.env.AWS_SECRET_ACCESS_KEY = "environment-secret";
  try {
    assert.equal(await loopbackCredentials("sandbox")(), { accessKeyId: "AKIASANDBOXPROFILE01", secretAccessKey: "sandbox-secret", sessionToken: "sandbox-token" });
    assert.is((await loopbackCredentials(undefined)()).accessKeyId, "AKIAENVIRONMENTKEY01");
  } finally {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
  }
  assert.equal(await loopbackCredentials(undefined)(), { accessKeyId: "AKIADEFAULTPROFILE01", secretAccessKey: "default-secret" });
  await loopbackCredentials("nobody")().then(() => assert.unreachable("a profile without keys"),
    (error: unknown) => assert.match(String(error), /profile nobody has no aws_access_key_id and aws_secret_access_key in the shared files; on a loopback endpoint the harness takes credentials from those only/));
});

test.run();
