/** The built-in AppFabric client: the same export names as @aws-sdk/client-appfabric for what the harness uses. */
export { AppFabricClient } from "./AppFabricClient.ts";
export type { AppFabricClientConfig, AppFabricClientResolvedConfig } from "./AppFabricClientConfig.ts";
export * from "./commands.ts";
export * from "./exceptions.ts";
export type * from "./models/errors.ts";
export type * from "./models/shapes.ts";
export type { OperationInput, OperationOutput, OperationShapes } from "./models/requests.ts";
export { resolveAppFabricEndpoint, type AppFabricEndpointParameters } from "./endpointResolver.ts";
