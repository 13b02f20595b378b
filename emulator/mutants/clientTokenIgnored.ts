import type { Mutant } from "./Mutant.ts";

const CREATES = new Set(["CreateAppBundle", "CreateIngestion", "CreateIngestionDestination"]);

/** The service forgets idempotency: a retried create with the same clientToken makes a second resource. */
export const clientTokenIgnored: Mutant = {
  name: "client-token-ignored",
  class: "semantics",
  description: "Create ignores clientToken, so a retry creates a duplicate",
  handle: (handle) => (operation, input) => {
    if (!CREATES.has(operation) || input.clientToken === undefined) return handle(operation, input);
    const { clientToken: _, ...rest } = input;
    return handle(operation, rest);
  },
};
