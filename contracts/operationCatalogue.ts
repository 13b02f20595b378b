import type { ErrorName } from "./errorCatalogue.ts";

/** Every operation the harness drives, with its restJson1 binding (the AWS API model's http traits). */
export const OPERATION_NAMES = [
  "CreateAppBundle", "GetAppBundle", "ListAppBundles", "DeleteAppBundle",
  "CreateIngestion", "GetIngestion", "ListIngestions", "StartIngestion", "StopIngestion", "DeleteIngestion",
  "CreateIngestionDestination", "GetIngestionDestination", "UpdateIngestionDestination",
  "ListIngestionDestinations", "DeleteIngestionDestination",
  "TagResource", "UntagResource", "ListTagsForResource",
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/**
 * The service's other operations, which the harness leaves aside (app authorizations and user access tasks
 * need a third-party application behind them): a model's operation in neither list is new to the harness.
 */
export const LEFT_OUT_OPERATIONS = [
  "BatchGetUserAccessTasks", "ConnectAppAuthorization", "CreateAppAuthorization", "DeleteAppAuthorization",
  "GetAppAuthorization", "ListAppAuthorizations", "StartUserAccessTasks", "UpdateAppAuthorization",
] as const;

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export interface OperationSpec {
  readonly name: OperationName;
  readonly method: HttpMethod;
  /** URI template; `{label}` segments are httpLabel members. */
  readonly uri: string;
  readonly successStatus: 200 | 201 | 204;
  readonly errors: readonly ErrorName[];
  readonly idempotent: boolean;
  readonly readonly: boolean;
  /** Members bound to the query string: member name -> query key. */
  readonly query: Readonly<Record<string, string>>;
  /** Members sent in the JSON body. */
  readonly body: readonly string[];
  /** Pagination: the list member of the output, when paginated. */
  readonly pageItems?: string;
  /** The member the SDK fills with a fresh UUID when the caller omits it. */
  readonly idempotencyToken?: string;
}

const AD = "AccessDeniedException", CF = "ConflictException", ISE = "InternalServerException",
  SQE = "ServiceQuotaExceededException", RNF = "ResourceNotFoundException", THR = "ThrottlingException",
  VAL = "ValidationException";

const BUNDLE = "/appbundles/{appBundleIdentifier}";
const INGESTION = `${BUNDLE}/ingestions/{ingestionIdentifier}`;
const DESTINATIONS = `${INGESTION}/ingestiondestinations`;
const DESTINATION = `${DESTINATIONS}/{ingestionDestinationIdentifier}`;
const PAGE = { maxResults: "maxResults", nextToken: "nextToken" } as const;

function op(spec: Omit<OperationSpec, "query" | "body" | "idempotent" | "readonly"> & Partial<OperationSpec>): OperationSpec {
  return { query: {}, body: [], idempotent: false, readonly: false, ...spec };
}

export const OPERATIONS: Readonly<Record<OperationName, OperationSpec>> = {
  CreateAppBundle: op({ name: "CreateAppBundle", method: "POST", uri: "/appbundles", successStatus: 201,
    errors: [AD, CF, ISE, SQE, THR, VAL], idempotent: true, idempotencyToken: "clientToken",
    body: ["clientToken", "customerManagedKeyIdentifier", "tags"] }),
  GetAppBundle: op({ name: "GetAppBundle", method: "GET", uri: BUNDLE, successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], readonly: true }),
  ListAppBundles: op({ name: "ListAppBundles", method: "GET", uri: "/appbundles", successStatus: 200,
    errors: [AD, ISE, THR, VAL], readonly: true, query: PAGE, pageItems: "appBundleSummaryList" }),
  DeleteAppBundle: op({ name: "DeleteAppBundle", method: "DELETE", uri: BUNDLE, successStatus: 204,
    errors: [AD, CF, ISE, THR, VAL], idempotent: true }),
  CreateIngestion: op({ name: "CreateIngestion", method: "POST", uri: `${BUNDLE}/ingestions`, successStatus: 201,
    errors: [AD, CF, ISE, SQE, THR, VAL], idempotent: true, idempotencyToken: "clientToken",
    body: ["app", "tenantId", "ingestionType", "clientToken", "tags"] }),
  GetIngestion: op({ name: "GetIngestion", method: "GET", uri: INGESTION, successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], readonly: true }),
  ListIngestions: op({ name: "ListIngestions", method: "GET", uri: `${BUNDLE}/ingestions`, successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], readonly: true, query: PAGE, pageItems: "ingestions" }),
  StartIngestion: op({ name: "StartIngestion", method: "POST", uri: `${INGESTION}/start`, successStatus: 200,
    errors: [AD, CF, ISE, RNF, THR, VAL] }),
  StopIngestion: op({ name: "StopIngestion", method: "POST", uri: `${INGESTION}/stop`, successStatus: 200,
    errors: [AD, CF, ISE, RNF, THR, VAL] }),
  DeleteIngestion: op({ name: "DeleteIngestion", method: "DELETE", uri: INGESTION, successStatus: 204,
    errors: [AD, ISE, RNF, THR, VAL], idempotent: true }),
  CreateIngestionDestination: op({ name: "CreateIngestionDestination", method: "POST", uri: DESTINATIONS,
    successStatus: 201, errors: [AD, CF, ISE, SQE, THR, VAL], idempotent: true, idempotencyToken: "clientToken",
    body: ["processingConfiguration", "destinationConfiguration", "clientToken", "tags"] }),
  GetIngestionDestination: op({ name: "GetIngestionDestination", method: "GET", uri: DESTINATION, successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], readonly: true }),
  UpdateIngestionDestination: op({ name: "UpdateIngestionDestination", method: "PATCH", uri: DESTINATION,
    successStatus: 200, errors: [AD, CF, ISE, RNF, SQE, THR, VAL], body: ["destinationConfiguration"] }),
  ListIngestionDestinations: op({ name: "ListIngestionDestinations", method: "GET", uri: DESTINATIONS,
    successStatus: 200, errors: [AD, ISE, RNF, THR, VAL], readonly: true, query: PAGE,
    pageItems: "ingestionDestinations" }),
  DeleteIngestionDestination: op({ name: "DeleteIngestionDestination", method: "DELETE", uri: DESTINATION,
    successStatus: 204, errors: [AD, ISE, RNF, THR, VAL], idempotent: true }),
  TagResource: op({ name: "TagResource", method: "POST", uri: "/tags/{resourceArn}", successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], body: ["tags"] }),
  UntagResource: op({ name: "UntagResource", method: "DELETE", uri: "/tags/{resourceArn}", successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], idempotent: true, query: { tagKeys: "tagKeys" } }),
  ListTagsForResource: op({ name: "ListTagsForResource", method: "GET", uri: "/tags/{resourceArn}", successStatus: 200,
    errors: [AD, ISE, RNF, THR, VAL], readonly: true }),
};

/** The httpLabel members of an operation, in URI order. */
export function labelsOf(spec: OperationSpec): string[] {
  return [...spec.uri.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

export function isOperationName(name: string): name is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(name);
}
