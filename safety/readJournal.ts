import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { IntentEntry, JournalEntry, JournalHeader } from "./journalEntry.ts";

/** What a journal says is left: resources created and not deleted, and creates whose answer never came. */
export interface JournalState {
  readonly file: string;
  readonly header: JournalHeader;
  /** ARNs created and not deleted, in creation order. */
  readonly alive: readonly string[];
  /** Intents with neither an ARN nor a refusal: the create may or may not have happened. */
  readonly pending: readonly IntentEntry[];
  readonly complete: boolean;
}

function parseLines(file: string): JournalEntry[] {
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "");
  return lines.flatMap((line, index) => {
    try {
      return [JSON.parse(line) as JournalEntry];
    } catch (error) {
      // Only the last line may be cut short by a kill mid-write; anything else is a damaged journal.
      if (index === lines.length - 1) return [];
      throw new Error(`${file}:${index + 1}: not a journal line (${String(error)})`, { cause: error });
    }
  });
}

export function readJournal(file: string): JournalState {
  const entries = parseLines(file);
  const header = entries[0];
  if (header?.type !== "run") throw new Error(`${file} does not start with a run header`);
  const alive = new Set<string>();
  const intents = new Map<string, IntentEntry>();
  let complete = false;
  for (const entry of entries) {
    switch (entry.type) {
      case "intent": intents.set(entry.id, entry); break;
      case "created": intents.delete(entry.id); alive.add(entry.arn); break;
      case "rejected": intents.delete(entry.id); break;
      case "deleted": alive.delete(entry.arn); break;
      case "complete": complete = true; break;
      case "run": break;
    }
  }
  return { file, header, alive: [...alive], pending: [...intents.values()], complete: complete && alive.size === 0 && intents.size === 0 };
}

/** Every journal in a folder, oldest run first. */
export function readJournals(dir: string): JournalState[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".jsonl"));
  } catch {
    return [];
  }
  return names.map((name) => readJournal(join(dir, name))).sort((a, b) => a.header.at.localeCompare(b.header.at));
}
