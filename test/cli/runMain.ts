/** Runs the CLI in process through main(), capturing what it prints: the harness as a user meets it, minus the process. */
import "../plainConsole.ts";
import { main, type MainIo } from "../../cli/main.ts";

export interface MainResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A line of a Node stack trace: what no user should see from a mistake in how the harness was called. */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

export async function runMain(argv: readonly string[], io: MainIo = {}): Promise<MainResult> {
  const out: string[] = [], err: string[] = [];
  const write = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = ((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; }) as typeof process.stderr.write;
  try {
    const code = await main(argv, io);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = write.stdout;
    process.stderr.write = write.stderr;
  }
}
