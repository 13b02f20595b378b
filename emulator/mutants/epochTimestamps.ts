import type { Mutant } from "./Mutant.ts";

const TIMESTAMPS = new Set(["createdAt", "updatedAt"]);

/** The restJson1 default timestamp format (epoch seconds) is used, not the date-time format the model asks for. */
export const epochTimestamps: Mutant = {
  name: "epoch-timestamps",
  class: "responses",
  description: "timestamps in response bodies are epoch seconds (numbers), not RFC 3339 strings",
  caughtBy: [{ kind: "contract", check: "output-schema" }],
  render: (render) => (spec, outcome) => {
    const reply = render(spec, outcome);
    if (!outcome.ok || reply.body === "") return reply;
    const body = JSON.stringify(JSON.parse(reply.body), (key, value: unknown) =>
      (TIMESTAMPS.has(key) && typeof value === "string" ? Date.parse(value) / 1000 : value));
    return { ...reply, body };
  },
};
