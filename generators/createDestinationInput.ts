import fc from "fast-check";
import { destinationConfiguration, type DestinationConfiguration, type DestinationOptions } from "./destinationConfiguration.ts";
import { identifierOf, type ResourceRef } from "./identifierForm.ts";
import { processingConfiguration, type ProcessingConfiguration } from "./processingConfiguration.ts";
import { tagList, type Tag } from "./tagList.ts";

export type CreateDestinationInput = {
  readonly appBundleIdentifier: string;
  readonly ingestionIdentifier: string;
  readonly processingConfiguration: ProcessingConfiguration;
  readonly destinationConfiguration: DestinationConfiguration;
  readonly clientToken?: string;
  readonly tags?: Tag[];
};

export interface CreateDestinationOptions extends DestinationOptions {
  readonly appBundle: ResourceRef;
  readonly ingestion: ResourceRef;
  /** Tags the caller adds itself (a run id tag), so generated lists leave room for them. */
  readonly reservedTags?: number;
}

/** A valid CreateIngestionDestination input: every union branch, optional members present and absent. */
export function createDestinationInput(options: CreateDestinationOptions): fc.Arbitrary<CreateDestinationInput> {
  return fc.record(
    {
      appBundleIdentifier: identifierOf(options.appBundle),
      ingestionIdentifier: identifierOf(options.ingestion),
      processingConfiguration: processingConfiguration(),
      destinationConfiguration: destinationConfiguration(options),
      clientToken: fc.uuid({ version: 4 }),
      tags: tagList(50 - (options.reservedTags ?? 0)),
    },
    { requiredKeys: ["appBundleIdentifier", "ingestionIdentifier", "processingConfiguration", "destinationConfiguration"], noNullPrototype: true },
  );
}
