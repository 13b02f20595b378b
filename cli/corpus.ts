import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PropertyFailure } from "../properties/runProperty.ts";
import { UsageError } from "./exitCodes.ts";

export const DEFAULT_CORPUS_DIR = ".appfabric-harness/corpus";

/** One saved counterexample: enough to run that case again against any target, long after the run. */
export interface CorpusEntry extends PropertyFailure {
  readonly version: 1;
  readonly target: string;
  readonly strict: boolean;
  readonly savedAt: string;
}

/** One file per distinct failure: the same property and fingerprint overwrite the earlier counterexample. */
export function saveToCorpus(dir: string, entry: CorpusEntry): string {
  mkdirSync(dir, { recursive: true });
  const digest = createHash("sha256").update(`${entry.property}\n${entry.fingerprint}`).digest("hex").slice(0, 12);
  const file = join(dir, `${entry.property}-${digest}.json`);
  writeFileSync(file, `${JSON.stringify(entry, null, 2)}\n`);
  return file;
}

function isEntry(value: unknown): value is CorpusEntry {
  const v = value as Partial<CorpusEntry> | null;
  return v !== null && typeof v === "object" && v.version === 1 && typeof v.property === "string" && "counterexample" in v
    && typeof v.parents?.appBundle?.arn === "string" && typeof v.parents.ingestion?.arn === "string";
}

/** Reads one saved counterexample, or says clearly why the file is not one. */
export function readCorpusEntry(file: string): CorpusEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${file} is not a readable counterexample file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isEntry(parsed)) throw new UsageError(`${file} is not a counterexample file (version 1 with property, counterexample and parents)`);
  return parsed;
}

/** Every counterexample in the corpus, oldest first; files that are not counterexamples are reported, not run. */
export function loadCorpus(dir: string): { readonly file: string; readonly entry?: CorpusEntry; readonly problem?: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(dir, name);
    try {
      return { file, entry: readCorpusEntry(file) };
    } catch (error) {
      return { file, problem: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** A counterexample that holds now leaves the corpus. */
export function retireFromCorpus(file: string): void {
  rmSync(file, { force: true });
}
