import type { ModelInput } from "../../model/index.ts";
import { mapJson } from "./mapJson.ts";
import type { Mutant } from "./Mutant.ts";

/** A store that takes only ASCII: every other character of the prefix becomes "?" (one each, so the length holds). */
export const prefixNonAsciiReplaced: Mutant = {
  name: "prefix-non-ascii-replaced",
  class: "semantics",
  description: "Create and Update store the S3 prefix with every non-ASCII character replaced by ?",
  caughtBy: [{ kind: "model", check: "output.ingestionDestination.destinationConfiguration" }],
  handle: (handle) => (operation, input) => handle(operation, mapJson(input, (node, path) =>
    (path.at(-1) === "prefix" && typeof node === "string" ? node.replace(/[^\0-\x7f]/gu, "?") : node)) as ModelInput),
};
