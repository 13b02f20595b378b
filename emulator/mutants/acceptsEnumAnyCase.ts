import { ENUMS } from "../../contracts/constraints.ts";
import type { ModelInput } from "../../model/index.ts";
import { acceptRepaired } from "./acceptRepaired.ts";
import { mapJson } from "./mapJson.ts";
import type { Mutant } from "./Mutant.ts";

/** Input members whose values are enums, by member name. */
const ENUM_MEMBERS: Readonly<Record<string, readonly string[]>> = { schema: ENUMS.schema, format: ENUMS.format, ingestionType: ENUMS.ingestionType };

/** Enum values are matched case-insensitively, so a value outside the enum ("JSON") is taken for a member of it. */
export const acceptsEnumAnyCase: Mutant = {
  name: "accepts-enum-any-case",
  class: "input-validation",
  description: "an enum value outside the enum is accepted when it matches a member ignoring case",
  // The answer echoes the stored defect: even when a client refuses that answer, its body shows the acceptance.
  caughtBy: [
    { kind: "label", check: "accepts-badEnum" },
    { kind: "model", check: "outcome.unexpected-success" },
    { kind: "contract", check: "output-schema" },
  ],
  handle: acceptRepaired((input) => mapJson(input, (node, path) => {
    const name = path[path.length - 1];
    const values = typeof name === "string" && Object.hasOwn(ENUM_MEMBERS, name) ? ENUM_MEMBERS[name] : undefined;
    if (typeof node !== "string" || values === undefined || values.includes(node)) return node;
    return values.find((value) => value.toLowerCase() === node.toLowerCase()) ?? node;
  }) as ModelInput),
};
