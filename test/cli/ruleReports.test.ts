/**
 * The rule ledger in the report files, and accepting observed rules from the config file. Three runs against the
 * emulator in a benign mode (its lists reversed) share one report folder: the Markdown summary and the HTML report
 * show each rule's source, the last run's evidence and an example, and say the same; the HTML carries the ledger
 * across the three runs with a timeline per rule, in the words of the `rules` command. Then a fourth run accepts
 * what the ledger learnt, once by flags and once by `acceptObserved` in a config file, to the same effect.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import type { HistoryEntry } from "../../reports/history.ts";
import { runMain } from "./runMain.ts";

const RUN = ["run", "--target", "emulator", "--runs", "5", "--no-corpus", "--quiet", "--benign", "reversed-list-order"];
const FINGERPRINT = "ListIngestionDestinations|ingestionDestinations.arn";

const root = mkdtempSync(join(tmpdir(), "harness-rule-reports-"));
const taught = join(root, "taught");

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const eventsOf = (dir: string) => read(dir, "events.jsonl").trim().split("\n").map((l) => JSON.parse(l) as RunEvent);

async function run(dir: string, seed: number, ...args: string[]) {
  return runMain([...RUN, "--seed", String(seed), "--report-dir", dir, ...args]);
}

/** A folder holding the three taught runs, for a fourth run of its own. */
function copyOfTaught(name: string): string {
  const dir = join(root, name);
  cpSync(taught, dir, { recursive: true });
  return dir;
}

const unescapeHtml = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
/** A cell's words: a state chip dropped (Markdown has none), a line break read as Markdown's "; ", tags stripped. */
const htmlCell = (cell: string) => unescapeHtml(cell.replace(/<span class="chip [^"]*">[^<]*<\/span> ?/g, "").replace(/<br>/g, "; ").replace(/<[^>]+>/g, ""));
/** A Markdown table cell's words: inline code unwrapped, escapes undone. */
const mdCell = (cell: string) => {
  const code = /^(`+) ?(.*?) ?\1$/.exec(cell.trim());
  return code ? (code[2] as string).replace(/\\\|/g, "|") : cell.trim().replace(/\\(.)/g, "$1");
};

/** The rows of a table by rule id: those in the open (`-missed`) and those folded away alike, or the open ones only. */
function htmlRows(html: string, table: string, only: "open" | "all" = "all"): Map<string, string[]> {
  const part = only === "open" ? "-missed" : "(?:-missed)?";
  const body = [...html.matchAll(new RegExp(`<table id="${table}${part}">(.*?)</table>`, "gs"))].map((m) => m[1]).join("");
  const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => [...(m[1] as string).matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => c[1] as string));
  return new Map(rows.filter((r) => r.length > 0).map((r) => [htmlCell(r[0] as string), r.slice(1)]));
}

function mdRuleRows(md: string): Map<string, string[]> {
  const section = /### Model rules\n([\s\S]*?)<\/details>/.exec(md)?.[1] ?? "";
  const rows = section.split("\n").filter((l) => l.startsWith("| `")).map((l) => l.slice(1, -1).split(/(?<!\\)\|/).map(mdCell));
  return new Map(rows.map((r) => [r[0] as string, r.slice(1)]));
}

test.before(async () => {
  for (const seed of [1, 2, 3]) {
    const result = await run(taught, seed);
    assert.is(result.code, 0, `${result.stdout}${result.stderr}`);
  }
});

test.after(() => rmSync(root, { recursive: true, force: true }));

test("Markdown and HTML show each rule's source, this run's evidence and an example of its divergence, and agree", () => {
  const md = mdRuleRows(read(taught, "summary.md"));
  const html = new Map([...htmlRows(read(taught, "index.html"), "rule-evidence-table")].map(([id, cells]) => [id, cells.map(htmlCell)]));
  assert.ok(md.size > 40, `every rule the run listed: ${md.size}`);
  assert.equal(html, md);
  const [source, evidence, example] = md.get("list.order") ?? [];
  assert.is(source, "assumed: the order of list results is not documented");
  assert.match(evidence ?? "", new RegExp(`^diverged in \\d+ calls as #1 \\(${FINGERPRINT.replace("|", "\\|")}\\); held in \\d+ calls$`));
  // Whole ARNs that differ at their end: the example starts where they differ, so the difference shows.
  assert.match(example ?? "", /^expected …[^ ]*destination\/[0-9a-f-]{36}" · observed …[^ ]*destination\/[0-9a-f-]{36}"$/);
  assert.is(md.get("destination.create.quota")?.[0]?.startsWith("documented by AWS: "), true);
  assert.equal(md.get("destination.create.quota")?.slice(2), ["–"], "a rule that held shows no example");
  const idle = [...md].filter(([, cells]) => cells[1] === "not exercised: no call rested on it");
  assert.ok(idle.length > 0, "rules no call exercised are listed as such");
  assert.match(read(taught, "summary.md"), /<summary>\d+ rules diverged \([^)]*list\.order[^)]*\), 0 as accepted, \d+ held, \d+ not exercised<\/summary>/);
});

test("the HTML ledger shows list.order refuted in 3 of 3 runs, in the words of `rules`, with three dated refuted cells", async () => {
  const rows = htmlRows(read(taught, "index.html"), "rule-ledger-table");
  const [runs, , seen, verdict, timeline] = rows.get("list.order") ?? [];
  assert.is(runs, "held in 0 of 3 runs, refuted in 3");
  const html = read(taught, "index.html");
  // By parsed rule id, not markup: a check for an absent string passes whatever the markup becomes.
  const openLedger = htmlRows(html, "rule-ledger-table", "open");
  assert.ok(openLedger.has("list.order"), "a refuted rule is in the open");
  assert.not.ok(openLedger.has("ingestion.create.state"), "rules held every time are folded");
  const openEvidence = htmlRows(html, "rule-evidence-table", "open");
  assert.ok(openEvidence.has("list.order") && !openEvidence.has("destination.create.quota"));
  assert.match(html, /<summary>\d+ of \d+ rules held in every run<\/summary>/);
  const ledger = (await runMain(["rules", "--report-dir", taught])).stdout.split("\n");
  const at = ledger.findIndex((l) => l.startsWith("  list.order ("));
  assert.ok(ledger[at]?.includes(`${runs}; `) && ledger[at]?.endsWith(seen ?? "?"), ledger[at]);
  const words = htmlCell(verdict ?? "");
  assert.ok(words.startsWith(`${(ledger[at + 1] as string).trim()}; diverged as ${FINGERPRINT} (`), words);
  assert.match(words, "this assumption looks wrong: list.order was refuted in the last 3 runs; refuted every time (3 of 3 runs)");
  const history = read(taught, "history.jsonl").trim().split("\n").map((l) => JSON.parse(l) as HistoryEntry);
  const cells = [...(timeline ?? "").matchAll(/data-state="([^"]+)"><title>([^<]*)<\/title>/g)].map((m) => [m[1], (m[2] as string).split(": ")[0]]);
  assert.equal(cells, history.map((h) => ["refuted", h.at]), "one cell per run, oldest first, dated");
  const held = [...(rows.get("ingestion.create.state")?.[4] ?? "").matchAll(/data-state="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(held, ["held", "held", "held"]);
});

/** The rules the ledger says look wrong, as `rules` prints them. */
async function looksWrong(): Promise<string[]> {
  const ledger = await runMain(["rules", "--report-dir", taught]);
  return [...ledger.stdout.matchAll(/this assumption looks wrong: (\S+) was refuted/g)].map((m) => m[1] as string).sort();
}

function acceptedRun(dir: string): { accepted: unknown; findings: number } {
  const events = eventsOf(dir);
  const start = events.find((e) => e.type === "run.start");
  return { accepted: start?.type === "run.start" ? start.accepted : undefined, findings: events.filter((e) => e.type === "finding").length };
}

test("acceptObserved in a config file accepts as --accept-observed does, and the two add up", async () => {
  const wrong = await looksWrong();
  assert.equal(wrong, ["list.maxResults.default", "list.order"]);
  const byFlags = copyOfTaught("by-flags");
  assert.is((await run(byFlags, 4, ...wrong.flatMap((r) => ["--accept-observed", r]))).code, 0);
  const flagged = acceptedRun(byFlags);
  assert.is(flagged.findings, 0);
  assert.equal(Object.keys(flagged.accepted ?? {}).sort(), wrong);
  const [, evidence, example] = mdRuleRows(read(byFlags, "summary.md")).get("list.order") ?? [];
  assert.match(evidence ?? "", new RegExp(`^diverged as accepted in \\d+ calls \\(${FINGERPRINT.replace("|", "\\|")}\\); held in \\d+ calls$`), "no finding to number");
  assert.match(example ?? "", /^ingestionDestinations\.0\.arn is "arn:/, "the divergence's message, as no finding shows it");

  const byFile = copyOfTaught("by-file");
  const config = join(root, "accept.json");
  writeFileSync(config, JSON.stringify({ acceptObserved: wrong }));
  const fromFile = await run(byFile, 4, "--config", config);
  assert.is(fromFile.code, 0, fromFile.stderr);
  assert.equal(acceptedRun(byFile), flagged);

  const both = copyOfTaught("both");
  writeFileSync(config, JSON.stringify({ acceptObserved: [wrong[0]] }));
  assert.is((await run(both, 4, "--config", config, "--accept-observed", wrong[1] as string)).code, 0);
  assert.equal(acceptedRun(both), flagged, "a list: the flag's rule adds to the file's");
});

test("an unknown or a documented rule in acceptObserved is a usage error naming it and the file, before any report", async () => {
  const dir = copyOfTaught("refused");
  const events = read(dir, "events.jsonl");
  const config = join(root, "bad.json");
  writeFileSync(config, JSON.stringify({ acceptObserved: ["list.order", "list.ordre"] }));
  const unknown = await run(dir, 4, "--config", config);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, `--config ${config}: "acceptObserved" must be a list of the model's rule ids ("list.ordre" is none of them;`);
  writeFileSync(config, JSON.stringify({ acceptObserved: ["list.nextToken"] }));
  const documented = await run(dir, 4, "--config", config);
  assert.is(documented.code, 2);
  assert.match(documented.stderr, `--config ${config}: "acceptObserved" list.nextToken: the rule is documented by AWS`);
  assert.is(read(dir, "events.jsonl"), events, "no run was recorded");
});

test.run();
