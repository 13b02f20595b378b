import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { chartLibrary } from "../../reports/chartLibrary.ts";
import { REDACTED, redactSecrets } from "../../secrets/redactSecrets.ts";
import { createReportSinks } from "../../reports/reportSinks.ts";
import { sampleEvents } from "../reports/sampleEvents.ts";

const KEY_ID = "AKIAIOSFODNN7EXAMPLE";
const TEMP_KEY_ID = "ASIAY34FZKBOKMUTVV7A";
const SIGNATURE = "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";
const TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+abc=";
const AUTHORIZATION = `AWS4-HMAC-SHA256 Credential=${KEY_ID}/20250102/us-east-1/appfabric/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIGNATURE}`;
const SECRETS = [KEY_ID, TEMP_KEY_ID, SIGNATURE, TOKEN, "Credential="];

test("access key ids, signatures, session tokens and Authorization values are masked", () => {
  assert.is(redactSecrets(`id ${KEY_ID} and ${TEMP_KEY_ID}.`), `id ${REDACTED} and ${REDACTED}.`);
  assert.is(redactSecrets(`Authorization: ${AUTHORIZATION}\nnext`), `Authorization: ${REDACTED}\nnext`);
  assert.is(redactSecrets(JSON.stringify({ authorization: AUTHORIZATION })), `{"authorization":"${REDACTED}"}`);
  assert.is(redactSecrets(`/x?X-Amz-Signature=${SIGNATURE}&X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&a=1`), `/x?X-Amz-Signature=${REDACTED}&X-Amz-Security-Token=${REDACTED}&a=1`);
  assert.is(redactSecrets(`x-amz-security-token: ${TOKEN}`), `x-amz-security-token: ${REDACTED}`);
  assert.is(redactSecrets(`Authorization&quot;: &quot;${AUTHORIZATION}&quot;`), `Authorization&quot;: &quot;${REDACTED}&quot;`);
});

test("ordinary text is left alone", () => {
  const text = "authorization of users; AKIA is a prefix; SignatureVersion 4; arn:aws:s3:::bucket";
  assert.is(redactSecrets(text), text);
});

test("the inlined chart library is not altered by redaction", () => {
  const bundle = chartLibrary();
  assert.ok(bundle.length > 100_000);
  assert.is(redactSecrets(bundle), bundle);
});

test("no report file carries a secret that reached an event", async () => {
  const leak = `sent Authorization: ${AUTHORIZATION} with X-Amz-Security-Token: ${TOKEN} as ${TEMP_KEY_ID}`;
  const events: RunEvent[] = sampleEvents().map((event): RunEvent => {
    if (event.type === "finding") return { ...event, checks: event.checks.map((c) => ({ ...c, message: leak })) };
    if (event.type === "property.end" && event.verdict === "failed") return { ...event, counterexample: leak, replay: `${event.replay ?? ""} # ${KEY_ID}` };
    if (event.type === "run.start") return { ...event, command: `appfabric-harness run ${KEY_ID}`, target: `live:${KEY_ID}` };
    return event;
  });
  const dir = mkdtempSync(join(tmpdir(), "redact-"));
  try {
    const { sinks } = createReportSinks({ reportDir: dir });
    for (const event of events) for (const sink of sinks) sink.emit(event);
    for (const sink of sinks) await sink.close();
    const files = readdirSync(dir).sort();
    assert.equal(files, ["events.jsonl", "history.jsonl", "index.html", "junit.xml", "summary.md"]);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const secret of SECRETS) assert.not.ok(text.includes(secret), `${file} leaks ${secret}`);
      assert.ok(text.includes(REDACTED), `${file} shows where it redacted`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a name that ends in Authorization is no header: a rule id as a JSON key keeps its line JSON", () => {
  const line = JSON.stringify({ rules: { "ingestion.create.noAppAuthorization": { held: 17, diverged: {} } }, headers: { Authorization: "AWS4-HMAC-SHA256 Credential=x" } });
  const redacted = redactSecrets(line);
  assert.ok(redacted.includes(`"ingestion.create.noAppAuthorization":{"held":17`), redacted);
  assert.not.ok(redacted.includes("Credential=x"), "the header itself is still redacted");
});

test.run();
