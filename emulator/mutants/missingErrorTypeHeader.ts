import type { Mutant } from "./Mutant.ts";

/** Errors go out without X-Amzn-Errortype (and without a type in the body): clients cannot tell which error it is. */
export const missingErrorTypeHeader: Mutant = {
  name: "missing-error-type-header",
  class: "errors",
  description: "error responses lack the X-Amzn-Errortype header",
  caughtBy: [{ kind: "wire", check: "error-type-header" }, { kind: "undocumented-error", check: "documented-errors" }],
  render: (render) => (spec, outcome) => {
    const reply = render(spec, outcome);
    if (reply.status < 400) return reply;
    const headers = Object.fromEntries(Object.entries(reply.headers).filter(([name]) => name.toLowerCase() !== "x-amzn-errortype"));
    return { ...reply, headers };
  },
};
