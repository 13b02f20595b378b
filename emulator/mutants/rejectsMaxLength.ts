import { scalarLength } from "../../contracts/scalarLength.ts";
import type { FieldViolation } from "../../model/index.ts";
import { validationError } from "../wireErrors.ts";
import { mapJson } from "./mapJson.ts";
import { memberMaxLength } from "./memberMaxLength.ts";
import type { Mutant } from "./Mutant.ts";

/** The length check compares with `< max`: a string exactly at its documented maximum is refused. */
export const rejectsMaxLength: Mutant = {
  name: "rejects-max-length",
  class: "input-validation",
  description: "a string member exactly at its maximum length is rejected with ValidationException",
  caughtBy: [{ kind: "label", check: "rejects-valid-input" }, { kind: "model", check: "outcome.unexpected-error" }],
  handle: (handle) => (operation, input) => {
    const violations: FieldViolation[] = [];
    mapJson(input, (node, path) => {
      const max = memberMaxLength(path);
      if (typeof node === "string" && scalarLength(node) === max) violations.push({ name: path.join("."), message: `length must be less than ${max}` });
      return node;
    });
    if (violations.length === 0) return handle(operation, input);
    return { ok: false, error: validationError(`${violations.length} validation error(s) detected`, "fieldValidationFailed", violations), basis: [] };
  },
};
