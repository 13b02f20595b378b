import type { ResourceRef } from "../generators/identifierForm.ts";

/**
 * Stands in for a destination that exists only once the case runs: Update inputs are generated against it
 * and bound to the real destination just before sending. A mutated identifier no longer equals the
 * placeholder, so identifier defects survive the binding.
 */
export const PLACEHOLDER_DESTINATION: ResourceRef = {
  id: "00000000-0000-4000-8000-000000000000",
  arn: "arn:aws:appfabric:placeholder:000000000000:appbundle/placeholder/ingestion/placeholder/ingestiondestination/00000000-0000-4000-8000-000000000000",
};

export function bindDestination(input: Readonly<Record<string, unknown>>, real: ResourceRef): Readonly<Record<string, unknown>> {
  const id = input.ingestionDestinationIdentifier;
  if (id === PLACEHOLDER_DESTINATION.id) return { ...input, ingestionDestinationIdentifier: real.id };
  if (id === PLACEHOLDER_DESTINATION.arn) return { ...input, ingestionDestinationIdentifier: real.arn };
  return input;
}
