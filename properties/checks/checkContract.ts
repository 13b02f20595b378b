import type { Contract } from "../../contracts/contract.ts";
import { isErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Divergence } from "../judging/Divergence.ts";
import { schemaDivergences } from "./schemaDivergences.ts";

/** Off the wire, every output and every documented error is held to the contract's JSON Schema in its parsed form. */
export function checkContract(contract: Contract, operation: OperationName, outcome: Outcome): Divergence[] {
  if (outcome.ok) return schemaDivergences("contract", operation, "output-schema", "output", "", contract.checkOutput(operation, toWireJson(outcome.output)));
  const { error } = outcome;
  if (error.kind !== "service" || !isErrorName(error.name)) return [];
  return schemaDivergences("contract", operation, "error-schema", error.name, error.name, contract.checkError(error.name, error.members));
}
