import { ERRORS, isErrorName } from "../contracts/errorCatalogue.ts";
import type { OutcomeError } from "./outcome.ts";

/** A modeled error as the service sends it: its documented status and members. */
export function serviceError(name: string, members: Readonly<Record<string, unknown>>): OutcomeError {
  return {
    kind: "service",
    name,
    message: typeof members.message === "string" ? members.message : "",
    ...(isErrorName(name) ? { status: ERRORS[name].status, fault: ERRORS[name].fault } : {}),
    members,
  };
}
