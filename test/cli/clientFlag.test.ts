/**
 * Pluggable clients end to end: `run --client MODULE` drives the named module over HTTP (a path, a directory,
 * "built-in"), a module that cannot be used is a usage error, and `fuzz-responses` takes the same flag.
 */
import "../plainConsole.ts";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { main } from "../../cli/main.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Runs the CLI with stdout and stderr captured. */
async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    return { code: await main(args), out: out.join(""), err: err.join("") };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

const RUN = ["run", "--target", "emulator", "--runs", "3", "--seed", "8", "--no-report", "--no-corpus", "--quiet", "--property", "create-valid", "update-semantics"];

test("run --client drives a module named by path, by directory, or built-in, over HTTP to the emulator", async () => {
  for (const client of [fixture("customClientModule.ts"), fixture("clientModuleDir"), "built-in"]) {
    const { code, out } = await cli([...RUN, "--client", client]);
    assert.is(code, EXIT.ok, `${client}: ${out}`);
  }
});

test("run --client: a module that cannot be loaded or lacks exports is a usage error (exit 2)", async () => {
  const missing = await cli([...RUN, "--client", fixture("doesNotExist.ts")]);
  assert.is(missing.code, EXIT.usage);
  assert.match(missing.err, /Cannot load client module/);
  const incomplete = await cli([...RUN, "--client", fixture("incompleteClientModule.ts")]);
  assert.is(incomplete.code, EXIT.usage);
  assert.match(incomplete.err, /does not export: /);
});

test("fuzz-responses --client: exit 0 for the built-in client, 1 with the shrunk response for a planted regression", async () => {
  const good = await cli(["fuzz-responses", "--client", "built-in", "--seed", "2", "--runs", "60"]);
  assert.is(good.code, EXIT.ok, good.out);
  assert.match(good.out, /documented-outputs: holds \(60 responses\)/);
  const bad = await cli(["fuzz-responses", "--client", fixture("droppedUnknownClient.ts"), "--seed", "2", "--runs", "200", "--property", "documented-outputs"]);
  assert.is(bad.code, EXIT.findings, bad.out);
  assert.match(bad.out, /documented-outputs: FAILED/);
  assert.match(bad.out, /response \(shrunk\): /);
});

test.run();
