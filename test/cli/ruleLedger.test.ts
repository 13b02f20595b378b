/**
 * The ledger measured against services that differ from the model: the emulator in a benign mode plays the real
 * service. Over three runs sharing a report folder the ledger names the mode's rule refuted 3 of 3 with its
 * divergence; accepting what it names makes a fourth run clean, while a planted bug in that run still fails. A
 * rule that held for three runs and diverges in the fourth is reported as changed, with the date.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { escapeHtml } from "../../reports/escapeHtml.ts";
import { mdText } from "../../reports/markdownText.ts";
import { runMain } from "./runMain.ts";

/** Each mode, and a rule the ledger must learn it by with a fingerprint of what it does. */
const MODES = [
  { mode: "reversed-list-order", rule: "list.order", fingerprint: "ListIngestionDestinations|ingestionDestinations.arn" },
  { mode: "json-pointer-field-names", rule: "input.validation.fieldList", fingerprint: "|ValidationException.fieldList" },
  { mode: "unoffered-formats-refused", rule: "destination.formatCombination", fingerprint: "CreateIngestionDestination|" },
] as const;

const RUN = ["run", "--target", "emulator", "--runs", "5", "--no-corpus", "--quiet"];

function withFolder(body: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "harness-ledger-"));
    try {
      await body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const eventsOf = (dir: string) => readFileSync(join(dir, "events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as RunEvent);

async function runs(dir: string, seeds: readonly number[], ...args: string[]): Promise<void> {
  for (const seed of seeds) {
    const result = await runMain([...RUN, "--seed", String(seed), "--report-dir", dir, ...args]);
    assert.is(result.code, 0, `run ${seed} ${args.join(" ")}: ${result.stdout}${result.stderr}`);
  }
}

for (const { mode, rule, fingerprint } of MODES) {
  test(`${mode}: three runs teach the ledger that ${rule} is refuted; accepting what it names makes the next run clean, a planted bug still fails`, withFolder(async (dir) => {
    await runs(dir, [1, 2, 3], "--benign", mode);
    const ledger = await runMain(["rules", "--report-dir", dir]);
    assert.is(ledger.code, 0);
    const lines = ledger.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith(`  ${rule} (`));
    assert.ok(at >= 0, ledger.stdout);
    assert.match(lines[at] as string, "held in 0 of 3 runs, refuted in 3");
    assert.match(lines[at + 1] as string, `this assumption looks wrong: ${rule} was refuted in the last 3 runs; refuted every time (3 of 3 runs)`);
    assert.ok(lines.slice(at + 2).find((l) => l.startsWith("    diverged as "))?.includes(fingerprint), ledger.stdout);

    const wrong = [...ledger.stdout.matchAll(/this assumption looks wrong: (\S+) was refuted/g)].map((m) => m[1] as string);
    const accept = wrong.flatMap((r) => ["--accept-observed", r]);
    await runs(dir, [4], "--benign", mode, ...accept);
    const clean = eventsOf(dir);
    assert.equal(clean.filter((e) => e.type === "finding"), [], "divergences on accepted rules are no findings");
    const end = clean.find((e) => e.type === "run.end");
    assert.ok(end?.type === "run.end" && end.failures === 0 && end.observations === 0);
    const start = clean.find((e) => e.type === "run.start");
    assert.ok(start?.type === "run.start" && start.accepted?.[rule]?.some((f) => f.includes(fingerprint)), "the run records what it accepted");

    const planted = await runMain([...RUN, "--seed", "4", "--report-dir", dir, "--benign", mode, "--mutant", "pagination-skips", ...accept]);
    assert.is(planted.code, 1, planted.stdout);
    const failed = eventsOf(dir).find((e) => e.type === "run.end");
    assert.ok(failed?.type === "run.end" && failed.failures > 0);
  }));
}

test("a documented rule is never accepted: a usage error naming it, before any report", withFolder(async (dir) => {
  const result = await runMain([...RUN, "--report-dir", dir, "--accept-observed", "list.nextToken"]);
  assert.is(result.code, 2);
  assert.match(result.stderr, "--accept-observed list.nextToken: the rule is documented by AWS");
  const never = await runMain([...RUN, "--report-dir", dir, "--accept-observed", "list.order"]);
  assert.is(never.code, 2);
  assert.match(never.stderr, "--accept-observed list.order: the ledger of emulator never saw it refuted");
}));

test("a rule that held for three runs and diverges in the fourth is reported as changed, with the date", withFolder(async (dir) => {
  await runs(dir, [1, 2, 3]);
  const quiet = eventsOf(dir).filter((e) => e.type === "rule.change");
  assert.equal(quiet, [], "no change while the service behaves the same");
  await runs(dir, [4], "--benign", "reversed-list-order");
  const events = eventsOf(dir);
  const start = events.find((e) => e.type === "run.start");
  const change = events.find((e) => e.type === "rule.change" && e.rule === "list.order");
  assert.ok(change?.type === "rule.change" && start?.type === "run.start", JSON.stringify(events.filter((e) => e.type === "rule.change")));
  assert.is(change.was, "held");
  assert.is(change.now, "refuted");
  assert.is(change.runs, 3);
  assert.match(change.message, `changed since ${start.at.slice(0, 10)}`);
  assert.ok(readFileSync(join(dir, "summary.md"), "utf8").includes(mdText(change.message)), "the rule's row in the reports names the change");
  assert.ok(readFileSync(join(dir, "index.html"), "utf8").includes(escapeHtml(change.message)));
  const ledger = await runMain(["rules", "--report-dir", dir]);
  assert.match(ledger.stdout, `changed on ${start.at.slice(0, 10)}: held in 3 runs until`);
}));

test.run();
