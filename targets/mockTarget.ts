import { mockClient } from "aws-sdk-client-mock";
import type { ErrorName } from "../contracts/errorCatalogue.ts";
import { ERRORS, isErrorName } from "../contracts/errorCatalogue.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { Handle } from "../emulator/types.ts";
import { outcomeFromSdkError } from "./outcomeFromSdkError.ts";
import type { Outcome } from "./outcome.ts";
import type { Target } from "./target.ts";

/** Calls aws-sdk-client-mock may remember before its history is cleared. */
const HISTORY_LIMIT = 256;

const METADATA = { httpStatusCode: 200, requestId: "mock", attempts: 1, totalRetryDelay: 0 };

/** The SDK's exception for a modeled error, as the real client would have thrown it after parsing. */
function exceptionFor(module: AppFabricClientModule, name: string, members: Readonly<Record<string, unknown>>): Error {
  const Exception = isErrorName(name) ? module.exceptions[name as ErrorName] : undefined;
  const message = typeof members.message === "string" ? members.message : name;
  const $metadata = { ...METADATA, httpStatusCode: isErrorName(name) ? ERRORS[name].status : 400 };
  if (!Exception) return Object.assign(new Error(message), { name, $fault: "client", $metadata, ...members });
  return new Exception({ ...members, message, $metadata });
}

/**
 * The SDK client with send() intercepted by aws-sdk-client-mock and answered by the reference model
 * (mutated, for the self-test). Mocked sends never serialize, sign or parse: that is the wire targets' job.
 */
export function mockTarget(module: AppFabricClientModule, handle: Handle): Target {
  const client = new module.AppFabricClient({ region: "us-east-1", credentials: { accessKeyId: "mock", secretAccessKey: "mock" } });
  // One fake for every command: per-command `on()` matchers cost a deep comparison against each of them per
  // send. The operation, and the caller's own input object, travel beside the copy the command carries.
  const sent = new WeakMap<object, { operation: OperationName; input: Readonly<Record<string, unknown>> }>();
  const mock = mockClient(client as never);
  mock.onAnyCommand().callsFake((input: Readonly<Record<string, unknown>>) => {
    const call = sent.get(input);
    if (call === undefined) throw new Error("the mock target received a command it did not send");
    const result = handle(call.operation, call.input);
    if (!result.ok) throw exceptionFor(module, result.error.name, result.error.members);
    return { ...result.output, $metadata: METADATA };
  });
  let sends = 0;
  return {
    name: "mock",
    onWire: false,
    async send(operation: OperationName, input): Promise<Outcome> {
      const started = performance.now();
      const trace = () => ({ operation, exchanges: [], attempts: 1, durationMs: performance.now() - started });
      try {
        // sinon records every call it sees; long runs would keep them all.
        if (++sends % HISTORY_LIMIT === 0) mock.resetHistory();
        const carried = { ...input };
        sent.set(carried, { operation, input });
        const output = (await client.send(new module.commands[operation](carried))) as Record<string, unknown>;
        const { $metadata: _, ...rest } = output;
        return { ok: true, output: rest, trace: trace() };
      } catch (error) {
        return { ok: false, error: outcomeFromSdkError(error), trace: trace() };
      }
    },
    async close() {
      mock.restore();
      client.destroy();
    },
  };
}
