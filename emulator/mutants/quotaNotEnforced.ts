import { EMPTY_STATE, idOfArn, QUOTAS, step, type ModelEnv, type ModelInput, type ModelState, type Transition } from "../../model/index.ts";
import type { Handle } from "../types.ts";
import type { Mutant } from "./Mutant.ts";

const CREATE = "CreateIngestionDestination";
const QUOTA = QUOTAS.destinationsPerIngestion;

/** The create as a service whose quota check never sees the ingestion's destinations would make it. */
function createPastQuota(state: ModelState, input: ModelInput, env: ModelEnv): Transition {
  const ingestionId = idOfArn(String(input.ingestionIdentifier));
  const own = (d: ModelState["destinations"][number]) => d.ingestionId === ingestionId;
  const next = step({ ...state, destinations: state.destinations.filter((d) => !own(d)) }, CREATE, input, env);
  const destinations = [...state.destinations.filter(own), ...next.state.destinations].sort((a, b) => a.seq - b.seq);
  return { ...next, state: { ...next.state, destinations } };
}

/** The per-ingestion quota is never enforced: a sixth destination is accepted and really created. */
export const quotaNotEnforced: Mutant = {
  name: "quota-not-enforced",
  class: "semantics",
  description: `CreateIngestionDestination accepts and creates destinations beyond the quota of ${QUOTA.limit} per ingestion`,
  caughtBy: [
    { kind: "model", check: "outcome.unexpected-success", operation: CREATE },
    { kind: "model", check: "list-extra", operation: "ListIngestionDestinations" },
  ],
  // The bug is in how the state changes, so the mutant is the service itself, over the model's pure step.
  handling: (env): Handle => {
    let state = EMPTY_STATE;
    return (operation, input) => {
      let next = step(state, operation, input, env);
      if (operation === CREATE && !next.outcome.ok && next.outcome.error.name === "ServiceQuotaExceededException") next = createPastQuota(state, input, env);
      state = next.state;
      return next.outcome;
    };
  },
};
