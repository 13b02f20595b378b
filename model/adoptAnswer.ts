import { absorbResource } from "./absorbResource.ts";
import { rememberClientToken } from "./clientToken.ts";
import { findResource } from "./findResource.ts";
import { tagsMember, textListMember, textMember } from "./inputMembers.ts";
import { locateBundle, locateDestination, locateIngestion } from "./locate.ts";
import type { ModelState, Tag } from "./state.ts";
import { mergeTags, removeTags, withTags } from "./tags.ts";
import type { Transition } from "./transition.ts";
import type { ModelInput } from "./types.ts";

/** What a service answered, as far as the model's state is concerned. */
export type Answer =
  | { readonly ok: true; readonly output: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly errorName: string };

/** The labels of the Create operations, which the idempotency scope resolves (clientToken.scope). */
const CREATE_LABELS: Readonly<Record<string, readonly string[]>> = {
  CreateAppBundle: [], CreateIngestion: ["appBundleIdentifier"], CreateIngestionDestination: ["appBundleIdentifier", "ingestionIdentifier"],
};

function without(state: ModelState, arn: string | undefined): ModelState {
  if (arn === undefined) return state;
  return {
    ...state,
    appBundles: state.appBundles.filter((r) => r.arn !== arn),
    ingestions: state.ingestions.filter((r) => r.arn !== arn),
    destinations: state.destinations.filter((r) => r.arn !== arn),
  };
}

/** The kind of resource each operation addresses (its innermost identifier). */
const ADDRESSES: Readonly<Record<string, "destination" | "ingestion" | "bundle" | "tagged">> = {
  GetIngestionDestination: "destination", UpdateIngestionDestination: "destination", DeleteIngestionDestination: "destination",
  ListIngestionDestinations: "ingestion", GetIngestion: "ingestion", StartIngestion: "ingestion", StopIngestion: "ingestion", DeleteIngestion: "ingestion",
  ListIngestions: "bundle", GetAppBundle: "bundle", DeleteAppBundle: "bundle",
  TagResource: "tagged", UntagResource: "tagged", ListTagsForResource: "tagged",
};

/** The ARN of the resource an operation addresses, when the state knows it. */
function addressed(state: ModelState, operation: string, input: ModelInput): string | undefined {
  switch (ADDRESSES[operation]) {
    case "destination": {
      const found = locateDestination(state, input);
      return found.ok ? found.value.destination.arn : undefined;
    }
    case "ingestion": {
      const found = locateIngestion(state, input);
      return found.ok ? found.value.ingestion.arn : undefined;
    }
    case "bundle": {
      const found = locateBundle(state, input);
      return found.ok ? found.value.bundle.arn : undefined;
    }
    case "tagged":
      return findResource(state, textMember(input, "resourceArn"))?.arn;
    default:
      return undefined;
  }
}

/** A create the service acknowledged: the resource it reported, with the input's tags and its clientToken. */
function acknowledgeCreate(state: ModelState, operation: string, input: ModelInput, output: Readonly<Record<string, unknown>>): ModelState {
  const tags: readonly Tag[] = mergeTags([], tagsMember(input, "tags"));
  const next = absorbResource(state, output, tags);
  const created = Object.values(output).find((v): v is { arn: string } => typeof (v as { arn?: unknown } | null)?.arn === "string");
  if (created === undefined) return next;
  const parent = created.arn.slice(0, created.arn.lastIndexOf("/", created.arn.lastIndexOf("/") - 1));
  const scope = operation === "CreateAppBundle" ? created.arn.split(":")[4] ?? "" : parent;
  return { ...next, tokens: rememberClientToken(next, input, { operation, scope, labels: CREATE_LABELS[operation] ?? [] }, created.arn) };
}

/** A change the service acknowledged although the model refused it: the state that change implies. */
function acknowledge(state: ModelState, operation: string, input: ModelInput, output: Readonly<Record<string, unknown>>): ModelState {
  if (operation in CREATE_LABELS) return acknowledgeCreate(state, operation, input, output);
  if (operation.startsWith("Delete")) return without(state, addressed(state, operation, input));
  const arn = addressed(state, operation, input);
  const record = arn === undefined ? undefined : findResource(state, arn);
  if (record !== undefined && operation === "TagResource") return withTags(state, record.arn, mergeTags(record.tags, tagsMember(input, "tags")));
  if (record !== undefined && operation === "UntagResource") return withTags(state, record.arn, removeTags(record.tags, textListMember(input, "tagKeys")));
  if (record !== undefined && (operation === "StartIngestion" || operation === "StopIngestion")) {
    const wanted = operation === "StartIngestion" ? "enabled" : "disabled";
    return { ...state, ingestions: state.ingestions.map((i) => (i.arn === record.arn ? { ...i, state: wanted } : i)) };
  }
  // Only a create brings a resource into being, and a read shows what is there: a write acknowledged on a
  // resource the model holds deleted (a stale cache answering) is the finding, not a resurrection.
  if (record === undefined && !READS.has(operation)) return state;
  return absorbResource(state, output);
}

const READS: ReadonlySet<string> = new Set(["GetAppBundle", "GetIngestion", "GetIngestionDestination"]);

/** A successful answer the model agreed with: the resource it carries, and the tags a listing shows, as reported. */
function absorb(state: ModelState, operation: string, input: ModelInput, output: Readonly<Record<string, unknown>>): ModelState {
  if (operation === "ListTagsForResource" && Array.isArray(output.tags)) {
    const arn = textMember(input, "resourceArn");
    return findResource(state, arn) === undefined ? state : withTags(state, arn, mergeTags([], tagsMember(output, "tags")));
  }
  return absorbResource(state, output);
}

/**
 * The state a service's answer implies, so the next prediction starts from what the service did, not from
 * what the model expected (one divergence is one finding, never a cascade). `before` is the state before the
 * call, `predicted` the model's own transition. An answer that agrees on success or failure keeps the predicted
 * state, with the resource it reports taken as reported. A success the model did not expect applies the change
 * the answer acknowledges. A failure changes nothing, except that ResourceNotFoundException removes the resource
 * it was about. Pure.
 */
export function adoptAnswer(before: ModelState, predicted: Transition, operation: string, input: ModelInput, answer: Answer): ModelState {
  const expected = predicted.outcome;
  if (answer.ok) return expected.ok ? absorb(predicted.state, operation, input, answer.output) : acknowledge(before, operation, input, answer.output);
  const base = expected.ok ? before : predicted.state;
  return answer.errorName === "ResourceNotFoundException" ? without(base, addressed(base, operation, input)) : base;
}
