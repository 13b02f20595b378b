/**
 * The working folder the CLI fuzz tests run commands in: a file, a folder, a saved counterexample and an event log
 * (real ones, made by runs, for the tests to damage), and the environment that keeps every live call on loopback.
 */
import "../plainConsole.ts";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { UNREACHABLE } from "./fuzzArgv.ts";
import { FAKE } from "./liveFixtures.ts";
import { runMain } from "./runMain.ts";

export interface FuzzFolder {
  readonly dir: string;
  /** A counterexample file as a failing run saves it, on one line. */
  readonly saved: string;
  /** The events.jsonl of a run that found a failure. */
  readonly log: string;
}

export async function makeFuzzFolder(): Promise<FuzzFolder> {
  const dir = mkdtempSync(join(tmpdir(), "harness-cli-fuzz-"));
  mkdirSync(join(dir, "a-folder"));
  writeFileSync(join(dir, "a-file"), "text\n");
  const corpus = join(dir, "corpus");
  const report = join(dir, "report");
  const failing = await runMain(["run", "--target", "model", "--mutant", "update-changes-processing", "--property", "update-semantics", "--seed", "5",
    "--runs", "20", "--corpus-dir", corpus, "--report-dir", report, "--quiet"]);
  assert.is(failing.code, EXIT.findings, failing.stdout + failing.stderr);
  const saved = JSON.stringify(JSON.parse(readFileSync(join(corpus, readdirSync(corpus)[0] ?? ""), "utf8")));
  const log = readFileSync(join(report, "events.jsonl"), "utf8");
  writeFileSync(join(dir, "saved.json"), saved);
  writeFileSync(join(dir, "events.jsonl"), log);
  rmSync(corpus, { recursive: true });
  rmSync(report, { recursive: true });
  return { dir, saved, log };
}

/**
 * No AWS settings of the machine's (profiles, instance metadata): fake credentials, and every endpoint, STS's
 * included, on a loopback port nothing listens on, so a live command that names none still reaches nothing.
 */
export function fuzzEnv(dir: string): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: FAKE.accessKeyId, AWS_SECRET_ACCESS_KEY: FAKE.secretAccessKey, AWS_REGION: "us-east-1",
    AWS_ENDPOINT_URL: UNREACHABLE, AWS_ENDPOINT_URL_STS: UNREACHABLE, AWS_EC2_METADATA_DISABLED: "true",
    AWS_CONFIG_FILE: join(dir, "no-aws-config"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "no-aws-credentials"),
  };
}

/** Puts fuzzEnv in place of the process's AWS settings; the function returned puts the environment back. */
export function isolateEnv(dir: string): () => void {
  const before = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith("AWS_")) delete process.env[key];
  Object.assign(process.env, fuzzEnv(dir));
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
    Object.assign(process.env, before);
  };
}
