import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { endLastLine } from "./endLastLine.ts";
import type { JournalEntry, JournalHeader } from "./journalEntry.ts";

/** The default journal folder, relative to the working directory. */
export const DEFAULT_JOURNAL_DIR = ".appfabric-harness/journal";

/**
 * A run's journal on disk. Each line is written and fsync'd before the call it describes goes out (or right
 * after its answer), so a crash or SIGKILL still leaves a complete list of what may exist. `scrub` is the
 * last line of defence against secrets; entries should never carry any.
 */
export class Journal {
  #fd: number | undefined;

  private constructor(readonly file: string, fd: number, private readonly scrub: (text: string) => string) {
    this.#fd = fd;
  }

  /** A new journal for a run, named after its run id, starting with its header. */
  static create(dir: string, header: JournalHeader, scrub: (text: string) => string = (t) => t): Journal {
    mkdirSync(dir, { recursive: true });
    const journal = new Journal(join(dir, `${header.runId}.jsonl`), openSync(join(dir, `${header.runId}.jsonl`), "wx"), scrub);
    journal.write(header);
    return journal;
  }

  /** An earlier run's journal, reopened so cleanup can record what it recovered and deleted after its last whole line. */
  static reopen(file: string, scrub: (text: string) => string = (t) => t): Journal {
    const fd = openSync(file, "a+");
    endLastLine(fd);
    return new Journal(file, fd, scrub);
  }

  write(entry: JournalEntry): void {
    if (this.#fd === undefined) throw new Error(`journal ${this.file} is closed`);
    writeSync(this.#fd, `${this.scrub(JSON.stringify(entry))}\n`);
    fsyncSync(this.#fd);
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}
