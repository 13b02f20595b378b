/** What a run says beside its events: each corpus file it retires, and where its report is. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { runMain } from "./runMain.ts";

test("a run names each corpus file it retires and ends with the report's path", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-end-lines-"));
  try {
    const corpus = join(dir, "corpus"), reportDir = join(dir, "report");
    const failing = await runMain(["run", "--target", "model", "--mutant", "update-changes-processing", "--property", "update-semantics", "--seed", "5",
      "--runs", "20", "--corpus-dir", corpus, "--no-report", "--quiet"]);
    assert.is(failing.code, EXIT.findings);
    const [saved] = readdirSync(corpus);
    const holding = await runMain(["run", "--target", "model", "--property", "update-semantics", "--seed", "1", "--runs", "2",
      "--corpus-dir", corpus, "--report-dir", reportDir]);
    assert.is(holding.code, EXIT.ok, holding.stdout + holding.stderr);
    assert.match(holding.stdout, `\ncorpus: retired ${join(corpus, saved ?? "")}: its case holds now\n`);
    assert.not.ok(existsSync(join(corpus, saved ?? "")));
    assert.ok(holding.stdout.endsWith(`\nreport: ${join(reportDir, "index.html")}\n`), holding.stdout);
    assert.ok(existsSync(join(reportDir, "index.html")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
