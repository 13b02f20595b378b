/**
 * Mistakes in how the harness is called or in the files it is given end with one clear line and exit 2, never
 * a stack trace; each row is a probe that once ended otherwise.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
