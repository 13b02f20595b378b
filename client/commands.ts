/**
 * One command class per AppFabric operation, each built by the runtime's command builder from its static
 * operation schema, as the generated clients do (`class XCommand extends command(..., X$) {}`).
 */
import { makeBuilder } from "@smithy/core/client";
import { getEndpointPlugin } from "@smithy/core/endpoints";
import type { MetadataBearer } from "@smithy/types";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { AppFabricClientResolvedConfig } from "./AppFabricClientConfig.ts";
import { ENDPOINT_PARAMETER_INSTRUCTIONS } from "./endpointResolver.ts";
import type { OperationInput, OperationOutput } from "./models/requests.ts";
import { OPERATION_SCHEMAS } from "./schemas/operations.ts";

export type CommandInput<N extends OperationName> = OperationInput<N>;
export type CommandOutput<N extends OperationName> = OperationOutput<N> & MetadataBearer;

const command = makeBuilder<AppFabricClientResolvedConfig, object, MetadataBearer>(
  ENDPOINT_PARAMETER_INSTRUCTIONS, "FabricFrontEndService", "AppFabricClient", getEndpointPlugin);

function commandFor<N extends OperationName>(name: N) {
  return command<CommandInput<N>, CommandOutput<N>>({}, () => [], name, OPERATION_SCHEMAS[name]);
}

export class CreateAppBundleCommand extends commandFor("CreateAppBundle") {}
export class GetAppBundleCommand extends commandFor("GetAppBundle") {}
export class ListAppBundlesCommand extends commandFor("ListAppBundles") {}
export class DeleteAppBundleCommand extends commandFor("DeleteAppBundle") {}
export class CreateIngestionCommand extends commandFor("CreateIngestion") {}
export class GetIngestionCommand extends commandFor("GetIngestion") {}
export class ListIngestionsCommand extends commandFor("ListIngestions") {}
export class StartIngestionCommand extends commandFor("StartIngestion") {}
export class StopIngestionCommand extends commandFor("StopIngestion") {}
export class DeleteIngestionCommand extends commandFor("DeleteIngestion") {}
export class CreateIngestionDestinationCommand extends commandFor("CreateIngestionDestination") {}
export class GetIngestionDestinationCommand extends commandFor("GetIngestionDestination") {}
export class UpdateIngestionDestinationCommand extends commandFor("UpdateIngestionDestination") {}
export class ListIngestionDestinationsCommand extends commandFor("ListIngestionDestinations") {}
export class DeleteIngestionDestinationCommand extends commandFor("DeleteIngestionDestination") {}
export class TagResourceCommand extends commandFor("TagResource") {}
export class UntagResourceCommand extends commandFor("UntagResource") {}
export class ListTagsForResourceCommand extends commandFor("ListTagsForResource") {}

export type CreateAppBundleCommandInput = CommandInput<"CreateAppBundle">;
export type CreateAppBundleCommandOutput = CommandOutput<"CreateAppBundle">;
export type GetAppBundleCommandInput = CommandInput<"GetAppBundle">;
export type GetAppBundleCommandOutput = CommandOutput<"GetAppBundle">;
export type ListAppBundlesCommandInput = CommandInput<"ListAppBundles">;
export type ListAppBundlesCommandOutput = CommandOutput<"ListAppBundles">;
export type DeleteAppBundleCommandInput = CommandInput<"DeleteAppBundle">;
export type DeleteAppBundleCommandOutput = CommandOutput<"DeleteAppBundle">;
export type CreateIngestionCommandInput = CommandInput<"CreateIngestion">;
export type CreateIngestionCommandOutput = CommandOutput<"CreateIngestion">;
export type GetIngestionCommandInput = CommandInput<"GetIngestion">;
export type GetIngestionCommandOutput = CommandOutput<"GetIngestion">;
export type ListIngestionsCommandInput = CommandInput<"ListIngestions">;
export type ListIngestionsCommandOutput = CommandOutput<"ListIngestions">;
export type StartIngestionCommandInput = CommandInput<"StartIngestion">;
export type StartIngestionCommandOutput = CommandOutput<"StartIngestion">;
export type StopIngestionCommandInput = CommandInput<"StopIngestion">;
export type StopIngestionCommandOutput = CommandOutput<"StopIngestion">;
export type DeleteIngestionCommandInput = CommandInput<"DeleteIngestion">;
export type DeleteIngestionCommandOutput = CommandOutput<"DeleteIngestion">;
export type CreateIngestionDestinationCommandInput = CommandInput<"CreateIngestionDestination">;
export type CreateIngestionDestinationCommandOutput = CommandOutput<"CreateIngestionDestination">;
export type GetIngestionDestinationCommandInput = CommandInput<"GetIngestionDestination">;
export type GetIngestionDestinationCommandOutput = CommandOutput<"GetIngestionDestination">;
export type UpdateIngestionDestinationCommandInput = CommandInput<"UpdateIngestionDestination">;
export type UpdateIngestionDestinationCommandOutput = CommandOutput<"UpdateIngestionDestination">;
export type ListIngestionDestinationsCommandInput = CommandInput<"ListIngestionDestinations">;
export type ListIngestionDestinationsCommandOutput = CommandOutput<"ListIngestionDestinations">;
export type DeleteIngestionDestinationCommandInput = CommandInput<"DeleteIngestionDestination">;
export type DeleteIngestionDestinationCommandOutput = CommandOutput<"DeleteIngestionDestination">;
export type TagResourceCommandInput = CommandInput<"TagResource">;
export type TagResourceCommandOutput = CommandOutput<"TagResource">;
export type UntagResourceCommandInput = CommandInput<"UntagResource">;
export type UntagResourceCommandOutput = CommandOutput<"UntagResource">;
export type ListTagsForResourceCommandInput = CommandInput<"ListTagsForResource">;
export type ListTagsForResourceCommandOutput = CommandOutput<"ListTagsForResource">;
