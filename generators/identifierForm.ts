import fc from "fast-check";

/** A resource known by both of its documented identifier forms. */
export interface ResourceRef { readonly arn: string; readonly id: string }

/** Either identifier form of a resource: the ARN or the UUID name the same resource. */
export function identifierOf(ref: ResourceRef): fc.Arbitrary<string> {
  return fc.constantFrom(ref.arn, ref.id);
}
