import type { ArnContext } from "../model/index.ts";

/** The app bundle and ingestion ARNs an ingestion or destination ARN lives under (read off its path). */
export function parentArnsOf(arn: string): { readonly appBundle: string; readonly ingestion?: string } {
  const ingestionAt = arn.indexOf("/ingestion/");
  const destinationAt = arn.indexOf("/ingestiondestination/");
  return {
    appBundle: ingestionAt < 0 ? arn : arn.slice(0, ingestionAt),
    ...(destinationAt < 0 ? {} : { ingestion: arn.slice(0, destinationAt) }),
  };
}

/** Partition, Region and account of an AppFabric ARN, or undefined when it is not one. */
export function arnContextOf(arn: string): ArnContext | undefined {
  const [scheme, partition, service, region, account] = arn.split(":");
  if (scheme !== "arn" || service !== "appfabric" || !partition || !region || !account) return undefined;
  return { partition, region, account };
}
