import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import type { RunGate } from "./RunGate.ts";

/** The member naming the resource a mutating operation acts on. */
const MUTATED_BY: Partial<Record<OperationName, string>> = {
  UpdateIngestionDestination: "ingestionDestinationIdentifier",
  DeleteIngestionDestination: "ingestionDestinationIdentifier",
  StartIngestion: "ingestionIdentifier",
  StopIngestion: "ingestionIdentifier",
  DeleteIngestion: "ingestionIdentifier",
  DeleteAppBundle: "appBundleIdentifier",
  TagResource: "resourceArn",
  UntagResource: "resourceArn",
};

function refused(operation: OperationName, message: string): Outcome {
  return { ok: false, error: { kind: "infrastructure", name: "Refused", message, members: {} },
    trace: { operation, exchanges: [], attempts: 0, durationMs: 0 } };
}

/**
 * The suite's door to a live target. Once the gate is closed (signal, request budget, or the first
 * infrastructure failure) every call is refused, so a stopping run creates nothing more; and no call may
 * change a resource the harness did not create (the user's parents, foreign destinations).
 */
export function guardedTarget(inner: Target, gate: RunGate, foreign: readonly string[]): Target {
  const isForeign = (identifier: unknown) =>
    typeof identifier === "string" && foreign.some((arn) => arn === identifier || arn.endsWith(`/${identifier}`));
  return {
    ...inner,
    async send(operation, input) {
      if (gate.reason !== undefined) return refused(operation, gate.reason);
      const member = MUTATED_BY[operation];
      if (member !== undefined && isForeign(input[member])) {
        gate.close(`refused ${operation} on ${String(input[member])}: the harness did not create it and never changes it`);
        return refused(operation, gate.reason ?? "");
      }
      const outcome = await inner.send(operation, input);
      if (!outcome.ok && outcome.error.kind === "infrastructure") gate.close(outcome.error.message);
      return gate.reason !== undefined && !outcome.ok ? refused(operation, gate.reason) : outcome;
    },
  };
}
