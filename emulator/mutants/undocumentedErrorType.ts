import type { Mutant } from "./Mutant.ts";

/** A name from another service's vocabulary, outside AppFabric's seven errors. */
const UNDOCUMENTED = "InvalidParameterException";

/** Input validation failures are reported under an error type AppFabric does not document. */
export const undocumentedErrorType: Mutant = {
  name: "undocumented-error-type",
  class: "errors",
  description: `ValidationException is answered as ${UNDOCUMENTED}, an error type the service does not document`,
  caughtBy: [
    { kind: "undocumented-error", check: "documented-errors" },
    { kind: "model", check: "outcome.other-error" },
  ],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    return outcome.ok || outcome.error.name !== "ValidationException" ? outcome : { ...outcome, error: { ...outcome.error, name: UNDOCUMENTED } };
  },
  // The emulator renders only documented errors; this one goes out as the service would send it.
  render: (render) => (spec, outcome) => {
    if (outcome.ok || outcome.error.name !== UNDOCUMENTED) return render(spec, outcome);
    return { status: 400, headers: { "content-type": "application/json", "X-Amzn-Errortype": UNDOCUMENTED }, body: JSON.stringify(outcome.error.members) };
  },
};
