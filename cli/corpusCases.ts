import { basename } from "node:path";
import type { Contract } from "../contracts/contract.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import type { SavedCase } from "../properties/replayCounterexample.ts";
import { loadCorpus, type CorpusEntry } from "./corpus.ts";
import { unreplayableReason } from "./rehearseReplay.ts";

/** A saved counterexample as a case the suite replays; its replay line runs the file alone. */
export function savedCase(file: string, entry: CorpusEntry, property: HarnessProperty, replayLine: (file: string) => string): SavedCase {
  return { id: `corpus/${basename(file, ".json")}`, property, counterexample: entry.counterexample, parents: entry.parents, seed: entry.seed, replay: replayLine(file) };
}

/**
 * The corpus entries of the properties this run checks, in file order; the files that are not counterexamples,
 * or whose counterexample their property cannot run, come back as problems, to be shown, not run. Entries of
 * properties this run does not check are left alone.
 */
export async function corpusCases(dir: string, properties: readonly HarnessProperty[], replayLine: (file: string) => string, contract: Contract):
  Promise<{ readonly cases: SavedCase[]; readonly files: Map<string, { readonly file: string; readonly entry: CorpusEntry }>; readonly problems: string[] }> {
  const byName = new Map(properties.map((p) => [p.name, p]));
  const cases: SavedCase[] = [];
  const files = new Map<string, { readonly file: string; readonly entry: CorpusEntry }>();
  const problems: string[] = [];
  for (const { file, entry, problem } of loadCorpus(dir)) {
    if (!entry) {
      problems.push(problem ?? file);
      continue;
    }
    const property = byName.get(entry.property);
    if (!property) continue;
    const saved = savedCase(file, entry, property, replayLine);
    const reason = await unreplayableReason(saved, contract);
    if (reason !== undefined) {
      problems.push(`${file} cannot be replayed: ${reason}`);
      continue;
    }
    cases.push(saved);
    files.set(saved.id, { file, entry });
  }
  return { cases, files, problems };
}
