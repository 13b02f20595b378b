import type { ModelState } from "./state.ts";

/**
 * Fault simulation: the destination with this ARN becomes Failed with `reason` as its statusReason.
 * The model never fails a destination by itself; an unknown ARN leaves the state as it is.
 */
export function markDestinationFailed(state: ModelState, destinationArn: string, reason: string): ModelState {
  if (!state.destinations.some((d) => d.arn === destinationArn)) return state;
  return {
    ...state,
    destinations: state.destinations.map((d) =>
      d.arn === destinationArn ? { ...d, status: "Failed" as const, statusReason: reason } : d),
  };
}
