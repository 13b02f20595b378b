import type { ResourceRef } from "../generators/identifierForm.ts";

/** The parents every destination of a run lives under. */
export interface Parents {
  readonly appBundle: ResourceRef;
  readonly ingestion: ResourceRef;
}
