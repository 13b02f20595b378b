/**
 * What a description of AppFabric says, in one form whatever it came from: AWS's model files (botocore and
 * aws-sdk v2 JSON, the Smithy JSON AST), the harness's contract, a client's schemas. Shapes are expanded
 * along each operation's input and output, so two descriptions compare member by member, by path.
 */
export interface Range {
  readonly min?: number;
  readonly max?: number;
}

/** Where a top-level member travels in restJson1; members below the top level travel in the body. */
export type Location = "label" | "query" | "header" | "body";

export interface MemberFacts {
  readonly shape: ShapeFacts;
  readonly required: boolean;
  readonly location: Location;
  /** The label, query key, header name or JSON key it travels under. */
  readonly wireName: string;
  readonly idempotencyToken: boolean;
}

/** `name` is the model's shape name, when the description has one: differences are reported under it. */
export type ShapeFacts =
  | { readonly kind: "structure" | "union"; readonly name?: string; readonly members: Readonly<Record<string, MemberFacts>> }
  | { readonly kind: "list"; readonly name?: string; readonly member: ShapeFacts; readonly length?: Range }
  | { readonly kind: "string"; readonly name?: string; readonly length?: Range; readonly pattern?: string; readonly enum?: readonly string[] }
  | { readonly kind: "integer"; readonly name?: string; readonly range?: Range }
  /** format: Smithy's timestampFormat values (date-time, http-date, epoch-seconds). */
  | { readonly kind: "timestamp"; readonly name?: string; readonly format: string }
  | { readonly kind: "other"; readonly name?: string; readonly type: string };

export type StructureFacts = Extract<ShapeFacts, { kind: "structure" | "union" }>;

export interface OperationFacts {
  readonly method: string;
  readonly uri: string;
  readonly successCode: number;
  readonly input: StructureFacts;
  readonly output: StructureFacts;
  /** The errors the operation documents (with the service's common errors). */
  readonly errors: readonly string[];
  readonly idempotent: boolean;
  readonly readonly: boolean;
  /** The output list member a paginated operation pages through. */
  readonly pageItems?: string;
}

export interface ErrorFacts {
  readonly status?: number;
  readonly fault: "client" | "server";
  readonly shape: StructureFacts;
}

/**
 * Kinds of fact a description may leave out. A description that states none of a kind (aws-sdk v2's
 * minified model has no lengths, patterns, enums or errors) is not compared on that kind.
 */
export const FACT_KINDS = [
  "operationErrors", "errorShapes", "lengths", "patterns", "enums", "pagination", "readonly", "idempotent",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface ServiceFacts {
  readonly operations: Readonly<Record<string, OperationFacts>>;
  readonly errors: Readonly<Record<string, ErrorFacts>>;
  /** Operations of the service the description knowingly leaves aside (the contract's). */
  readonly leftOut?: readonly string[];
}
