import { createHash } from "node:crypto";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "../files/readRegularFile.ts";
import type { PropertyFailure } from "../properties/runProperty.ts";
import { writeRedacted } from "../secrets/RedactedFile.ts";
import { MAX_JSON_DEPTH, nestedDeeperThan } from "../safety/nestedDeeperThan.ts";
import { UsageError } from "./exitCodes.ts";
import { MAX_SEED } from "./parseValues.ts";
import { identityKey, sameTarget, type TargetIdentity } from "./targetIdentity.ts";

export const DEFAULT_CORPUS_DIR = ".appfabric-harness/corpus";

/** One saved counterexample: enough to run that case again against any target, long after the run. */
export interface CorpusEntry extends PropertyFailure {
  readonly version: 1;
  readonly target: string;
  /** What it was found on; a file saved before this was recorded is never retired. */
  readonly found?: TargetIdentity;
  readonly strict: boolean;
  readonly savedAt: string;
}

/**
 * One file per distinct failure on one target: the same property, findings and target overwrite the earlier
 * counterexample, and the same bug found on another target (live, a planted mutant) is a file of its own.
 */
export function saveToCorpus(dir: string, entry: CorpusEntry): string {
  const found = entry.found === undefined ? entry.target : identityKey(entry.found);
  const digest = createHash("sha256").update(`${entry.property}\n${[...entry.fingerprints].sort().join("\n")}\n${found}`).digest("hex").slice(0, 12);
  const file = join(dir, `${entry.property}-${digest}.json`);
  writeRedacted(file, `${JSON.stringify(entry, null, 2)}\n`);
  return file;
}

/** Whether a case that holds now may leave the corpus: only when it holds on the very target it was found on. */
export function retiresOn(entry: CorpusEntry, target: TargetIdentity): boolean {
  return entry.found !== undefined && sameTarget(entry.found, target);
}

/** Far above any shrunk counterexample: a larger file is refused before it is parsed. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

const isResource = (r: { arn?: unknown; id?: unknown } | undefined) => typeof r?.arn === "string" && typeof r.id === "string";

/** What is wrong with a parsed counterexample file, or undefined when it holds what a replay reads. */
function entryProblem(value: unknown): string | undefined {
  const v = value as Partial<CorpusEntry> | null;
  if (v === null || typeof v !== "object" || Array.isArray(v)) return "not a JSON object";
  // First: a message below quotes a bad member with JSON.stringify, which overflows the stack on one nested this deep.
  if (nestedDeeperThan(v)) return `it nests deeper than ${MAX_JSON_DEPTH} levels, as no counterexample does`;
  if (v.version !== 1 || typeof v.property !== "string" || typeof v.path !== "string") return "not a counterexample file (version 1 with property, seed, path, counterexample and parents)";
  if (!Number.isSafeInteger(v.seed) || (v.seed as number) < 0 || (v.seed as number) > MAX_SEED) return `its seed must be an integer from 0 to ${MAX_SEED}, not ${typeof v.seed === "number" ? v.seed : JSON.stringify(v.seed)}`;
  if (v.counterexample === null || typeof v.counterexample !== "object") return "its counterexample must be a JSON object or array";
  if (!isResource(v.parents?.appBundle) || !isResource(v.parents?.ingestion)) return "its parents must name an app bundle and an ingestion, each by arn and id";
  return undefined;
}

/** Reads one saved counterexample, or says clearly why the file is not one. */
export function readCorpusEntry(file: string): CorpusEntry {
  let parsed: unknown;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new Error("it is a folder");
    if (stats.size > MAX_ENTRY_BYTES) throw new Error(`it holds ${stats.size} bytes, more than the ${MAX_ENTRY_BYTES} a counterexample file may`);
    parsed = JSON.parse(readRegularFile(file));
  } catch (error) {
    throw new UsageError(`${file} is not a readable counterexample file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problem = entryProblem(parsed);
  if (problem !== undefined) throw new UsageError(`${file} cannot be replayed: ${problem}`);
  return parsed as CorpusEntry;
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
