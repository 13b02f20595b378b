import type { Outcome } from "../targets/outcome.ts";
import type { Adopted } from "./Oracle.ts";
import { idOfArn } from "../model/index.ts";

/** The single resource a Create/Get/Update output carries (`ingestionDestination`, `ingestion`, `appBundle`). */
function resourceOf(output: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  for (const value of Object.values(output)) {
    if (value && typeof value === "object" && !Array.isArray(value) && typeof (value as { arn?: unknown }).arn === "string") {
      return value as Record<string, unknown>;
    }
  }
  return undefined;
}

/** The id and clock a target's successful answer reveals, for the oracle to adopt. */
export function adoptedFrom(outcome: Outcome): Adopted {
  if (!outcome.ok) return {};
  const resource = resourceOf(outcome.output);
  if (!resource) return {};
  const id = idOfArn(resource.arn as string);
  const stamp = resource.updatedAt ?? resource.createdAt;
  return stamp instanceof Date ? { id, now: stamp } : { id };
}
