/** Service quotas (AWS General Reference, AppFabric endpoints and quotas); the quota codes are stable placeholders (quota.codes, assumed). */
export interface Quota { readonly limit: number; readonly code: string }

export const QUOTAS = {
  appBundlesPerAccount: { limit: 1, code: "L-APPBUNDLES" },
  ingestionsPerAccount: { limit: 50, code: "L-INGESTIONS" },
  destinationsPerIngestion: { limit: 5, code: "L-INGESTIONDESTINATIONS" },
} as const satisfies Record<string, Quota>;
