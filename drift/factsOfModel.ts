import { factsOfBotocore } from "./factsOfBotocore.ts";
import { factsOfSmithy } from "./factsOfSmithy.ts";
import { isObject } from "./jsonFields.ts";
import { ModelFileError } from "./ModelFileError.ts";
import type { ServiceFacts } from "./ServiceFacts.ts";

export type ModelFormat = "botocore JSON" | "aws-sdk v2 JSON" | "Smithy JSON AST";

export interface ModelFacts {
  readonly format: ModelFormat;
  readonly facts: ServiceFacts;
}

/**
 * Which of the formats a parsed model is, and its facts. botocore names each operation inside it; aws-sdk v2's
 * minifier drops those names (and the documentation, the constraints and the errors with them).
 */
export function factsOfModel(doc: unknown): ModelFacts {
  if (isObject(doc) && typeof doc["smithy"] === "string" && isObject(doc["shapes"])) {
    return { format: "Smithy JSON AST", facts: factsOfSmithy(doc) };
  }
  if (isObject(doc) && isObject(doc["metadata"]) && isObject(doc["operations"])) {
    const named = Object.values(doc["operations"]).some((op) => isObject(op) && typeof op["name"] === "string");
    return { format: named ? "botocore JSON" : "aws-sdk v2 JSON", facts: factsOfBotocore(doc) };
  }
  throw new ModelFileError("neither a botocore or aws-sdk v2 model (metadata, operations) nor a Smithy JSON AST (smithy, shapes)");
}
