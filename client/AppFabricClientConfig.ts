/** What AppFabricClient accepts and what it holds once resolved, composed like a generated client's types. */
import type { UserAgentInputConfig, UserAgentResolvedConfig } from "@aws-sdk/core/client";
import type { AwsSdkSigV4AuthInputConfig, AwsSdkSigV4AuthResolvedConfig } from "@aws-sdk/core/httpAuthSchemes";
import type { DefaultsMode, SmithyResolvedConfiguration } from "@smithy/core/client";
import type { RegionInputConfig, RegionResolvedConfig } from "@smithy/core/config";
import type { EndpointInputConfig, EndpointResolvedConfig } from "@smithy/core/endpoints";
import type { HttpHandlerUserInput } from "@smithy/core/protocols";
import type { RetryInputConfig, RetryResolvedConfig } from "@smithy/core/retry";
import type { HttpAuthScheme, HttpAuthSchemeProvider, HttpHandlerOptions, Logger, Provider } from "@smithy/types";
import type { AppFabricEndpointParameters } from "./endpointResolver.ts";
import type { AppFabricHttpAuthSchemeParameters } from "./httpAuthSchemeProvider.ts";

export interface AppFabricClientDefaults {
  /** A handler instance (e.g. NodeHttpHandler) or options for the default NodeHttpHandler. */
  requestHandler?: HttpHandlerUserInput;
  logger?: Logger;
  profile?: string;
  retryMode?: string | Provider<string>;
  defaultsMode?: DefaultsMode | Provider<DefaultsMode>;
  authSchemePreference?: string[] | Provider<string[]>;
  httpAuthSchemes?: HttpAuthScheme[];
  httpAuthSchemeProvider?: HttpAuthSchemeProvider<AppFabricHttpAuthSchemeParameters>;
  useDualstackEndpoint?: boolean | Provider<boolean>;
  cacheMiddleware?: boolean;
}

export type AppFabricClientConfig = AppFabricClientDefaults & UserAgentInputConfig & RetryInputConfig &
  RegionInputConfig & EndpointInputConfig<AppFabricEndpointParameters> & AwsSdkSigV4AuthInputConfig;

export type AppFabricClientResolvedConfig = SmithyResolvedConfiguration<HttpHandlerOptions> &
  UserAgentResolvedConfig & RetryResolvedConfig & RegionResolvedConfig &
  EndpointResolvedConfig<AppFabricEndpointParameters> & AwsSdkSigV4AuthResolvedConfig & {
    logger: Logger;
    authSchemePreference: Provider<string[]>;
    httpAuthSchemes: HttpAuthScheme[];
    httpAuthSchemeProvider: HttpAuthSchemeProvider<AppFabricHttpAuthSchemeParameters>;
  };
