import fc from "fast-check";
import { destinationConfiguration, type DestinationConfiguration, type DestinationOptions } from "./destinationConfiguration.ts";
import { identifierOf, type ResourceRef } from "./identifierForm.ts";

export type UpdateDestinationInput = {
  readonly appBundleIdentifier: string;
  readonly ingestionIdentifier: string;
  readonly ingestionDestinationIdentifier: string;
  readonly destinationConfiguration: DestinationConfiguration;
};

export interface UpdateDestinationOptions extends DestinationOptions {
  readonly appBundle: ResourceRef;
  readonly ingestion: ResourceRef;
  readonly destination: ResourceRef;
}

/** A valid UpdateIngestionDestination input for an existing destination, addressed by ARN or UUID. */
export function updateDestinationInput(options: UpdateDestinationOptions): fc.Arbitrary<UpdateDestinationInput> {
  return fc.record(
    {
      appBundleIdentifier: identifierOf(options.appBundle),
      ingestionIdentifier: identifierOf(options.ingestion),
      ingestionDestinationIdentifier: identifierOf(options.destination),
      destinationConfiguration: destinationConfiguration(options),
    },
    { noNullPrototype: true },
  );
}
