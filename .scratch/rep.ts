import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { executeRun } from "../cli/executeRun.ts";
import { executeReport } from "../cli/registerReport.ts";
async function main() {
  const dir = mkdtempSync(join(tmpdir(), "x-"));
  await executeRun({ target: "mock", runs: 5, strict: false, reportDir: join(dir, "run"), report: true, quiet: true, verbose: false, throttleRate: 0, errorRate: 0, corpus: false, corpusDir: "", explore: false, stopAtFirst: false, seed: 8 } as never, { stdout: { write: () => true, isTTY: false }, env: { CI: "true" } } as never);
  const events = readFileSync(join(dir, "run", "events.jsonl"), "utf8");
  console.log(events.split("\n").slice(0, 7).map((l) => l.slice(0, 100)).join("\n"));
  const cut = events.split("\n").slice(0, 6).join("\n") + "\n{\"type\":\"ca";
  writeFileSync(join(dir, "killed.jsonl"), cut);
  executeReport(join(dir, "killed.jsonl"), { reportDir: join(dir, "killed") }, { write: (t) => { process.stdout.write(t); return true; } });
}
void main();
