/** SigV4 for every AppFabric operation, signing name `appfabric` (the API model's sigv4 trait). */
import { getSmithyContext, normalizeProvider } from "@smithy/core/client";
import type {
  HandlerExecutionContext, HttpAuthOption, HttpAuthSchemeParameters, Provider,
} from "@smithy/types";

export const SIGNING_NAME = "appfabric";

export interface AppFabricHttpAuthSchemeParameters extends HttpAuthSchemeParameters {
  region: string;
}

export async function appFabricHttpAuthSchemeParameters(config: { region: string | Provider<string> },
  context: HandlerExecutionContext): Promise<AppFabricHttpAuthSchemeParameters> {
  const region = await normalizeProvider(config.region)();
  if (!region) throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
  const { operation } = getSmithyContext(context);
  return { operation: typeof operation === "string" ? operation : "", region };
}

export function appFabricHttpAuthSchemeProvider(params: AppFabricHttpAuthSchemeParameters): HttpAuthOption[] {
  return [{
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: SIGNING_NAME, region: params.region },
    // The SigV4 signer reads the resolved config (credentials, clock offset) from these properties.
    propertiesExtractor: (config: object, context: HandlerExecutionContext) => ({
      signingProperties: { config, context },
    }),
  }];
}
