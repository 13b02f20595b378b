/** Piped output is coloured only when FORCE_COLOR asks, and never with NO_COLOR: a CI log viewer that renders ANSI gets colour. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { executeRun } from "../../cli/executeRun.ts";
import type { RunOptions } from "../../cli/runOptions.ts";

const ANSI = /\x1b\[\d+m/;

const options: RunOptions = { target: "model", runs: 3, seed: 4, property: ["create-valid"], strict: false, reportDir: "", report: false, quiet: false, verbose: false,
  throttleRate: 0, errorRate: 0, corpus: false, corpusDir: "", explore: false, stopAtFirst: false };

async function piped(env: Readonly<Record<string, string>>): Promise<string> {
  const chunks: string[] = [];
  await executeRun(options, { stdout: { write: (s: string) => { chunks.push(s); return true; }, isTTY: false }, env });
  return chunks.join("");
}

test("piped: ANSI colour with FORCE_COLOR=1, none with NO_COLOR or without either", async () => {
  // The run's own env decides, not this process's (uvu sets FORCE_COLOR=1 for itself): styleText must not
  // check the process's stream and environment again.
  const own = process.env["FORCE_COLOR"];
  process.env["FORCE_COLOR"] = "0";
  try {
    assert.match(await piped({ FORCE_COLOR: "1" }), ANSI);
    assert.not.match(await piped({ NO_COLOR: "1" }), ANSI);
    assert.not.match(await piped({}), ANSI);
    assert.not.match(await piped({ FORCE_COLOR: "0" }), ANSI);
  } finally {
    if (own === undefined) delete process.env["FORCE_COLOR"];
    else process.env["FORCE_COLOR"] = own;
  }
});

test.run();
