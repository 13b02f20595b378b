import { UNIONS } from "../../contracts/constraints.ts";
import type { ModelInput } from "../../model/index.ts";
import { acceptRepaired } from "./acceptRepaired.ts";
import { mapJson } from "./mapJson.ts";
import type { Mutant } from "./Mutant.ts";

const UNION_MEMBERS: readonly (readonly string[])[] = Object.values(UNIONS);

/** The union deserializer takes the first member it knows and never checks that it was the only one. */
export const acceptsTwoUnionMembers: Mutant = {
  name: "accepts-two-union-members",
  class: "input-validation",
  description: "a tagged union with two members set is accepted (the second is ignored)",
  // The answer echoes the stored defect: even when a client refuses that answer, its body shows the acceptance.
  caughtBy: [
    { kind: "label", check: "accepts-unionTwoMembers" },
    { kind: "model", check: "outcome.unexpected-success" },
    { kind: "contract", check: "output-schema" },
  ],
  handle: acceptRepaired((input) => mapJson(input, (node) => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
    const members = UNION_MEMBERS.find((union) => union.filter((m) => m in node).length > 1);
    if (members === undefined) return node;
    const [, ...ignored] = members.filter((m) => m in node);
    return Object.fromEntries(Object.entries(node).filter(([key]) => !ignored.includes(key)));
  }) as ModelInput),
};
