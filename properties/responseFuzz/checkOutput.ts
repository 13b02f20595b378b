import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { OUTPUT_SCHEMAS } from "../../contracts/schemas/outputs.ts";
import { sdkFormOf } from "../../contracts/sdkFormOf.ts";
import type { WireResponse } from "../../generators/responses/WireResponse.ts";
import type { Settled } from "../../targets/cannedResponseTarget.ts";
import { showValue } from "../checks/showValue.ts";
import { sdkDifferences } from "./sdkDifferences.ts";

/** The output the documented mapping makes of a success body; 204 has none. */
export function expectedOutput(operation: OperationName, body: string): unknown {
  return body === "" ? {} : sdkFormOf(OUTPUT_SCHEMAS[operation], JSON.parse(body));
}

/**
 * A success answer inside the contract must resolve to exactly the documented mapping of its body (Dates for
 * RFC 3339 strings, `$unknown: [name, value]` for unknown union members, unknown structure members dropped),
 * with the status in $metadata.
 */
export function checkOutput(response: WireResponse, settled: Settled): string[] {
  if (!settled.ok) return [`threw ${String(settled.error)} for a response inside the contract`];
  const { $metadata, ...output } = settled.output as { $metadata?: { httpStatusCode?: number } };
  const problems = sdkDifferences(output, expectedOutput(response.operation, response.body))
    .map((d) => `output.${d.path} is ${showValue(d.actual)}; the documented mapping gives ${showValue(d.expected)}`);
  if ($metadata?.httpStatusCode !== response.status) problems.push(`$metadata.httpStatusCode is ${showValue($metadata?.httpStatusCode)}, not ${response.status}`);
  return problems;
}
