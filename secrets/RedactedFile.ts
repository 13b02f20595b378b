/**
 * The one way the harness writes a file: every report, event log, history, journal and counterexample passes
 * through the same redaction on its way to disk, so no writer can forget it. (The console's lines are redacted
 * by the console sink, for the same reason.)
 */
import { closeSync, fsyncSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { redactSecrets } from "./redactSecrets.ts";

/**
 * Writes a whole file, redacted. `verbatim`: parts of the text that are no data of the run (the chart library
 * inlined in the HTML report), written as they are, so masking a short secret cannot break them.
 */
export function writeRedacted(path: string, text: string, verbatim: readonly string[] = []): void {
  mkdirSync(dirname(path), { recursive: true });
  const redact = (part: string, i: number): string => {
    const keep = verbatim[i];
    return keep === undefined ? redactSecrets(part) : part.split(keep).map((piece) => redact(piece, i + 1)).join(keep);
  };
  writeFileSync(path, redact(text, 0));
}

export interface RedactedLogOptions {
  /** `w` starts afresh, `a` appends, `wx` refuses an existing file, `a+` reopens one (default `w`). */
  readonly flags?: "w" | "a" | "wx" | "a+";
  /** Each line reaches the disk before write returns (a journal's promise to cleanup). */
  readonly fsync?: boolean;
}

/** A file written a line at a time with synchronous writes, so a killed process leaves every line it wrote. */
export class RedactedLog {
  #fd: number | undefined;

  constructor(readonly path: string, private readonly options: RedactedLogOptions = {}) {
    mkdirSync(dirname(path), { recursive: true });
    this.#fd = openSync(path, options.flags ?? "w");
  }

  /** The open descriptor, for what must look at the file first (a journal reopened after a torn line). */
  get fd(): number {
    if (this.#fd === undefined) throw new Error(`${this.path} is closed`);
    return this.#fd;
  }

  get closed(): boolean {
    return this.#fd === undefined;
  }

  writeLine(text: string): void {
    writeSync(this.fd, `${redactSecrets(text)}\n`);
    if (this.options.fsync) fsyncSync(this.fd);
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}
