import type { Mutant } from "./Mutant.ts";

/** JSON bodies are labelled with the awsJson1.1 media type, another protocol's. */
export const wrongContentType: Mutant = {
  name: "wrong-content-type",
  class: "wire",
  description: "JSON response bodies are sent as application/x-amz-json-1.1 instead of application/json",
  caughtBy: [{ kind: "wire", check: "content-type" }],
  render: (render) => (spec, outcome) => {
    const reply = render(spec, outcome);
    if (reply.body === "") return reply;
    const headers = Object.fromEntries(Object.entries(reply.headers).filter(([name]) => name.toLowerCase() !== "content-type"));
    return { ...reply, headers: { ...headers, "content-type": "application/x-amz-json-1.1" } };
  },
};
