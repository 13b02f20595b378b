import { isArn } from "./arns.ts";
import type { KnownRuleId } from "./rules.ts";
import type { AppBundleRecord, DestinationRecord, IngestionRecord, ModelState } from "./state.ts";
import type { ModelInput } from "./types.ts";
import { textMember } from "./inputMembers.ts";

/** Resolving *Identifier labels (ARN or UUID) to records, parent by parent. */

export type Located<T> =
  | { readonly ok: true; readonly value: T; readonly basis: readonly KnownRuleId[] }
  | { readonly ok: false; readonly basis: readonly KnownRuleId[] };

export interface BundlePath { readonly bundle: AppBundleRecord }
export interface IngestionPath extends BundlePath { readonly ingestion: IngestionRecord }
export interface DestinationPath extends IngestionPath { readonly destination: DestinationRecord }

/** An ARN must equal the record's ARN exactly (which pins its parents too); anything else is compared to the id. */
function names(record: { readonly id: string; readonly arn: string }, identifier: string): boolean {
  return isArn(identifier) ? record.arn === identifier : record.id === identifier;
}

function resolved<T>(value: T): Located<T> {
  return { ok: true, value, basis: ["identifier.arnOrUuid"] };
}

function missing<T>(identifier: string): Located<T> {
  return { ok: false, basis: isArn(identifier) ? ["identifier.arnOrUuid", "identifier.arnExact"] : ["identifier.arnOrUuid"] };
}

export function locateBundle(state: ModelState, input: ModelInput): Located<BundlePath> {
  const identifier = textMember(input, "appBundleIdentifier");
  const bundle = state.appBundles.find((b) => names(b, identifier));
  return bundle ? resolved({ bundle }) : missing(identifier);
}

export function locateIngestion(state: ModelState, input: ModelInput): Located<IngestionPath> {
  const parent = locateBundle(state, input);
  if (!parent.ok) return parent;
  const identifier = textMember(input, "ingestionIdentifier");
  const { bundle } = parent.value;
  const ingestion = state.ingestions.find((i) => i.appBundleId === bundle.id && names(i, identifier));
  return ingestion ? resolved({ bundle, ingestion }) : missing(identifier);
}

export function locateDestination(state: ModelState, input: ModelInput): Located<DestinationPath> {
  const parent = locateIngestion(state, input);
  if (!parent.ok) return parent;
  const identifier = textMember(input, "ingestionDestinationIdentifier");
  const { bundle, ingestion } = parent.value;
  const destination = state.destinations.find((d) => d.ingestionId === ingestion.id && names(d, identifier));
  return destination ? resolved({ bundle, ingestion, destination }) : missing(identifier);
}
