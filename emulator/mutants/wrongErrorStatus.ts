import type { Mutant } from "./Mutant.ts";

/** Every client error goes out as HTTP 400, whatever its documented status (404, 409, 402, 403). */
export const wrongErrorStatus: Mutant = {
  name: "wrong-error-status",
  class: "errors",
  description: "client errors are answered with HTTP 400 instead of their documented status codes",
  caughtBy: [{ kind: "wire", check: "error-status" }],
  render: (render) => (spec, outcome) => {
    const reply = render(spec, outcome);
    return reply.status > 400 && reply.status < 500 && reply.status !== 429 ? { ...reply, status: 400 } : reply;
  },
};
