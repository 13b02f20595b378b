/** `serve --mutant NAME` plants the bug in the emulator any client can point at. */
import { Command } from "commander";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { registerServe } from "../../cli/serveCommand.ts";
import { QUOTAS } from "../../model/index.ts";
import { callOperation } from "./wireCalls.ts";

async function serving(args: readonly string[], use: (url: string, lines: readonly string[]) => Promise<void>): Promise<void> {
  const lines: string[] = [];
  let stop = (_reason: string) => {};
  const stopped = new Promise<string>((resolve) => { stop = resolve; });
  let announce = (_url: string) => {};
  const listening = new Promise<string>((resolve) => { announce = resolve; });
  const program = new Command("appfabric-harness").exitOverride();
  registerServe(program, {
    log: (line) => {
      lines.push(line);
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url !== undefined) announce(url);
    },
    untilStopped: () => stopped,
  });
  const done = program.parseAsync(["serve", "--port", "0", ...args], { from: "user" });
  try {
    await use(await listening, lines);
  } finally {
    stop("test");
    await done;
  }
}

test("serve --mutant plants a response-writing bug and says which", async () => {
  await serving(["--mutant", "wrong-success-status"], async (url, lines) => {
    const created = await callOperation(url, "CreateAppBundle", { body: {} });
    assert.is(created.status, 200, created.body);
    assert.match(lines.join("\n"), /planted bug: wrong-success-status/);
  });
});

test("serve --mutant plants a handling bug", async () => {
  await serving(["--mutant", "validation-without-reason"], async (url) => {
    const refused = await callOperation(url, "CreateAppBundle", { body: { clientToken: "NOT-A-UUID" } });
    assert.is(refused.status, 400);
    assert.is(refused.headers["x-amzn-errortype"], "ValidationException");
    assert.not.ok("reason" in (JSON.parse(refused.body) as Record<string, unknown>));
  });
});

test("serve --mutant plants a bug in how the state changes", async () => {
  await serving(["--mutant", "quota-not-enforced"], async (url) => {
    const bundle = JSON.parse((await callOperation(url, "CreateAppBundle", { body: {} })).body) as { appBundle: { arn: string } };
    const created = await callOperation(url, "CreateIngestion", { labels: { appBundleIdentifier: bundle.appBundle.arn }, body: { app: "OKTA", tenantId: "t", ingestionType: "auditLog" } });
    const ingestion = JSON.parse(created.body) as { ingestion: { arn: string } };
    const labels = { appBundleIdentifier: bundle.appBundle.arn, ingestionIdentifier: ingestion.ingestion.arn };
    const body = { processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } }, destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket" } } } } };
    for (let i = 0; i <= QUOTAS.destinationsPerIngestion.limit; i++) {
      const res = await callOperation(url, "CreateIngestionDestination", { labels, body });
      assert.is(res.status, 201, `create ${i + 1}: ${res.body}`);
    }
  });
});

test("serve without --mutant answers as documented", async () => {
  await serving([], async (url, lines) => {
    assert.is((await callOperation(url, "CreateAppBundle", { body: {} })).status, 201);
    assert.not.match(lines.join("\n"), /planted bug/);
  });
});

test.run();
