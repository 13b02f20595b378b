import { textMember } from "../inputMembers.ts";
import { locateIngestion } from "../locate.ts";
import { notFound } from "../notFound.ts";
import type { IngestionState } from "../state.ts";
import { succeed, type Handler } from "../transition.ts";

/** Start and Stop differ only in the state they set; setting the current state changes nothing. */
function switchTo(target: IngestionState): Handler {
  return (state, input, env) => {
    const found = locateIngestion(state, input);
    if (!found.ok) return notFound(state, textMember(input, "ingestionIdentifier"), "Ingestion", found.basis);
    const { ingestion } = found.value;
    const values = ["ingestion.startStop", "output.empty"] as const;
    if (ingestion.state === target) return succeed(state, {}, found.basis, values);
    const updatedAt = Math.max(env.now().getTime(), ingestion.updatedAt);
    const ingestions = state.ingestions.map((i) => (i.id === ingestion.id ? { ...i, state: target, updatedAt } : i));
    return succeed({ ...state, ingestions }, {}, found.basis, values);
  };
}

export const startIngestion: Handler = switchTo("enabled");
export const stopIngestion: Handler = switchTo("disabled");
