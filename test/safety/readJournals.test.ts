/** A folder of journals is read file by file: a damaged one is named with its reason, an empty one apart, the others still read. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readJournals } from "../../safety/readJournal.ts";

const header = { type: "run", runId: "r", at: "2026-01-01T00:00:00.000Z", endpoint: "http://127.0.0.1:1", region: "us-east-1", tagKey: "k" };
const lines = (...entries: unknown[]) => entries.map((e) => (typeof e === "string" ? e : JSON.stringify(e))).join("\n") + "\n";

test("unreadable journals are named with why, beside the journals that read", () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-journals-"));
  try {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const files: Record<string, string> = {
      "good.jsonl": lines(header, { type: "created", id: "1", at: "", arn: "arn:aws:appfabric:us-east-1:1:appbundle/b" }),
      "empty.jsonl": "",
      "damaged.jsonl": lines(header, "{garbage", { type: "complete", at: "" }),
      "wrong-shape.jsonl": lines(header, { type: "created", id: 7 }),
      "unknown-type.jsonl": lines(header, { type: "toString" }),
      "deep.jsonl": lines(header, `{"type":"intent","id":"i","at":"","operation":"CreateAppBundle","parents":{},"clientToken":"t","input":{"deep":${deep}}}`),
      "no-header.jsonl": lines({ type: "complete", at: "" }),
      "bad-header.jsonl": lines({ ...header, at: 5 }),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const { journals, unreadable, empty } = readJournals(dir);
    assert.equal(empty, [join(dir, "empty.jsonl")], "an empty journal recorded nothing: it is no unreadable one");
    assert.equal(journals.map((j) => j.alive), [["arn:aws:appfabric:us-east-1:1:appbundle/b"]]);
    const reasons = Object.fromEntries(unreadable.map((u) => [u.file.slice(dir.length + 1), u.reason]));
    assert.equal(Object.keys(reasons).sort(), Object.keys(files).filter((n) => n !== "good.jsonl" && n !== "empty.jsonl").sort());
    assert.match(reasons["damaged.jsonl"] ?? "", /line 2 is not a journal line/);
    assert.match(reasons["wrong-shape.jsonl"] ?? "", /line 2 is not a journal entry/);
    assert.match(reasons["deep.jsonl"] ?? "", /line 2 is not a journal entry/);
    assert.match(reasons["no-header.jsonl"] ?? "", /run header/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
