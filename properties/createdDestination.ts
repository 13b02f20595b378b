import type { ResourceRef } from "../generators/identifierForm.ts";
import { idOfArn } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import { reportedOutput } from "./reportedOutput.ts";

/** The destination a Create answered with success, as both identifier forms (from the raw body when the client could not read it). */
export function createdDestination(outcome: Outcome): ResourceRef | undefined {
  const arn = (reportedOutput(outcome)?.ingestionDestination as { arn?: unknown } | undefined)?.arn;
  return typeof arn === "string" ? { arn, id: idOfArn(arn) } : undefined;
}
