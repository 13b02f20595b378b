import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "../files/readRegularFile.ts";
import { CREATE_OPERATIONS, type IntentEntry, type JournalEntry, type JournalHeader } from "./journalEntry.ts";
import { nestedDeeperThan } from "./nestedDeeperThan.ts";

/** What a journal says is left: resources created and not deleted, and creates whose answer never came. */
export interface JournalState {
  readonly file: string;
  readonly header: JournalHeader;
  /** ARNs created and not deleted, in creation order. */
  readonly alive: readonly string[];
  /**
   * Intents with neither an ARN nor a refusal: the create may or may not have happened. One per clientToken (the
   * last one sent): a create re-sent after a throttled attempt is one create, and an answer to any of its
   * attempts answers them all.
   */
  readonly pending: readonly IntentEntry[];
  readonly complete: boolean;
}

/** A journal file that cannot be settled, and why. */
export interface UnreadableJournal {
  readonly file: string;
  readonly reason: string;
}

const text = (v: unknown) => typeof v === "string";
const record = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);

/** The members each kind of line must carry for settling to act on it. */
const SHAPES: { readonly [K in JournalEntry["type"]]: (entry: Record<string, unknown>) => boolean } = {
  run: (e) => text(e.runId) && text(e.at) && text(e.endpoint),
  intent: (e) => text(e.id) && (CREATE_OPERATIONS as readonly unknown[]).includes(e.operation) && record(e.input),
  created: (e) => text(e.id) && text(e.arn),
  rejected: (e) => text(e.id),
  settled: (e) => text(e.id),
  deleted: (e) => text(e.arn),
  complete: () => true,
};

function isEntry(value: unknown): value is JournalEntry {
  if (!record(value)) return false;
  const entry = value as Record<string, unknown>;
  const shape = Object.hasOwn(SHAPES, String(entry.type)) ? SHAPES[entry.type as JournalEntry["type"]] : undefined;
  return shape !== undefined && shape(entry) && !nestedDeeperThan(entry);
}

function parseLines(file: string): JournalEntry[] {
  const lines = readRegularFile(file).split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 0) throw new Error("the file is empty: a run killed as it started, before it created anything");
  return lines.flatMap((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // Only the last line may be cut short by a kill mid-write; anything else is a damaged journal.
      if (index === lines.length - 1 && index > 0) return [];
      throw new Error(`line ${index + 1} is not a journal line (${String(error)})`, { cause: error });
    }
    if (!isEntry(value)) throw new Error(`line ${index + 1} is not a journal entry the harness writes`);
    return [value];
  });
}

/** Reads one journal; throws an Error whose message says what is wrong with the file. */
export function readJournal(file: string): JournalState {
  const entries = parseLines(file);
  const header = entries[0];
  if (header?.type !== "run") throw new Error("it does not start with a run header");
  const alive = new Set<string>();
  const tokenOf = new Map<string, string>();
  const pending = new Map<string, IntentEntry>();
  const answer = (id: string) => {
    const token = tokenOf.get(id);
    if (token !== undefined) pending.delete(token);
  };
  let complete = false;
  for (const entry of entries) {
    switch (entry.type) {
      case "intent": {
        const token = `${entry.operation} ${JSON.stringify(entry.clientToken ?? entry.id)}`;
        tokenOf.set(entry.id, token);
        pending.delete(token);
        pending.set(token, entry);
        break;
      }
      case "created": answer(entry.id); alive.add(entry.arn); break;
      case "rejected": case "settled": answer(entry.id); break;
      case "deleted": alive.delete(entry.arn); break;
      case "complete": complete = true; break;
      case "run": break;
    }
  }
  return { file, header, alive: [...alive], pending: [...pending.values()], complete: complete && alive.size === 0 && pending.size === 0 };
}

/**
 * Every journal in a folder, oldest run first; apart from them the files that cannot be read (damaged): one bad
 * file must not keep the others from being settled; and the empty ones, of runs killed as they started, which
 * created nothing and so have nothing to settle.
 */
export function readJournals(dir: string): { readonly journals: JournalState[]; readonly unreadable: UnreadableJournal[]; readonly empty: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".jsonl")).sort();
  } catch {
    return { journals: [], unreadable: [], empty: [] };
  }
  const journals: JournalState[] = [];
  const unreadable: UnreadableJournal[] = [];
  const empty: string[] = [];
  for (const file of names.map((name) => join(dir, name))) {
    try {
      // A journal's header is written before anything is created: a file without a line recorded no resource.
      if (readRegularFile(file).trim() === "") {
        empty.push(file);
        continue;
      }
      journals.push(readJournal(file));
    } catch (error) {
      unreadable.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { journals: journals.sort((a, b) => a.header.at.localeCompare(b.header.at)), unreadable, empty };
}
