/**
 * Mistakes in how the harness is called or in the files it is given end with one clear line and exit 2, never
 * a stack trace; each row is a probe that once ended otherwise.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { runMain, STACK_LINE } from "./runMain.ts";

const dir = mkdtempSync(join(tmpdir(), "harness-bad-input-"));
const FILE = join(dir, "a-file");
const FOLDER = join(dir, "a-folder");
writeFileSync(FILE, "not a folder\n");
mkdirSync(FOLDER);
const GARBAGE = join(dir, "garbage.jsonl");
writeFileSync(GARBAGE, "garbage\n");
const WRONG_START = join(dir, "wrong-start.jsonl");
writeFileSync(WRONG_START, '{"type":"run.start","runId":5}\n');
/** A counterexample saved by a failing run (in `before`), and the damaged copies of it the rows replay. */
let SAVED = "";
const copies: (() => void)[] = [];
function savedCopy(name: string, edit: (text: string) => string): string {
  const file = join(dir, `${name}.json`);
  copies.push(() => writeFileSync(file, edit(SAVED)));
  return file;
}
test.before(async () => {
  const corpus = join(dir, "corpus");
  const saving = await runMain(["run", "--target", "model", "--mutant", "update-changes-processing", "--property", "update-semantics", "--seed", "5",
    "--runs", "20", "--corpus-dir", corpus, "--no-report", "--quiet"]);
  assert.is(saving.code, EXIT.findings, "a failing run saves a counterexample to build the damaged copies on");
  SAVED = readFileSync(join(corpus, readdirSync(corpus)[0] ?? ""), "utf8");
  for (const copy of copies) copy();
});
const withSeed = (seed: string) => (text: string) => text.replace(/"seed": \d+/, `"seed": ${seed}`);
const withCounterexample = (value: string) => (text: string) => {
  const entry = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify({ ...entry, counterexample: "HERE" }).replace('"HERE"', value);
};
const BAD_CONFIG = join(dir, "bad-config.json");
writeFileSync(BAD_CONFIG, '{"bogus": 1}');

/** Mistakes only found once the flags are merged with --config and the environment, or a module is loaded. */
const AFTER_PARSING: readonly (readonly [readonly string[], RegExp])[] = [
  [["run", "--target", "live", "--config", BAD_CONFIG], /--config .*bad-config\.json: unknown key "bogus"/],
  [["run", "--target", "live", "--endpoint", "https://appfabric.example.com"], /needs an explicit opt-in; missing: --account/],
  [["run", "--client", join(dir, "no-such-client")], /Cannot load client module/],
  // A live run drives the --client it is given too, so a module it cannot use is refused there as well.
  [["run", "--target", "live", "--endpoint", "http://127.0.0.1:1", "--client", join(dir, "no-such-client")], /Cannot load client module/],
];

/** argv, and what the one line on stderr must say. */
const USAGE: readonly (readonly [readonly string[], RegExp])[] = [
  [["run", "--report-dir", FILE], /--report-dir takes a folder the harness can write, not ".*a-file" \(a file, not a folder\)/],
  [["run", "--corpus-dir", FILE], /--corpus-dir takes a folder the harness can write/],
  [["run", "--corpus-dir", join(FILE, "below")], /under .*a-file, which is a file/],
  [["run", "--target", "live", "--journal-dir", FILE], /--journal-dir takes a folder the harness can write \(a file, not a folder\)/],
  [["cleanup", "--journal-dir", FILE], /--journal-dir takes a folder the harness can write/],
  [["report", FILE, "--report-dir", FILE], /--report-dir takes a folder the harness can write/],
  [["report", FILE, "--history", FOLDER], /--history takes a file the harness can write, not ".*a-folder" \(a folder, not a file\)/],
  [["gate", "--candidate", "built-in", "--json", FOLDER], /--json takes a file the harness can write/],
  [["report", FOLDER], /a-folder is a folder; give the events\.jsonl in it/],
  [["report", GARBAGE], /garbage\.jsonl is not an event log/],
  [["report", WRONG_START], /wrong-start\.jsonl is not an event log/],
  [["replay", savedCopy("seed-1e400", withSeed("1e400"))], /seed-1e400\.json cannot be replayed: its seed must be an integer from 0 to 2147483647, not Infinity/],
  [["replay", savedCopy("seed-1e26", withSeed("1e26"))], /its seed must be an integer from 0 to 2147483647, not 1e\+26/],
  [["replay", savedCopy("seed-abc", withSeed('"abc"'))], /its seed must be an integer from 0 to 2147483647, not "abc"/],
  [["replay", savedCopy("null", withCounterexample("null"))], /null\.json cannot be replayed: its counterexample must be a JSON object or array/],
  [["replay", savedCopy("deep", withCounterexample(`${"[".repeat(100_000)}${"]".repeat(100_000)}`))], /deep\.json cannot be replayed: it nests deeper than 64 levels/],
  [["replay", savedCopy("deep-seed", withSeed(`${"[".repeat(100_000)}${"]".repeat(100_000)}`))], /deep-seed\.json cannot be replayed: it nests deeper than 64 levels/],
  [["replay", savedCopy("wrong-shape", withCounterexample('{"create": 5}'))], /wrong-shape\.json cannot be replayed: its counterexample does not fit property update-semantics \(TypeError: /],
  [["replay", FOLDER], /a-folder is not a readable counterexample file: it is a folder/],
  [["serve", "--host", "999.1.1.1"], /--host takes an IP address or a host name, not "999\.1\.1\.1"/],
  ...AFTER_PARSING,
];

for (const [argv, message] of USAGE) {
  test(`${argv.join(" ").replaceAll(dir, "DIR")}: exit 2 with one line`, async () => {
    const result = await runMain(argv);
    assert.is(result.code, EXIT.usage, result.stdout + result.stderr);
    assert.match(result.stderr, message);
    assert.is(result.stdout, "", "nothing but the error");
    assert.is(result.stderr.trim().split("\n").length, 1, result.stderr);
    assert.not.match(result.stderr, STACK_LINE);
  });
}

test("a usage error found after parsing prints no banner and leaves the last report and the trend as they were", async () => {
  const reportDir = join(dir, "report");
  const done = await runMain(["run", "--target", "model", "--property", "create-valid", "--runs", "2", "--seed", "1", "--no-corpus", "--report-dir", reportDir]);
  assert.is(done.code, EXIT.ok, done.stdout + done.stderr);
  const snapshot = () => Object.fromEntries(readdirSync(reportDir).map((name) => [name, readFileSync(join(reportDir, name), "utf8")]));
  const before = snapshot();
  for (const [argv] of AFTER_PARSING) {
    const result = await runMain([...argv, "--report-dir", reportDir]);
    assert.is(result.code, EXIT.usage);
    assert.not.match(result.stdout + result.stderr, /seed|INCOMPLETE/);
  }
  assert.equal(snapshot(), before);
});

test("a run skips a corpus file whose counterexample its property cannot run, with a warning, and runs the rest", async () => {
  const corpus = join(dir, "mixed-corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "update-semantics-good.json"), SAVED);
  writeFileSync(join(corpus, "update-semantics-damaged.json"), withCounterexample('{"create": 5}')(SAVED));
  const result = await runMain(["run", "--target", "model", "--property", "update-semantics", "--runs", "2", "--seed", "1", "--corpus-dir", corpus, "--no-report"]);
  assert.is(result.code, EXIT.ok, result.stdout + result.stderr);
  assert.match(result.stderr, /skipping corpus file: .*update-semantics-damaged\.json cannot be replayed: its counterexample does not fit property update-semantics/);
  assert.match(result.stdout, /corpus\/update-semantics-good: passed/);
});

test("serve on a port already in use: exit 3 with one line naming the port", async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  const { port } = busy.address() as AddressInfo;
  try {
    const result = await runMain(["serve", "--port", String(port)], { serve: { log: () => {}, untilStopped: async () => "test" } });
    assert.is(result.code, EXIT.infrastructure, result.stdout + result.stderr);
    assert.is(result.stderr, `appfabric-harness: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE); choose another --port, or 0 for a free one\n`);
  } finally {
    await new Promise((resolve) => busy.close(resolve));
  }
});

test("an error nobody expected (a report file that is a folder) ends with one line and exit 3", async () => {
  const log = join(dir, "report", "events.jsonl");
  const out = join(dir, "blocked-report");
  mkdirSync(join(out, "junit.xml"), { recursive: true });
  const result = await runMain(["report", log, "--report-dir", out]);
  assert.is(result.code, EXIT.infrastructure, result.stdout + result.stderr);
  assert.match(result.stderr, /^appfabric-harness: EISDIR: illegal operation on a directory, open '.*junit\.xml'; no judgement was made\n$/);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
