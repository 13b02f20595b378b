import { constants } from "node:os";
import type { RunEnd } from "../events/runEvent.ts";
import type { SuiteResult } from "../properties/runSuite.ts";
import { EXIT } from "./exitCodes.ts";

/**
 * A finished run's verdict and exit code: `interrupted` (128 + the signal's number: 130 for SIGINT, 143 for
 * SIGTERM) when a signal stopped it, whatever it had found; `failed` (1) with any failure; `passed` (0).
 */
export function runVerdict(result: Pick<SuiteResult, "failures" | "stoppedBy">, signal: NodeJS.Signals | undefined): Pick<RunEnd, "verdict" | "exitCode" | "signal"> {
  if (result.stoppedBy === "interrupted" && signal !== undefined) return { verdict: "interrupted", exitCode: 128 + constants.signals[signal], signal };
  return result.failures > 0 ? { verdict: "failed", exitCode: EXIT.findings } : { verdict: "passed", exitCode: EXIT.ok };
}
