import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { childEnv, FAKE, journalText, spawnHarness, startLiveEmulator } from "./liveFixtures.ts";

/** A loopback proxy in front of the emulator; `answer` may answer a request itself (true) instead of passing it on. */
async function startProxy(target: string, answer: (req: IncomingMessage, res: ServerResponse) => boolean): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    if (answer(req, res)) return;
    const forward = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answered) => {
      res.writeHead(answered.statusCode ?? 502, answered.headers);
      answered.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }) };
}

/** A pass-through proxy that keeps every SigV4 signature the harness sent. */
async function startSignatureTap(target: string): Promise<{ url: string; signatures: string[]; close: () => Promise<void> }> {
  const signatures: string[] = [];
  const proxy = await startProxy(target, (req) => {
    const signature = /Signature=([0-9a-f]+)/.exec(req.headers.authorization ?? "")?.[1];
    if (signature) signatures.push(signature);
    return false;
  });
  return { ...proxy, signatures };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("a live run leaves no trace of its credentials or signatures in output, journal or reports", async () => {
  const emulator = await startLiveEmulator({ credentials: [FAKE] });
  const tap = await startSignatureTap(emulator.url);
  const dir = mkdtempSync(join(tmpdir(), "harness-secrets-"));
  try {
    const journalDir = join(dir, "journal"), reportDir = join(dir, "report");
    const result = await spawnHarness(["run", "--target", "live", "--endpoint", tap.url, "--journal-dir", journalDir, "--report-dir", reportDir,
      "--runs", "5", "--seed", "3", "--rate", "2000", "--verbose"], dir, childEnv({ AWS_SESSION_TOKEN: FAKE.sessionToken })).done;
    assert.is(result.code, 0, result.stdout + result.stderr);
    const reports = filesUnder(reportDir);
    assert.ok(reports.some((f) => f.endsWith("events.jsonl")), "the run wrote its reports");
    assert.ok(tap.signatures.length > 20, "the run signed its requests");
    const texts = { stdout: result.stdout, stderr: result.stderr, journal: journalText(journalDir),
      ...Object.fromEntries(reports.map((f) => [f, readFileSync(f, "utf8")])) };
    assert.ok(texts.journal.length > 0);
    for (const [where, text] of Object.entries(texts)) {
      for (const secret of [FAKE.accessKeyId, FAKE.secretAccessKey, FAKE.sessionToken, ...tap.signatures]) {
        assert.not.ok(text.includes(secret), `${where} contains ${secret.slice(0, 8)}...`);
      }
    }
  } finally {
    await tap.close();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A key id no pattern knows (not AKIA/ASIA) and shorter than any masking threshold, so only masking the
 * credentials in use by value, wherever they stand alone, can keep it out.
 */
const ODD = { accessKeyId: "k3y9", secretAccessKey: FAKE.secretAccessKey, sessionToken: FAKE.sessionToken };
const PASSWORD = "Endpoint-Passw0rd-DoNotLeak";

/**
 * A proxy in front of the emulator that answers every GetIngestionDestination with a ValidationException whose
 * message echoes the caller's access key id and session token, as a careless service might.
 */
async function startEchoingProxy(target: string): Promise<{ url: string; echoes: () => number; close: () => Promise<void> }> {
  let echoes = 0;
  const proxy = await startProxy(target, (req, res) => {
    if (req.method !== "GET" || !/\/ingestiondestinations\/[^/?]+$/.test(req.url ?? "")) return false;
    const keyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? "")?.[1] ?? "";
    echoes++;
    req.resume();
    res.writeHead(400, { "content-type": "application/json", "x-amzn-errortype": "ValidationException" });
    res.end(JSON.stringify({ message: `request signed by ${keyId} with token ${String(req.headers["x-amz-security-token"])} refused`, reason: "other" }));
    return true;
  });
  return { ...proxy, echoes: () => echoes };
}

test("a key id of any shape and length echoed by the server, and an endpoint's password, reach no output, journal, corpus file or report", async () => {
  const emulator = await startLiveEmulator({ credentials: [ODD] });
  const proxy = await startEchoingProxy(emulator.url);
  const dir = mkdtempSync(join(tmpdir(), "harness-echo-"));
  try {
    const journalDir = join(dir, "journal"), reportDir = join(dir, "report"), corpusDir = join(dir, "corpus");
    const endpoint = proxy.url.replace("http://", `http://harness:${PASSWORD}@`);
    const env = childEnv({ AWS_ACCESS_KEY_ID: ODD.accessKeyId, AWS_SESSION_TOKEN: ODD.sessionToken });
    const result = await spawnHarness(["run", "--target", "live", "--endpoint", endpoint, "--journal-dir", journalDir, "--report-dir", reportDir,
      "--property", "update-semantics", "--runs", "3", "--seed", "3", "--rate", "2000", "--corpus-dir", corpusDir, "--verbose"], dir, env).done;
    assert.is(result.code, 1, result.stdout + result.stderr);
    assert.ok(proxy.echoes() > 0, "the server echoed the credentials");
    assert.match(result.stdout, /failed with ValidationException: request signed by \[REDACTED\] with token \[REDACTED\] refused/, result.stdout);
    assert.match(result.stdout, /http:\/\/\[REDACTED\]@127\.0\.0\.1/, "the endpoint is printed, without its userinfo");
    const reports = [...filesUnder(reportDir), ...filesUnder(corpusDir)];
    assert.ok(filesUnder(corpusDir).length > 0, "the counterexample was saved");
    for (const name of ["events.jsonl", "junit.xml", "summary.md", "index.html", "history.jsonl"]) {
      assert.ok(reports.some((f) => f.endsWith(name)), `the run wrote ${name}`);
    }
    assert.match(readFileSync(join(reportDir, "junit.xml"), "utf8"), /request signed by \[REDACTED\]/, "the finding is in the report");
    const texts = { stdout: result.stdout, stderr: result.stderr, journal: journalText(journalDir),
      ...Object.fromEntries(reports.map((f) => [f, readFileSync(f, "utf8")])) };
    for (const [where, text] of Object.entries(texts)) {
      for (const secret of [ODD.secretAccessKey, ODD.sessionToken, PASSWORD]) {
        assert.not.ok(text.includes(secret), `${where} contains ${secret.slice(0, 8)}...`);
      }
      // Short, it may stand inside another word (a header name, a hash); never on its own.
      assert.not.match(text, new RegExp(`(^|[^A-Za-z0-9])${ODD.accessKeyId}([^A-Za-z0-9]|$)`), `${where} contains the key id`);
    }
  } finally {
    await proxy.close();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
