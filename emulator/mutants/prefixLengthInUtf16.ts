import { LENGTHS } from "../../contracts/constraints.ts";
import { validationError } from "../wireErrors.ts";
import type { Mutant } from "./Mutant.ts";

type Destination = { auditLog?: { destination?: { s3Bucket?: { prefix?: unknown } } } };

/** The prefix's length checked as JavaScript's `length`, in UTF-16 units: 120 characters outside the BMP count 240. */
export const prefixLengthInUtf16: Mutant = {
  name: "prefix-length-in-utf16",
  class: "input-validation",
  description: "the S3 prefix's length is counted in UTF-16 units, so a valid prefix of 61 to 120 characters outside the BMP is refused",
  caughtBy: [{ kind: "label", check: "rejects-valid-input" }, { kind: "model", check: "outcome.unexpected-error" }],
  handle: (handle) => (operation, input) => {
    const prefix = (input.destinationConfiguration as Destination | undefined)?.auditLog?.destination?.s3Bucket?.prefix;
    if (typeof prefix !== "string" || prefix.length <= LENGTHS.prefix.max) return handle(operation, input);
    const name = "destinationConfiguration.auditLog.destination.s3Bucket.prefix";
    return { ok: false, basis: [], error: validationError("1 validation error detected", "fieldValidationFailed",
      [{ name, message: `length ${prefix.length} is more than ${LENGTHS.prefix.max}` }]) };
  },
};
