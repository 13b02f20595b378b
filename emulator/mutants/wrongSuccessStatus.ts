import type { Mutant } from "./Mutant.ts";

/** Creates answer 200 OK where the binding documents 201 Created. */
export const wrongSuccessStatus: Mutant = {
  name: "wrong-success-status",
  class: "wire",
  description: "successful Create operations answer HTTP 200 instead of 201",
  caughtBy: [{ kind: "wire", check: "success-status" }],
  render: (render) => (spec, outcome) => {
    const reply = render(spec, outcome);
    return reply.status === 201 ? { ...reply, status: 200 } : reply;
  },
};
