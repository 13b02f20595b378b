import { scalarLength, scalarSlice } from "../../contracts/scalarLength.ts";
import type { ModelInput } from "../../model/index.ts";
import { acceptRepaired } from "./acceptRepaired.ts";
import { mapJson } from "./mapJson.ts";
import { memberMaxLength } from "./memberMaxLength.ts";
import type { Mutant } from "./Mutant.ts";

/** The length check compares with `<= max + 1`: a string one over its maximum gets through (stored cut). */
export const acceptsLengthOneOver: Mutant = {
  name: "accepts-length-one-over",
  class: "input-validation",
  description: "a string member one character over its maximum length is accepted",
  // The answer echoes the stored defect: even when a client refuses that answer, its body shows the acceptance.
  caughtBy: [
    { kind: "label", check: "accepts-tooLong" },
    { kind: "model", check: "outcome.unexpected-success" },
    { kind: "contract", check: "output-schema" },
  ],
  handle: acceptRepaired((input) => mapJson(input, (node, path) => {
    const max = memberMaxLength(path);
    return typeof node === "string" && max !== undefined && scalarLength(node) === max + 1 ? scalarSlice(node, max) : node;
  }) as ModelInput),
};
