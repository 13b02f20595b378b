import { idOfArn, isArn } from "./arns.ts";
import type { KnownRuleId } from "./rules.ts";
import type { AppBundleRecord, DestinationRecord, IngestionRecord, ModelState } from "./state.ts";
import type { ModelInput } from "./types.ts";
import { textMember } from "./inputMembers.ts";

/** Resolving *Identifier labels (ARN or UUID) to records, parent by parent; `basis` holds the rules that decide whether one exists. */

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
  return { ok: true, value, basis: ["identifier.arnOrUuid", "resource.lifecycle"] };
}

/**
 * Nothing answers to the identifier. A UUID, or an ARN in the documented form under the given parent, names a
 * resource that does not exist (deleted, or never created); any other ARN names none only by assumption.
 * `childPrefix`: the ARN prefix of the parent's children of this kind, when the parent is known.
 */
function missing<T>(identifier: string, childPrefix?: string): Located<T> {
  const wellFormed = !isArn(identifier) || (childPrefix !== undefined && identifier === `${childPrefix}${idOfArn(identifier)}` && UUID.test(idOfArn(identifier)));
  return { ok: false, basis: wellFormed ? ["identifier.arnOrUuid", "resource.lifecycle"] : ["identifier.arnOrUuid", "resource.lifecycle", "identifier.arnExact"] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
  return ingestion ? resolved({ bundle, ingestion }) : missing(identifier, `${bundle.arn}/ingestion/`);
}

export function locateDestination(state: ModelState, input: ModelInput): Located<DestinationPath> {
  const parent = locateIngestion(state, input);
  if (!parent.ok) return parent;
  const identifier = textMember(input, "ingestionDestinationIdentifier");
  const { bundle, ingestion } = parent.value;
  const destination = state.destinations.find((d) => d.ingestionId === ingestion.id && names(d, identifier));
  return destination ? resolved({ bundle, ingestion, destination }) : missing(identifier, `${ingestion.arn}/ingestiondestination/`);
}
