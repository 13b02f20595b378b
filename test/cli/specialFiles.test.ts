/**
 * Every place the CLI reads a file a user names refuses a FIFO at once with one line (exit 2 where it is the
 * command's input), where it once waited for a writer forever; a FIFO among journals or counterexamples is named
 * and passed over. Each read runs under `guarded`, so a regression fails after 5 s instead of hanging the file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus, readCorpusEntry } from "../../cli/corpus.ts";
import { EXIT, UsageError } from "../../cli/exitCodes.ts";
import { readLiveConfig } from "../../cli/liveConfigFile.ts";
import { executeReport } from "../../cli/registerReport.ts";
import { ModelFileError } from "../../drift/ModelFileError.ts";
import { readModelFile } from "../../drift/readModelFile.ts";
import { NotARegularFile } from "../../files/readRegularFile.ts";
import { readHistory } from "../../reports/history.ts";
import { readEventLog } from "../../reports/readEventLog.ts";
import { readJournal, readJournals } from "../../safety/readJournal.ts";
import { guarded, makeFifo } from "../files/specialFiles.ts";
import { runMain, STACK_LINE } from "./runMain.ts";

const dir = mkdtempSync(join(tmpdir(), "harness-special-files-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const FIFO = makeFifo(dir, "pipe");
const REFUSED = "not a regular file (a FIFO)";

/** Runs a read of FIFOs under the guard and hands back what it threw, after asserting it was prompt. */
async function refusedPromptly(fifos: readonly string[], read: () => unknown): Promise<unknown> {
  const result = await guarded(fifos, read);
  assert.ok(result.ms < 2000, `held ${result.ms} ms: it waited for a writer`);
  return result.error ?? result.value;
}

/** Each site given the FIFO itself: what it must throw. */
const SITES: readonly (readonly [string, (fifo: string) => unknown, (error: unknown) => boolean])[] = [
  ["cleanup's journal (readJournal)", readJournal, (e) => e instanceof NotARegularFile && e.message === REFUSED],
  ["--config (readLiveConfig)", readLiveConfig, (e) => e instanceof UsageError && e.message === `--config ${FIFO}: ${REFUSED}`],
  ["replay's file (readCorpusEntry)", readCorpusEntry, (e) => e instanceof UsageError && e.message === `${FIFO} is not a readable counterexample file: ${REFUSED}`],
  ["report's event log (executeReport)", (fifo) => executeReport(fifo, {}, { write: () => true }), (e) => e instanceof UsageError && e.message === `cannot read ${FIFO}: ${REFUSED}`],
  ["an event log merged (readEventLog)", readEventLog, (e) => e instanceof NotARegularFile && e.path === FIFO],
  ["--history (readHistory)", readHistory, (e) => e instanceof NotARegularFile && e.path === FIFO],
  ["drift --model (readModelFile)", readModelFile, (e) => e instanceof ModelFileError && e.message === `cannot read ${FIFO}: ${REFUSED}`],
];

for (const [site, read, expected] of SITES) {
  test(`${site} refuses a FIFO at once`, async () => {
    if (FIFO === undefined) return console.log("skipped: mkfifo is not available here");
    const thrown = await refusedPromptly([FIFO], () => read(FIFO));
    assert.ok(expected(thrown), String(thrown));
  });
}

test("a FIFO among the journals is unreadable, named with why, and the others are still read", async () => {
  const journals = join(dir, "journals");
  mkdirSync(journals);
  const fifo = makeFifo(journals, "fifo.jsonl");
  if (fifo === undefined) return console.log("skipped: mkfifo is not available here");
  writeFileSync(join(journals, "run.jsonl"), `${JSON.stringify({ type: "run", runId: "r1", at: "2026-01-01T00:00:00Z", endpoint: "http://127.0.0.1:1" })}\n`);
  const read = await refusedPromptly([fifo], () => readJournals(journals)) as ReturnType<typeof readJournals>;
  assert.equal(read.unreadable, [{ file: fifo, reason: REFUSED }]);
  assert.equal(read.journals.map((j) => j.header.runId), ["r1"]);
});

test("a FIFO in the corpus is a problem named, not a run that waits", async () => {
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  const fifo = makeFifo(corpus, "stuck.json");
  if (fifo === undefined) return console.log("skipped: mkfifo is not available here");
  const entries = await refusedPromptly([fifo], () => loadCorpus(corpus));
  assert.equal(entries, [{ file: fifo, problem: `${fifo} is not a readable counterexample file: ${REFUSED}` }]);
});

test("through the CLI: --config and a merged shard's log that are FIFOs end with one line and exit 2", async () => {
  if (FIFO === undefined) return console.log("skipped: mkfifo is not available here");
  const config = await guarded([FIFO], () => runMain(["run", "--target", "live", "--config", FIFO]));
  assert.ok(config.ms < 2000, `held ${config.ms} ms`);
  assert.equal({ code: config.value?.code, stderr: config.value?.stderr }, { code: EXIT.usage, stderr: `appfabric-harness: --config ${FIFO}: ${REFUSED}\n` });
  const shard = join(dir, "shard");
  mkdirSync(shard);
  const log = makeFifo(shard, "events.jsonl") ?? "";
  const merge = await guarded([log], () => runMain(["report", "--merge", shard, "--report-dir", join(dir, "merged")]));
  assert.ok(merge.ms < 2000, `held ${merge.ms} ms`);
  assert.is(merge.value?.code, EXIT.usage, merge.value?.stderr);
  assert.is(merge.value?.stderr, `appfabric-harness: ${log}: ${REFUSED}\n`);
  assert.not.match(merge.value?.stderr ?? "", STACK_LINE);
});

test.run();
