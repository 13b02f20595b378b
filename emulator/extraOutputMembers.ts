import type { Render } from "./types.ts";

/** What is added: a member no AppFabric shape documents, as a newer service version might send. */
const EXTRA = { undocumentedMember: "added by a newer service version" } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The output with the extra member beside the top-level members and in every resource (an object with an arn). */
function withExtras(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((item) => withExtras(item, false));
  if (!isRecord(value)) return value;
  const members = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withExtras(child, false)]));
  return top || typeof value.arn === "string" ? { ...members, ...EXTRA } : members;
}

/**
 * Success bodies carry undocumented members, at the top level and in every resource structure (never inside a
 * union, where a second member would be a real defect). Clients must tolerate them: a benign change, which the
 * self-test uses to show that the harness raises nothing over it.
 */
export function extraOutputMembers(render: Render): Render {
  return (spec, outcome) => {
    const reply = render(spec, outcome);
    if (!outcome.ok || reply.body === "") return reply;
    return { ...reply, body: JSON.stringify(withExtras(JSON.parse(reply.body))) };
  };
}
