/**
 * Static error schemas: [-3, namespace, name, { error: fault, httpError: status }, members, schemas, required].
 * retryAfterSeconds is bound to the Retry-After header; the rest are JSON body members.
 */
import type { StaticErrorSchema } from "@smithy/types";
import { TypeRegistry } from "@smithy/core/schema";
import { ERROR_NAMES, type ErrorName } from "../../contracts/errorCatalogue.ts";
import {
  AccessDeniedException, AppFabricServiceException, ConflictException, InternalServerException,
  ResourceNotFoundException, ServiceQuotaExceededException, SYNTHETIC_NAMESPACE, ThrottlingException,
  ValidationException,
} from "../exceptions.ts";
import { NAMESPACE, ValidationExceptionFieldList } from "./shapes.ts";

const RESOURCE = ["message", "resourceId", "resourceType"];

export const AppFabricServiceException$: StaticErrorSchema =
  [-3, SYNTHETIC_NAMESPACE, "AppFabricServiceException", 0, [], []];

export const ERROR_SCHEMAS: Readonly<Record<ErrorName, StaticErrorSchema>> = {
  ValidationException: [-3, NAMESPACE, "ValidationException", { error: "client", httpError: 400 },
    ["message", "reason", "fieldList"], [0, 0, () => ValidationExceptionFieldList], 2],
  AccessDeniedException: [-3, NAMESPACE, "AccessDeniedException", { error: "client", httpError: 403 },
    ["message"], [0], 1],
  ResourceNotFoundException: [-3, NAMESPACE, "ResourceNotFoundException", { error: "client", httpError: 404 },
    RESOURCE, [0, 0, 0], 3],
  ConflictException: [-3, NAMESPACE, "ConflictException", { error: "client", httpError: 409 },
    RESOURCE, [0, 0, 0], 3],
  ServiceQuotaExceededException: [-3, NAMESPACE, "ServiceQuotaExceededException",
    { error: "client", httpError: 402 },
    [...RESOURCE, "serviceCode", "quotaCode"], [0, 0, 0, 0, 0], 5],
  ThrottlingException: [-3, NAMESPACE, "ThrottlingException", { error: "client", httpError: 429 },
    ["message", "serviceCode", "quotaCode", "retryAfterSeconds"],
    [0, 0, 0, [1, { httpHeader: "Retry-After" }]], 1],
  InternalServerException: [-3, NAMESPACE, "InternalServerException", { error: "server", httpError: 500 },
    ["message", "retryAfterSeconds"], [0, [1, { httpHeader: "Retry-After" }]], 1],
};

const ERROR_CLASSES = {
  ValidationException, AccessDeniedException, ResourceNotFoundException, ConflictException,
  ServiceQuotaExceededException, ThrottlingException, InternalServerException,
} as const satisfies Record<ErrorName, unknown>;

/**
 * The registries the protocol resolves error names against: the synthetic one carries the base exception
 * that unmodeled error types become. Built per client rather than at import, so importing this module
 * has no side effect (the runtime still records the first registry per namespace in its static map).
 */
export function createErrorTypeRegistries(): TypeRegistry[] {
  const synthetic = new TypeRegistry(SYNTHETIC_NAMESPACE);
  synthetic.registerError(AppFabricServiceException$, AppFabricServiceException);
  const modeled = new TypeRegistry(NAMESPACE);
  for (const name of ERROR_NAMES) modeled.registerError(ERROR_SCHEMAS[name], ERROR_CLASSES[name]);
  return [synthetic, modeled];
}
