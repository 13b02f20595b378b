/**
 * Node defaults for AppFabricClient, as a generated client's runtimeConfig(.shared) fills them: every value
 * the caller did not give comes from the environment and shared config files (region, max attempts,
 * retry mode) or from the runtime's defaults (protocol, signer, handler, logger).
 */
import {
  createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS,
} from "@aws-sdk/core/client";
import { AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } from "@aws-sdk/core/httpAuthSchemes";
import { AwsRestJsonProtocol } from "@aws-sdk/core/protocols";
import { defaultProvider as credentialDefaultProvider } from "@aws-sdk/credential-provider-node";
import { Sha256 } from "@smithy/core/checksum";
import { loadConfigsForDefaultMode, NoOpLogger } from "@smithy/core/client";
import {
  loadConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, resolveDefaultsModeConfig,
} from "@smithy/core/config";
import { parseUrl } from "@smithy/core/protocols";
import { DEFAULT_RETRY_MODE, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from "@smithy/core/retry";
import { calculateBodyLength, fromBase64, fromUtf8, toBase64, toUtf8 } from "@smithy/core/serde";
import { NodeHttpHandler, streamCollector } from "@smithy/node-http-handler";
import type { IdentityProviderConfig } from "@smithy/types";
import type { AppFabricClientConfig } from "./AppFabricClientConfig.ts";
import { resolveAppFabricEndpoint } from "./endpointResolver.ts";
import { appFabricHttpAuthSchemeProvider } from "./httpAuthSchemeProvider.ts";
import { createErrorTypeRegistries } from "./schemas/errors.ts";
import { NAMESPACE } from "./schemas/shapes.ts";

export const API_VERSION = "2023-05-19";
export const SERVICE_ID = "AppFabric";
/** Reported in the user agent; this client is not a release of @aws-sdk/client-appfabric. */
export const CLIENT_VERSION = "0.1.0-harness";

export function getRuntimeConfig(config: AppFabricClientConfig) {
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const logger = config.logger ?? new NoOpLogger();
  const loaderConfig = { profile: config.profile, logger };
  return {
    apiVersion: API_VERSION,
    base64Decoder: fromBase64,
    base64Encoder: toBase64,
    disableHostPrefix: false,
    endpointProvider: resolveAppFabricEndpoint,
    extensions: [],
    httpAuthSchemeProvider: appFabricHttpAuthSchemeProvider,
    httpAuthSchemes: [{
      schemeId: "aws.auth#sigv4",
      identityProvider: (ipc: IdentityProviderConfig) => ipc.getIdentityProvider("aws.auth#sigv4"),
      signer: new AwsSdkSigV4Signer(),
    }],
    // An instance rather than the class plus protocolSettings: the same result, and typed as resolved.
    protocol: new AwsRestJsonProtocol({ defaultNamespace: NAMESPACE, errorTypeRegistries: createErrorTypeRegistries() }),
    serviceId: SERVICE_ID,
    sha256: Sha256,
    urlParser: parseUrl,
    utf8Decoder: fromUtf8,
    utf8Encoder: toUtf8,
    ...config,
    logger,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: calculateBodyLength,
    credentialDefaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config.requestHandler, 300_000),
    defaultUserAgentProvider: createDefaultUserAgentProvider({ serviceId: SERVICE_ID, clientVersion: CLIENT_VERSION }),
    maxAttempts: config.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config.requestHandler ?? defaultConfigProvider),
    retryMode: config.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
    }, config),
    streamCollector,
    useDualstackEndpoint: config.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
  };
}
