/** Error classification: each modeled error, read from status + x-amzn-errortype + JSON body + headers. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ERROR_NAMES, ERRORS, type ErrorName } from "../../contracts/errorCatalogue.ts";
import {
  AccessDeniedException, AppFabricServiceException, ConflictException, InternalServerException,
  ResourceNotFoundException, ServiceQuotaExceededException, ThrottlingException, UpdateIngestionDestinationCommand,
  ValidationException,
} from "../../client/index.ts";
import { withLoopback } from "./loopback.ts";

const CLASSES = {
  ValidationException, AccessDeniedException, ResourceNotFoundException, ConflictException,
  ServiceQuotaExceededException, ThrottlingException, InternalServerException,
} as const;

/** Member values per error, written independently of the catalogue so the test can disagree with it. */
const BODIES: Record<ErrorName, Record<string, unknown>> = {
  ValidationException: { message: "bad", reason: "fieldValidationFailed",
    fieldList: [{ name: "destinationConfiguration", message: "invalid" }] },
  AccessDeniedException: { message: "denied" },
  ResourceNotFoundException: { message: "gone", resourceId: "r-1", resourceType: "IngestionDestination" },
  ConflictException: { message: "clash", resourceId: "r-2", resourceType: "IngestionDestination" },
  ServiceQuotaExceededException: { message: "full", resourceId: "r-3", resourceType: "IngestionDestination",
    serviceCode: "appfabric", quotaCode: "L-1" },
  ThrottlingException: { message: "slow down", serviceCode: "appfabric", quotaCode: "L-2" },
  InternalServerException: { message: "oops" },
};
const EXPECTED = {
  ValidationException: { status: 400, fault: "client", retryable: undefined },
  AccessDeniedException: { status: 403, fault: "client", retryable: undefined },
  ResourceNotFoundException: { status: 404, fault: "client", retryable: undefined },
  ConflictException: { status: 409, fault: "client", retryable: undefined },
  ServiceQuotaExceededException: { status: 402, fault: "client", retryable: undefined },
  ThrottlingException: { status: 429, fault: "client", retryable: { throttling: true } },
  InternalServerException: { status: 500, fault: "server", retryable: {} },
} as const;
const HAS_RETRY_AFTER = new Set<ErrorName>(["ThrottlingException", "InternalServerException"]);

const INPUT = { appBundleIdentifier: "a", ingestionIdentifier: "b", ingestionDestinationIdentifier: "c",
  destinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "s-1" } } } } };

async function failWith(status: number, headers: Record<string, string>, body: object): Promise<unknown> {
  let caught: unknown;
  await withLoopback(() => ({ status, headers, body }), async (client) => {
    caught = await client.send(new UpdateIngestionDestinationCommand(INPUT)).then(() => undefined, (e: unknown) => e);
  });
  return caught;
}

for (const name of ERROR_NAMES) {
  test(`${name}: class, members, $fault, $retryable, $metadata, Retry-After`, async () => {
    const { status, fault, retryable } = EXPECTED[name];
    const headers = { "x-amzn-errortype": name, "x-amzn-requestid": `req-${name}`, "retry-after": "17" };
    const error = await failWith(status, headers, BODIES[name]);
    assert.instance(error, CLASSES[name]);
    assert.instance(error, AppFabricServiceException);
    const e = error as AppFabricServiceException & Record<string, unknown>;
    assert.is(e.name, name);
    assert.is(e.$fault, fault);
    assert.equal(e.$retryable, retryable);
    assert.is(e.$metadata.httpStatusCode, status);
    assert.is(e.$metadata.requestId, `req-${name}`);
    assert.is(e.message, BODIES[name].message);
    for (const [member, value] of Object.entries(BODIES[name])) {
      assert.ok(Object.hasOwn(e, member), `${member} is an own property`);
      assert.equal(e[member], value, member);
    }
    assert.is(e.retryAfterSeconds, HAS_RETRY_AFTER.has(name) ? 17 : undefined);
    // Every member the catalogue lists exists as an own property, even when the response omitted it.
    for (const member of [...ERRORS[name].bodyMembers, ...Object.keys(ERRORS[name].headerMembers)]) {
      assert.ok(Object.hasOwn(e, member), `${name}.${member} is an own property`);
    }
  });
}

test("the error type may come as a shape id with a namespace and a suffix after ':'", async () => {
  const error = await failWith(404, { "x-amzn-errortype": "com.amazonaws.appfabric#ResourceNotFoundException:http://x" },
    BODIES.ResourceNotFoundException);
  assert.instance(error, ResourceNotFoundException);
});

test("an undocumented error type arrives as a generic AppFabricServiceException with that name", async () => {
  const error = await failWith(400, { "x-amzn-errortype": "InvalidToken" }, { message: "token expired", extra: 1 });
  assert.instance(error, AppFabricServiceException);
  assert.not.instance(error, ValidationException);
  const e = error as AppFabricServiceException & Record<string, unknown>;
  assert.is(e.constructor, AppFabricServiceException);
  assert.is(e.name, "InvalidToken");
  assert.is(e.message, "token expired");
  assert.is(e.$fault, "client");
  assert.is(e.$metadata.httpStatusCode, 400);
  assert.is(e.extra, 1);
});

test("an undocumented 5xx error type is a generic exception with $fault server", async () => {
  const error = await failWith(503, { "x-amzn-errortype": "ServiceUnavailable" }, { message: "later" });
  const e = error as AppFabricServiceException;
  assert.is(e.constructor, AppFabricServiceException);
  assert.is(e.name, "ServiceUnavailable");
  assert.is(e.$fault, "server");
});

test("exceptions constructed by callers (as mocks do) carry the same shape", () => {
  const e = new ThrottlingException({ message: "m", $metadata: {}, retryAfterSeconds: 3 });
  assert.is(e.name, "ThrottlingException");
  assert.is(e.$fault, "client");
  assert.equal(e.$retryable, { throttling: true });
  assert.is(e.retryAfterSeconds, 3);
  assert.ok(Object.hasOwn(e, "quotaCode"));
  assert.instance(e, ThrottlingException);
  assert.not.instance(e, InternalServerException);
  assert.is(ThrottlingException.name, "ThrottlingException");
});

test.run();
