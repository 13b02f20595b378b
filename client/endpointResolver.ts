/**
 * AppFabric's endpoint resolution, reduced to what the service's rule set yields in the aws partition:
 * a caller's `endpoint` wins; otherwise https://appfabric[-fips].{region}.(amazonaws.com|api.aws).
 * The generated clients evaluate the full rule set (a decision diagram over partitions); AppFabric runs in
 * three aws-partition regions only (AWS General Reference, AppFabric endpoints), so this small function is easier to read and to test.
 */
import { EndpointError, isValidHostLabel } from "@smithy/core/endpoints";
import type { EndpointParameterInstructions, EndpointParameters, EndpointV2 } from "@smithy/types";

export interface AppFabricEndpointParameters extends EndpointParameters {
  Region?: string | undefined;
  UseFIPS?: boolean | undefined;
  UseDualStack?: boolean | undefined;
  Endpoint?: string | undefined;
}

/** Where each endpoint parameter comes from in the client config (as a generated commandBuilder has it). */
export const ENDPOINT_PARAMETER_INSTRUCTIONS: EndpointParameterInstructions = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

export function resolveAppFabricEndpoint(params: AppFabricEndpointParameters): EndpointV2 {
  const { Region, UseFIPS = false, UseDualStack = false, Endpoint } = params;
  if (Endpoint !== undefined) {
    if (UseFIPS) throw new EndpointError("Invalid Configuration: FIPS and custom endpoint are not supported");
    if (UseDualStack) throw new EndpointError("Invalid Configuration: Dualstack and custom endpoint are not supported");
    return { url: new URL(Endpoint) };
  }
  if (!Region) throw new EndpointError("Invalid Configuration: Missing Region");
  if (!isValidHostLabel(Region)) throw new EndpointError(`Invalid Configuration: region "${Region}" is not a host label`);
  const host = UseFIPS ? "appfabric-fips" : "appfabric";
  const suffix = UseDualStack ? "api.aws" : "amazonaws.com";
  return { url: new URL(`https://${host}.${Region}.${suffix}`) };
}
