/**
 * What every command holds to, whatever it is given: an exit code it documents, no stack trace, no error the
 * harness did not expect, and an end within a bound (a hang fails the case instead of stalling the suite).
 */
import "../plainConsole.ts";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import type { MainIo } from "../../cli/main.ts";
import { runMain, STACK_LINE, type MainResult } from "./runMain.ts";

export const ANY_EXIT: readonly number[] = [EXIT.ok, EXIT.findings, EXIT.usage, EXIT.infrastructure];

/** Far above what any case takes (a bounded self-test takes about 2 s): only a hang reaches it. */
export const CASE_BOUND_MS = 20_000;

/** The line Node prints above an uncaught error's frames ("TypeError: ..."); no message of the harness starts so. */
const ERROR_HEAD = /^(?:Uncaught )?(?:[A-Z]\w*)?Error(?: \[\w+\])?: /m;
/** A stack frame as Node prints it, four spaces in. */
const FRAME = /^ {4}at \S/m;

export interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function assertContract(argv: readonly string[], result: Ended, codes: readonly number[] = ANY_EXIT): void {
  const call = JSON.stringify(argv);
  const output = result.stdout + result.stderr;
  const shown = output.length > 2_000 ? `${output.slice(0, 2_000)}…` : output;
  assert.ok(result.code !== null && codes.includes(result.code), `exit ${String(result.code)}, not one of ${codes.join(", ")}, for ${call}:\n${shown}`);
  assert.not.ok(STACK_LINE.test(output) || FRAME.test(output), `a stack frame for ${call}:\n${shown}`);
  assert.not.ok(ERROR_HEAD.test(output), `an error trace for ${call}:\n${shown}`);
  assert.not.ok(/appfabric-harness: unexpected /.test(result.stderr), `an error nobody expected for ${call}:\n${shown}`);
}

/** Serve returns at once: in a test, nothing stops it with a signal. */
const SERVE_IO: MainIo = { serve: { log: () => {}, untilStopped: async () => "stopped by the test" } };

/** main() in this process, held to the contract; on a hang, stdout and stderr are given back before the case fails. */
export async function checkMain(argv: readonly string[], codes: readonly number[] = ANY_EXIT): Promise<MainResult> {
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      Object.assign(process.stdout, { write: writes.stdout });
      Object.assign(process.stderr, { write: writes.stderr });
      reject(new Error(`no exit within ${CASE_BOUND_MS} ms for ${JSON.stringify(argv)}`));
    }, CASE_BOUND_MS);
  });
  const t0 = Date.now();
  try {
    const result = await Promise.race([runMain(argv, SERVE_IO), hang]);
    assertContract(argv, result, codes);
    if (process.env.FUZZ_TRACE) console.log("TRACE", Date.now() - t0, result.code, JSON.stringify(argv).slice(0, 150).replaceAll(process.cwd(), "."), "=>", JSON.stringify((result.stderr || result.stdout).slice(0, 160)));
    return result;
  } finally {
    clearTimeout(timer);
  }
}
