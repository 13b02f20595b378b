import { createHash } from "node:crypto";
import type { ModelInput } from "../../model/index.ts";
import { internalError } from "../wireErrors.ts";
import type { Mutant } from "./Mutant.ts";

const WRITES = new Set(["CreateIngestionDestination", "UpdateIngestionDestination"]);
/** One input in this many fails, always. */
const ONE_IN = 8;

/** Whether the request is one the broken code path always fails: its input decides, whatever clientToken it carries. */
function isDoomed(operation: string, input: ModelInput): boolean {
  const { clientToken: _, ...rest } = input;
  return createHash("sha256").update(`${operation} ${JSON.stringify(rest)}`).digest().readUInt32BE(0) % ONE_IN === 0;
}

/** A code path that always throws: some inputs get InternalServerException on every attempt, retries included. */
export const persistentInternalError: Mutant = {
  name: "persistent-internal-error",
  class: "errors",
  description: `one Create or Update input in ${ONE_IN} is answered with InternalServerException (HTTP 500) every time it is sent`,
  caughtBy: [{ kind: "server-error", check: "persistent-5xx" }],
  handle: (handle) => (operation, input) => (WRITES.has(operation) && isDoomed(operation, input)
    ? { ok: false, error: internalError("An internal error occurred", 0), basis: [] }
    : handle(operation, input)),
};
