/** serve's signing key: each flag wins over its variable, the environment over test/test, half a key from the environment is refused. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { UsageError } from "../../cli/exitCodes.ts";
import { serveCredential } from "../../cli/serveCredential.ts";

const ENV = { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env-secret", AWS_SESSION_TOKEN: "ignored" };

test("no flags and no variables: test/test", () => {
  assert.equal(serveCredential({}, {}), { credential: { accessKeyId: "test", secretAccessKey: "test" }, source: "the default" });
  assert.equal(serveCredential({}, { AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "" }).credential.accessKeyId, "test");
});

test("no flags: the environment's key, the session token ignored", () => {
  assert.equal(serveCredential({}, ENV), { credential: { accessKeyId: "AKIDENV", secretAccessKey: "env-secret" }, source: "AWS_ACCESS_KEY_ID" });
});

test("flags win over the environment, each on its own", () => {
  assert.equal(serveCredential({ accessKeyId: "AKIDFLAG", secretAccessKey: "flag-secret" }, ENV),
    { credential: { accessKeyId: "AKIDFLAG", secretAccessKey: "flag-secret" }, source: "--access-key-id" });
  assert.equal(serveCredential({ secretAccessKey: "flag-secret" }, ENV).credential, { accessKeyId: "AKIDENV", secretAccessKey: "flag-secret" });
  assert.equal(serveCredential({ accessKeyId: "AKIDFLAG" }, {}).credential, { accessKeyId: "AKIDFLAG", secretAccessKey: "test" });
});

test("half a key from the environment, or a variable with white space, is a UsageError that never quotes a value", () => {
  const cases: [NodeJS.ProcessEnv, RegExp][] = [
    [{ AWS_ACCESS_KEY_ID: "AKIDENV" }, /AWS_SECRET_ACCESS_KEY is not: set both, or pass --secret-access-key/],
    [{ AWS_SECRET_ACCESS_KEY: "env-secret" }, /AWS_ACCESS_KEY_ID is not: set both, or pass --access-key-id/],
    [{ AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env-secret\n" }, /AWS_SECRET_ACCESS_KEY holds white space/],
  ];
  for (const [env, message] of cases) {
    assert.throws(() => serveCredential({}, env), (error: unknown) => error instanceof UsageError && message.test(error.message)
      && !error.message.includes("env-secret"));
  }
  assert.equal(serveCredential({ secretAccessKey: "flag-secret" }, { AWS_ACCESS_KEY_ID: "AKIDENV" }).credential.secretAccessKey, "flag-secret");
});

test.run();
