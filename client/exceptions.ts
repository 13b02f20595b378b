/**
 * AppFabricServiceException and the seven modeled exceptions, shaped like a generated client's
 * models/errors: name, $fault, $retryable, $metadata, and the modeled members as own properties.
 * One factory builds the seven classes from the error catalogue, so fault and members live in one place.
 */
import { ServiceException, type ServiceExceptionOptions } from "@smithy/core/client";
import type { RetryableTrait } from "@smithy/types";
import { ERRORS, type ErrorName } from "../contracts/errorCatalogue.ts";
import type {
  AccessDeniedMembers, ConflictMembers, InternalServerMembers, ResourceNotFoundMembers,
  ServiceQuotaExceededMembers, ThrottlingMembers, ValidationMembers,
} from "./models/errors.ts";

/** The synthetic namespace the protocol searches for the base exception of unmodeled errors. */
export const SYNTHETIC_NAMESPACE = "smithy.ts.sdk.synthetic.com.amazonaws.appfabric";

export class AppFabricServiceException extends ServiceException {
  static override readonly shapeId = `${SYNTHETIC_NAMESPACE}#AppFabricServiceException`;
  constructor(options: ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** What a caller passes to a modeled exception's constructor (as in the generated clients). */
export type ExceptionOptions<M> = Omit<ServiceExceptionOptions, "name" | "$fault"> & M;

export interface ModeledExceptionClass<N extends ErrorName, M> {
  new (options: ExceptionOptions<M>): AppFabricServiceException & M & { readonly name: N };
  readonly shapeId: string;
  readonly prototype: AppFabricServiceException & M & { readonly name: N };
}

function modeledException<N extends ErrorName, M extends object>(name: N, retryable?: RetryableTrait):
  ModeledExceptionClass<N, M> {
  const { fault, bodyMembers, headerMembers } = ERRORS[name];
  const members = [...bodyMembers, ...Object.keys(headerMembers)];
  const Modeled = class extends AppFabricServiceException {
    constructor(options: ExceptionOptions<M>) {
      super({ ...options, name, $fault: fault });
      if (retryable) this.$retryable = retryable;
      // Own properties for every modeled member, even when absent, as the generated constructors do.
      const given = new Map(Object.entries(options));
      for (const member of members) Object.defineProperty(this, member, {
        value: given.get(member), writable: true, enumerable: true, configurable: true,
      });
    }
  };
  // ServiceException's Symbol.hasInstance matches on the own shapeId and on the class name.
  Object.defineProperty(Modeled, "name", { value: name });
  Object.defineProperty(Modeled, "shapeId", { value: `com.amazonaws.appfabric#${name}` });
  return Modeled as unknown as ModeledExceptionClass<N, M>;
}

export const ValidationException =
  modeledException<"ValidationException", ValidationMembers>("ValidationException");
export type ValidationException = InstanceType<typeof ValidationException>;
export const AccessDeniedException =
  modeledException<"AccessDeniedException", AccessDeniedMembers>("AccessDeniedException");
export type AccessDeniedException = InstanceType<typeof AccessDeniedException>;
export const ResourceNotFoundException =
  modeledException<"ResourceNotFoundException", ResourceNotFoundMembers>("ResourceNotFoundException");
export type ResourceNotFoundException = InstanceType<typeof ResourceNotFoundException>;
export const ConflictException = modeledException<"ConflictException", ConflictMembers>("ConflictException");
export type ConflictException = InstanceType<typeof ConflictException>;
export const ServiceQuotaExceededException = modeledException<"ServiceQuotaExceededException",
  ServiceQuotaExceededMembers>("ServiceQuotaExceededException");
export type ServiceQuotaExceededException = InstanceType<typeof ServiceQuotaExceededException>;
export const ThrottlingException =
  modeledException<"ThrottlingException", ThrottlingMembers>("ThrottlingException", { throttling: true });
export type ThrottlingException = InstanceType<typeof ThrottlingException>;
export const InternalServerException =
  modeledException<"InternalServerException", InternalServerMembers>("InternalServerException", {});
export type InternalServerException = InstanceType<typeof InternalServerException>;
