/** Live-mode tests: an emulator as the loopback "live" endpoint, the harness as a child process, an SDK client to look. */
import "../plainConsole.ts";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AppFabricClient } from "../../client/index.ts";
import * as commands from "../../client/commands.ts";
import { createModelHandle, startEmulator, type EmulatorOptions, type RunningEmulator } from "../../emulator/index.ts";

export const ROOT = resolve(import.meta.dirname, "../..");

/** Distinctive fake credentials: any trace of them in output is a leak. */
export const FAKE = {
  accessKeyId: "AKIAHARNESSFAKE12345",
  secretAccessKey: "HarnessFakeSecretKey/DoNotLeak+0123456789abcd",
  sessionToken: "HarnessFakeSessionToken0123456789DoNotLeak",
};

export interface CountingEmulator extends RunningEmulator {
  /** Requests that reached the model (signed correctly). */
  readonly calls: () => number;
}

/** The emulator accepting FAKE's signatures, counting what it handles. */
export async function startLiveEmulator(options: EmulatorOptions = {}): Promise<CountingEmulator> {
  let calls = 0;
  const handle = createModelHandle("us-east-1");
  const credentials = [{ accessKeyId: FAKE.accessKeyId, secretAccessKey: FAKE.secretAccessKey }];
  const emulator = await startEmulator({ credentials, ...options, handle: (op, input) => { calls++; return handle(op, input); } });
  return { ...emulator, calls: () => calls };
}

/** The child's environment: the fake credentials and Region, none of the caller's AWS settings. */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const kept = Object.entries(process.env).filter((e): e is [string, string] => !e[0].startsWith("AWS_") && e[1] !== undefined);
  return { ...Object.fromEntries(kept), AWS_ACCESS_KEY_ID: FAKE.accessKeyId, AWS_SECRET_ACCESS_KEY: FAKE.secretAccessKey,
    AWS_REGION: "us-east-1", AWS_EC2_METADATA_DISABLED: "true", CI: "true", ...extra };
}

export interface Finished { readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string }

/** `node bin/appfabric-harness.js ARGS` in `cwd` (a test's temporary folder: default journal, report and corpus folders land there). */
export function spawnHarness(args: readonly string[], cwd: string, env: Record<string, string> = childEnv()) {
  return spawnCommand(process.execPath, [join(ROOT, "bin/appfabric-harness.js"), ...args], cwd, env);
}

/** Any command, its output collected. */
export function spawnCommand(command: string, args: readonly string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "", stderr = "";
  child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
  const done = new Promise<Finished>((resolveDone) => child.on("close", (code, signal) => resolveDone({ code, signal, stdout, stderr })));
  return { child, done };
}

export function journalText(dir: string): string {
  if (!existsSync(dir)) return "";
  return readdirSync(dir).filter((n) => n.endsWith(".jsonl")).map((n) => readFileSync(join(dir, n), "utf8")).join("");
}

export interface JournalLine { type: string; id?: string; arn?: string; input?: { clientToken?: unknown; tags?: unknown } }

export function journalEntries(dir: string): JournalLine[] {
  return journalText(dir).split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as JournalLine);
}

export async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** An SDK client on the emulator, signing with FAKE; more attempts to look past the faults an emulator injects. */
export function emulatorClient(endpoint: string, maxAttempts?: number): AppFabricClient {
  return new AppFabricClient({ endpoint, region: "us-east-1", credentials: { accessKeyId: FAKE.accessKeyId, secretAccessKey: FAKE.secretAccessKey },
    ...(maxAttempts === undefined ? {} : { maxAttempts }) });
}

/** Every app bundle, ingestion and destination the emulator holds. */
export async function everything(endpoint: string, maxAttempts?: number): Promise<string[]> {
  const client = emulatorClient(endpoint, maxAttempts);
  try {
    const found: string[] = [];
    for (const { arn: bundle } of (await client.send(new commands.ListAppBundlesCommand({}))).appBundleSummaryList) {
      found.push(bundle);
      for (const { arn: ingestion } of (await client.send(new commands.ListIngestionsCommand({ appBundleIdentifier: bundle }))).ingestions) {
        found.push(ingestion);
        const destinations = await client.send(new commands.ListIngestionDestinationsCommand({ appBundleIdentifier: bundle, ingestionIdentifier: ingestion }));
        found.push(...destinations.ingestionDestinations.map((d) => d.arn));
      }
    }
    return found;
  } finally {
    client.destroy();
  }
}
