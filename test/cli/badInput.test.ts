/**
 * Mistakes in how the harness is called or in the files it is given end with one clear line and exit 2, never
 * a stack trace; each row is a probe that once ended otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
