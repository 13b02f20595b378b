/** Input and output types of the 18 operations (the API model's input and output shapes), keyed by operation name. */
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type {
  AppBundle, AppBundleSummary, DestinationConfiguration, Ingestion, IngestionDestination,
  IngestionDestinationSummary, IngestionSummary, IngestionType, ProcessingConfiguration, Tag,
} from "./shapes.ts";

export interface BundleRef { appBundleIdentifier: string }
export interface IngestionRef extends BundleRef { ingestionIdentifier: string }
export interface DestinationRef extends IngestionRef { ingestionDestinationIdentifier: string }
export interface ResourceRef { resourceArn: string }
export interface Page {
  maxResults?: number | undefined;
  nextToken?: string | undefined;
}
export interface NextToken { nextToken?: string | undefined }
/** Omitted clientToken is filled with a fresh uuid v4 by the serializer. */
export interface Idempotent {
  clientToken?: string | undefined;
  tags?: Tag[] | undefined;
}
export type Empty = Record<string, never>;

export interface OperationShapes {
  CreateAppBundle: {
    input: Idempotent & { customerManagedKeyIdentifier?: string | undefined };
    output: { appBundle: AppBundle };
  };
  GetAppBundle: { input: BundleRef; output: { appBundle: AppBundle } };
  ListAppBundles: { input: Page; output: NextToken & { appBundleSummaryList: AppBundleSummary[] } };
  DeleteAppBundle: { input: BundleRef; output: Empty };
  CreateIngestion: {
    input: BundleRef & Idempotent & { app: string; tenantId: string; ingestionType: IngestionType | string };
    output: { ingestion: Ingestion };
  };
  GetIngestion: { input: IngestionRef; output: { ingestion: Ingestion } };
  ListIngestions: { input: BundleRef & Page; output: NextToken & { ingestions: IngestionSummary[] } };
  StartIngestion: { input: IngestionRef; output: Empty };
  StopIngestion: { input: IngestionRef; output: Empty };
  DeleteIngestion: { input: IngestionRef; output: Empty };
  CreateIngestionDestination: {
    input: IngestionRef & Idempotent & {
      processingConfiguration: ProcessingConfiguration;
      destinationConfiguration: DestinationConfiguration;
    };
    output: { ingestionDestination: IngestionDestination };
  };
  GetIngestionDestination: { input: DestinationRef; output: { ingestionDestination: IngestionDestination } };
  UpdateIngestionDestination: {
    input: DestinationRef & { destinationConfiguration: DestinationConfiguration };
    output: { ingestionDestination: IngestionDestination };
  };
  ListIngestionDestinations: {
    input: IngestionRef & Page;
    output: NextToken & { ingestionDestinations: IngestionDestinationSummary[] };
  };
  DeleteIngestionDestination: { input: DestinationRef; output: Empty };
  TagResource: { input: ResourceRef & { tags: Tag[] }; output: Empty };
  UntagResource: { input: ResourceRef & { tagKeys: string[] }; output: Empty };
  ListTagsForResource: { input: ResourceRef; output: { tags?: Tag[] | undefined } };
}

/** Every operation has an entry: a compile error here means the catalogue and this file disagree. */
export type OperationInput<N extends OperationName> = OperationShapes[N]["input"];
export type OperationOutput<N extends OperationName> = OperationShapes[N]["output"];
