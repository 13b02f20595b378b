/** What a run says beside its events: each corpus file it retires, and where its report is. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { runMain } from "./runMain.ts";

test("a case that holds retires its corpus file only on the target it was found on; elsewhere the file is kept, and the run ends with the report's path", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-end-lines-"));
  try {
    const corpus = join(dir, "corpus"), reportDir = join(dir, "report");
    const failing = await runMain(["run", "--target", "model", "--mutant", "update-changes-processing", "--property", "update-semantics", "--seed", "5",
      "--runs", "20", "--corpus-dir", corpus, "--no-report", "--quiet"]);
    assert.is(failing.code, EXIT.findings);
    const [saved] = readdirSync(corpus);
    const file = join(corpus, saved ?? "");
    const holding = ["run", "--target", "model", "--property", "update-semantics", "--seed", "1", "--runs", "2", "--corpus-dir", corpus];
    // The bug was found under a planted mutant: the correct model passing the case says nothing of it.
    const elsewhere = await runMain([...holding, "--no-report"]);
    assert.is(elsewhere.code, EXIT.ok, elsewhere.stdout + elsewhere.stderr);
    assert.match(elsewhere.stdout, `\ncorpus: kept ${file}: its case holds here, but it was found on model with mutant update-changes-processing`);
    assert.ok(existsSync(file), "a bug found on one target must not disappear because another passes");
    // Found on this very target (as if the bug had since been fixed there): now it leaves.
    const entry = JSON.parse(readFileSync(file, "utf8")) as { found: { mutant?: string } };
    delete entry.found.mutant;
    writeFileSync(file, JSON.stringify(entry));
    const fixed = await runMain([...holding, "--report-dir", reportDir]);
    assert.is(fixed.code, EXIT.ok, fixed.stdout + fixed.stderr);
    assert.match(fixed.stdout, `\ncorpus: retired ${file}: its case holds now\n`);
    assert.not.ok(existsSync(file));
    assert.ok(fixed.stdout.endsWith(`\nreport: ${join(reportDir, "index.html")}\n`), fixed.stdout);
    assert.ok(existsSync(join(reportDir, "index.html")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
