/**
 * The action's own shell steps run as GitHub runs them: `${{ inputs.* }}` filled from the inputs given and the
 * defaults, the harness on PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files. A pass writes its exit code and
 * the Markdown summary; a usage error's code reaches the output too, and the summary says no report was written.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { childEnv, ROOT } from "../cli/liveFixtures.ts";

interface ActionStep { readonly name?: string; readonly run?: string; readonly env?: Record<string, string>; readonly "working-directory"?: string }
interface Action { readonly inputs: Record<string, { default?: string }>; readonly runs: { readonly steps: readonly ActionStep[] } }

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;
const stepNamed = (name: string) => {
  const step = action.runs.steps.find((s) => s.name === name);
  if (step?.run === undefined) throw new Error(`action.yml has no step ${name} with a script`);
  return step;
};

/** `${{ inputs.NAME }}` as GitHub expands it: the given value, else the input's default, else empty. */
const expand = (text: string, inputs: Record<string, string>) =>
  text.replace(/\$\{\{\s*inputs\.([a-z0-9-]+)\s*\}\}/gu, (_, name: string) => inputs[name] ?? action.inputs[name]?.default ?? "");

function runAction(given: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "harness-action-"));
  const bin = join(dir, "bin");
  mkdirSync(bin);
  symlinkSync(join(ROOT, "bin/appfabric-harness.js"), join(bin, "appfabric-harness"));
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const inputs = { ...given, "working-directory": dir };
  const step = (name: string) => {
    const { run = "", env = {} } = stepNamed(name);
    const stepEnv = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, expand(value, inputs)]));
    return spawnSync("bash", ["-e", "-c", expand(run, inputs)], { cwd: dir, encoding: "utf8", timeout: 300_000,
      env: { ...childEnv(), ...stepEnv, ...files, PATH: `${bin}:${process.env["PATH"] ?? ""}` } });
  };
  try {
    const run = step("Run appfabric-harness");
    step("Job summary");
    return { run, dir, output: readFileSync(files.GITHUB_OUTPUT, "utf8"), summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
      cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

test("a passing run: exit code 0 in the step's output, the Markdown summary in the job summary, JUnit left for reporters", () => {
  const result = runAction({ target: "emulator", seed: "7", runs: "3", property: "create-valid update-semantics" });
  try {
    assert.is(result.run.status, 0, result.run.stdout + result.run.stderr);
    assert.match(result.run.stdout, /seed 7/u);
    assert.match(result.output, /^exit-code=0$/mu);
    assert.match(result.summary, /seed `7`/u);
    assert.match(result.summary, /update-semantics/u);
    assert.not.match(result.summary, /create-[a-z]+-rejected|stateful-lifecycle/u, "only the properties asked for");
    const reportDir = action.inputs["report-dir"]?.default ?? "";
    assert.match(readFileSync(join(result.dir, reportDir, "junit.xml"), "utf8"), /<testsuites/u);
  } finally {
    result.cleanup();
  }
});

test("a usage error: its code 2 reaches the output and fails the step, and the summary says no report was written", () => {
  const result = runAction({ target: "emulator", runs: "many" });
  try {
    assert.is(result.run.status, 2);
    assert.match(result.run.stderr, /--runs/u);
    assert.match(result.output, /^exit-code=2$/mu);
    assert.match(result.summary, /wrote no summary/u);
  } finally {
    result.cleanup();
  }
});

test.run();
