import fc from "fast-check";
import { OPERATION_NAMES, type OperationName } from "../../contracts/operationCatalogue.ts";
import { INPUT_SCHEMAS } from "../../contracts/schemas/inputs.ts";
import type { JsonSchema } from "../../generators/jsonSchema.ts";
import { minimalInstance } from "../../generators/minimalInstance.ts";
import { errorResponse } from "../../generators/responses/errorResponse.ts";
import { OPERATIONS_WITH_OUTPUT, outOfContractResponse } from "../../generators/responses/outOfContractResponse.ts";
import { successResponse } from "../../generators/responses/successResponse.ts";
import type { WireResponse } from "../../generators/responses/WireResponse.ts";
import type { CannedResponseTarget, Settled } from "../../targets/cannedResponseTarget.ts";
import { checkProperty } from "../checkProperty.ts";
import type { PropertyParams } from "../checkProperty.ts";
import { checkError } from "./checkError.ts";
import { checkOutput } from "./checkOutput.ts";
import { checkRefused } from "./checkRefused.ts";

interface ResponseProperty {
  readonly name: string;
  readonly description: string;
  readonly responses: (operation: OperationName) => fc.Arbitrary<WireResponse>;
  readonly operations: readonly OperationName[];
  readonly check: (target: CannedResponseTarget, response: WireResponse, settled: Settled) => string[];
}

/** The three response properties: inside the contract, parsed as documented; just outside it, refused. */
export const RESPONSE_PROPERTIES: readonly ResponseProperty[] = [
  {
    name: "documented-outputs", operations: OPERATION_NAMES, responses: successResponse,
    description: "every success answer the contract allows parses to the documented mapping of its body",
    check: (_, response, settled) => checkOutput(response, settled),
  },
  {
    name: "documented-errors", operations: OPERATION_NAMES, responses: errorResponse,
    description: "every documented error is thrown as its class with its members, $fault, status and Retry-After",
    check: (target, response, settled) => (response.is.kind === "error" ? checkError(target, response, response.is.error, settled) : ["not an error response"]),
  },
  {
    name: "outside-contract-refused", operations: OPERATIONS_WITH_OUTPUT, responses: outOfContractResponse,
    description: "success answers outside the contract (not JSON, epoch timestamps, unions with two members or none) make send() throw",
    check: (_, response, settled) => checkRefused(response, settled),
  },
];

export interface ResponseFuzzOptions {
  readonly seed?: number;
  /** Cases per property (default 200). */
  readonly numRuns?: number;
  /** Only these properties (by name). */
  readonly properties?: readonly string[];
  /** Replays one response of each property: fast-check's path (with the seed it was found with). */
  readonly path?: string;
}

export interface ResponseFuzzResult {
  readonly property: string;
  readonly description: string;
  readonly failed: boolean;
  readonly numRuns: number;
  readonly seed: number;
  /** fast-check's path to the shrunk response: with the seed, it replays that response alone. */
  readonly path?: string;
  /** The shrunk response the client mishandled, and what it did wrong. */
  readonly counterexample?: WireResponse;
  readonly problems?: readonly string[];
}

class Mishandled extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}

/** The smallest input each operation accepts: the request only has to serialize, the answer is canned. */
function minimalInput(operation: OperationName): object {
  const schema = INPUT_SCHEMAS[operation] as JsonSchema;
  return minimalInstance(schema, schema) as object;
}

async function runOne(target: CannedResponseTarget, property: ResponseProperty, params: PropertyParams): Promise<ResponseFuzzResult> {
  const arbitrary = fc.constantFrom(...property.operations).chain(property.responses);
  const details = await checkProperty(fc.asyncProperty(arbitrary, async (response) => {
    const problems = property.check(target, response, await target.send(response.operation, minimalInput(response.operation), response));
    if (problems.length > 0) throw new Mishandled(problems);
  }), params);
  const base = { property: property.name, description: property.description, failed: details.failed, numRuns: details.numRuns, seed: details.seed };
  if (!details.failed || details.counterexample === null) return base;
  const cause = details.errorInstance;
  return { ...base, path: details.counterexamplePath ?? "", counterexample: details.counterexample[0], problems: cause instanceof Mishandled ? cause.problems : [String(cause)] };
}

/**
 * Response fuzzing of a client's deserializer: generated HTTP answers for every operation go to the client
 * (cannedResponseTarget) through its transport, and what send() makes of each is held to the documented mapping. Each property
 * shrinks its failure to the smallest response the client mishandles.
 */
export async function fuzzResponses(target: CannedResponseTarget, options: ResponseFuzzOptions = {}): Promise<ResponseFuzzResult[]> {
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  const chosen = RESPONSE_PROPERTIES.filter((p) => options.properties === undefined || options.properties.includes(p.name));
  const results: ResponseFuzzResult[] = [];
  const params = { seed, numRuns: options.numRuns ?? 200, ...(options.path === undefined ? {} : { path: options.path }) };
  for (const property of chosen) results.push(await runOne(target, property, params));
  return results;
}
