import { compareFacts } from "../../drift/compareFacts.ts";
import { describeDifference } from "../../drift/describeDifference.ts";
import type { ServiceFacts } from "../../drift/ServiceFacts.ts";

/** The differences of a description from a model, one readable line each, for assertion messages. */
export function differencesFrom(description: ServiceFacts, model: ServiceFacts): string[] {
  return compareFacts(description, model).differences.map((d) => `${d.impact} ${describeDifference(d)} (at ${d.where.join("; ")})`);
}
