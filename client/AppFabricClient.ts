/**
 * AppFabricClient: the runtime's Client with the middleware a generated schema-driven client installs,
 * in the same order (schema serde, user agent, retry, content length, host header, logger, recursion
 * detection, auth scheme selection, signing), plus one of its own: answers with malformed unions are refused.
 */
import {
  getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, getUserAgentPlugin, resolveHostHeaderConfig,
  resolveUserAgentConfig,
} from "@aws-sdk/core/client";
import { resolveAwsSdkSigV4Config } from "@aws-sdk/core/httpAuthSchemes";
import { DefaultIdentityProviderConfig, getHttpAuthSchemeEndpointRuleSetPlugin, getHttpSigningPlugin } from "@smithy/core";
import { Client, normalizeProvider } from "@smithy/core/client";
import { resolveRegionConfig } from "@smithy/core/config";
import { resolveEndpointConfig } from "@smithy/core/endpoints";
import { getContentLengthPlugin } from "@smithy/core/protocols";
import { getRetryPlugin, resolveRetryConfig } from "@smithy/core/retry";
import { getSchemaSerdePlugin } from "@smithy/core/schema";
import type { HttpHandlerOptions, MetadataBearer } from "@smithy/types";
import type { AppFabricClientConfig, AppFabricClientResolvedConfig } from "./AppFabricClientConfig.ts";
import { appFabricHttpAuthSchemeParameters, SIGNING_NAME } from "./httpAuthSchemeProvider.ts";
import { rejectMalformedUnionsPlugin } from "./rejectMalformedUnions.ts";
import { getRuntimeConfig } from "./runtimeConfig.ts";

export class AppFabricClient extends Client<HttpHandlerOptions, object, MetadataBearer, AppFabricClientResolvedConfig> {
  constructor(...[configuration]: [] | [AppFabricClientConfig]) {
    const initial = getRuntimeConfig(configuration ?? {});
    const withEndpointParams = Object.assign(initial, {
      useDualstackEndpoint: initial.useDualstackEndpoint ?? false,
      useFipsEndpoint: initial.useFipsEndpoint ?? false,
      // The SigV4 signer takes the service name from defaultSigningName; the auth option carries it too.
      defaultSigningName: SIGNING_NAME,
    });
    const resolved = resolveEndpointConfig(resolveHostHeaderConfig(resolveRegionConfig(resolveRetryConfig(
      resolveUserAgentConfig(withEndpointParams)))));
    const config = Object.assign(resolveAwsSdkSigV4Config(resolved), {
      authSchemePreference: normalizeProvider(resolved.authSchemePreference ?? []),
    });
    super(config);
    this.initConfig = initial;
    this.middlewareStack.use(getSchemaSerdePlugin(config));
    this.middlewareStack.use(rejectMalformedUnionsPlugin);
    this.middlewareStack.use(getUserAgentPlugin(config));
    this.middlewareStack.use(getRetryPlugin(config));
    this.middlewareStack.use(getContentLengthPlugin(config));
    this.middlewareStack.use(getHostHeaderPlugin(config));
    this.middlewareStack.use(getLoggerPlugin(config));
    this.middlewareStack.use(getRecursionDetectionPlugin(config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(config, {
      httpAuthSchemeParametersProvider: appFabricHttpAuthSchemeParameters,
      identityProviderConfigProvider: async (c: AppFabricClientResolvedConfig) =>
        new DefaultIdentityProviderConfig({ "aws.auth#sigv4": c.credentials }),
    }));
    this.middlewareStack.use(getHttpSigningPlugin(config));
  }
}
