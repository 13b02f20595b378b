import type { CreateDestinationInput } from "../../generators/createDestinationInput.ts";
import type { InvalidCase } from "../../generators/defect.ts";
import type { DestinationConfiguration } from "../../generators/destinationConfiguration.ts";
import type { Tag } from "../../generators/tagList.ts";

/**
 * Which destination a command addresses: one the sequence created (alive or deleted), by either identifier
 * form, or one that never existed.
 */
export type Selector =
  | { readonly pick: number; readonly form: "arn" | "uuid" }
  | { readonly never: string };

/** One step of a stateful sequence, as plain data: it prints, saves to the corpus and replays as JSON. */
export type CommandSpec =
  | { readonly op: "create"; readonly input: CreateDestinationInput }
  | { readonly op: "fillToQuota"; readonly input: CreateDestinationInput }
  | { readonly op: "retryCreate" }
  | { readonly op: "tokenMismatch"; readonly destinationConfiguration: DestinationConfiguration }
  | { readonly op: "createInvalid"; readonly label: InvalidCase }
  | { readonly op: "createUnderMissingIngestion"; readonly input: CreateDestinationInput; readonly ingestion: string }
  /** `parentsByUuid`: name the app bundle and ingestion by UUID instead of ARN. */
  | { readonly op: "update"; readonly target: Selector; readonly destinationConfiguration: DestinationConfiguration; readonly parentsByUuid?: boolean }
  | { readonly op: "updateInvalid"; readonly target: Selector; readonly label: InvalidCase }
  | { readonly op: "get"; readonly target: Selector }
  | { readonly op: "list"; readonly maxResults?: number }
  | { readonly op: "delete"; readonly target: Selector }
  | { readonly op: "tag"; readonly target: Selector; readonly tags: readonly Tag[] }
  /** `known`: also name this many of the keys the destination carries (the oracle's, in key order), so untags hit real tags. */
  | { readonly op: "untag"; readonly target: Selector; readonly tagKeys: readonly string[]; readonly known?: number }
  | { readonly op: "listTags"; readonly target: Selector }
  /** ListIngestionDestinations under an ingestion that does not exist. */
  | { readonly op: "listMissing"; readonly ingestion: string }
  /** One of the other destination operations with a member made invalid (`change` replaces members of its valid input). */
  | { readonly op: "invalid"; readonly operation: ProbedOperation; readonly target: Selector; readonly change: Readonly<Record<string, unknown>> };

/** The operations a stateful sequence sends invalid input to beside Create and Update. */
export type ProbedOperation = "GetIngestionDestination" | "DeleteIngestionDestination" | "ListIngestionDestinations" | "TagResource" | "UntagResource" | "ListTagsForResource";
