import type { WireResponse } from "../../generators/responses/WireResponse.ts";
import type { Settled } from "../../targets/cannedResponseTarget.ts";
import { showValue } from "../checks/showValue.ts";

/**
 * A success answer outside the contract must make send() throw a clear error (an Error with a message), and
 * never resolve with data made from it.
 */
export function checkRefused(response: WireResponse, settled: Settled): string[] {
  const defect = response.is.kind === "outside" ? `${response.is.defect}${response.is.at ? ` at ${response.is.at}` : ""}` : "a defect";
  if (settled.ok) return [`resolved with ${showValue(settled.output)} for a response with ${defect}`];
  const error = settled.error;
  if (!(error instanceof Error) || error.message.trim() === "") return [`threw ${showValue(error)} for ${defect}: not an Error with a message`];
  return [];
}
