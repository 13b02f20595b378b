import { createContract } from "../../contracts/contract.ts";
import { inputValidator } from "../../contracts/inputValidator.ts";
import type { Mutant } from "./Mutant.ts";

const CREATES = new Set(["CreateAppBundle", "CreateIngestion", "CreateIngestionDestination"]);

/**
 * The service forgets idempotency: a retried create with the same clientToken makes a second resource. The
 * token is still validated, so an invalid one is refused as the unmutated service refuses it; only the
 * idempotency checks can tell.
 */
export const clientTokenIgnored: Mutant = {
  name: "client-token-ignored",
  class: "semantics",
  description: "Create ignores a valid clientToken, so a retry creates a duplicate",
  caughtBy: [
    { kind: "model", check: "same-token-same-destination", operation: "CreateIngestionDestination" },
    { kind: "model", check: "output.ingestionDestination.arn", operation: "CreateIngestionDestination" },
  ],
  handle: (handle) => {
    const validate = inputValidator(createContract());
    return (operation, input) => {
      if (!CREATES.has(operation) || input.clientToken === undefined || validate(operation, input).length > 0) return handle(operation, input);
      const { clientToken: _, ...rest } = input;
      return handle(operation, rest);
    };
  },
};
