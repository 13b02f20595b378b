import { join } from "node:path";
import { RedactedLog } from "../secrets/RedactedFile.ts";
import { endLastLine } from "./endLastLine.ts";
import type { JournalEntry, JournalHeader } from "./journalEntry.ts";

/** The default journal folder, relative to the working directory. */
export const DEFAULT_JOURNAL_DIR = ".appfabric-harness/journal";

/**
 * A run's journal on disk. Each line is written and fsync'd before the call it describes goes out (or right
 * after its answer), so a crash or SIGKILL still leaves a complete list of what may exist; like every file the
 * harness writes, it is redacted on its way to disk (entries should never carry secrets).
 */
export class Journal {
  private constructor(private readonly log: RedactedLog) {}

  get file(): string {
    return this.log.path;
  }

  /** A new journal for a run, named after its run id, starting with its header. */
  static create(dir: string, header: JournalHeader): Journal {
    const journal = new Journal(new RedactedLog(join(dir, `${header.runId}.jsonl`), { flags: "wx", fsync: true }));
    journal.write(header);
    return journal;
  }

  /** An earlier run's journal, reopened so cleanup can record what it recovered and deleted after its last whole line. */
  static reopen(file: string): Journal {
    const log = new RedactedLog(file, { flags: "a+", fsync: true });
    endLastLine(log.fd);
    return new Journal(log);
  }

  write(entry: JournalEntry): void {
    if (this.log.closed) throw new Error(`journal ${this.file} is closed`);
    this.log.writeLine(JSON.stringify(entry));
  }

  close(): void {
    this.log.close();
  }
}
