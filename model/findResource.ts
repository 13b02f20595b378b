import type { AppBundleRecord, DestinationRecord, IngestionRecord, ModelState } from "./state.ts";

/** The resource of any kind whose ARN is exactly `arn`. */
export function findResource(state: ModelState, arn: string): AppBundleRecord | IngestionRecord | DestinationRecord | undefined {
  return state.appBundles.find((r) => r.arn === arn)
    ?? state.ingestions.find((r) => r.arn === arn)
    ?? state.destinations.find((r) => r.arn === arn);
}
