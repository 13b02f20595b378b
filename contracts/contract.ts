import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formats from "ajv-formats";
import type { ErrorName } from "./errorCatalogue.ts";
import type { OperationName } from "./operationCatalogue.ts";
import type { JsonSchemaObject } from "./schemas/combinators.ts";
import { ERROR_SCHEMAS } from "./schemas/errors.ts";
import { INPUT_SCHEMAS } from "./schemas/inputs.ts";
import { OUTPUT_SCHEMAS } from "./schemas/outputs.ts";
import { toWireJson } from "./toWireJson.ts";

export interface SchemaViolation {
  /** JSON pointer of the offending value (ajv's instancePath); "" is the whole document. */
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface Contract {
  /** Checks an input in the SDK input form, as it would be serialised (undefined members count as absent). */
  checkInput(op: OperationName, input: unknown): readonly SchemaViolation[];
  /** Checks an output in the wire JSON form; pass SDK outputs through toWireJson first. */
  checkOutput(op: OperationName, wireOutput: unknown): readonly SchemaViolation[];
  /** Checks an error's JSON body (header-bound members are not part of it). */
  checkError(name: ErrorName, body: unknown): readonly SchemaViolation[];
}

const NOT_JSON: SchemaViolation = { path: "", keyword: "type", message: "must be serialisable as JSON", params: {} };

function newAjv(): Ajv {
  // unicodeRegExp: false runs the model's patterns as ECMA-262 patterns without the u flag, as the SDK runs them
  // (RFC3339_PATTERN's `\:` is even a syntax error under u). Lengths still count code points (`unicode` default).
  const ajv = new Ajv({ strict: true, allErrors: true, unicodeRegExp: false });
  formats.default(ajv, ["date-time"]);
  return ajv;
}

function compileAll<K extends string>(ajv: Ajv, schemas: Readonly<Record<K, JsonSchemaObject>>): Record<K, ValidateFunction> {
  const entries = (Object.keys(schemas) as K[]).map((key) => [key, ajv.compile(schemas[key])] as const);
  return Object.fromEntries(entries) as Record<K, ValidateFunction>;
}

function toViolation(error: ErrorObject): SchemaViolation {
  return { path: error.instancePath, keyword: error.keyword, message: error.message ?? error.keyword, params: error.params };
}

function violationsOf(validate: ValidateFunction, value: unknown): readonly SchemaViolation[] {
  return validate(value) ? [] : (validate.errors ?? []).map(toViolation);
}

function asJson(value: unknown): { readonly json: unknown } | undefined {
  try {
    return { json: toWireJson(value) };
  } catch {
    return undefined;
  }
}

/** The documented contract, every schema compiled once here; the checks never compile. */
export function createContract(): Contract {
  const ajv = newAjv();
  const inputs = compileAll(ajv, INPUT_SCHEMAS);
  const outputs = compileAll(ajv, OUTPUT_SCHEMAS);
  const errors = compileAll(ajv, ERROR_SCHEMAS);
  return {
    checkInput(op, input) {
      const serialised = asJson(input);
      return serialised === undefined ? [NOT_JSON] : violationsOf(inputs[op], serialised.json);
    },
    checkOutput: (op, wireOutput) => violationsOf(outputs[op], wireOutput),
    checkError: (name, body) => violationsOf(errors[name], body),
  };
}
