import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { ErrorName } from "../contracts/errorCatalogue.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { cannedResponseHandler, type CannedAnswer } from "./cannedResponseHandler.ts";

/** What send() did with one answer: resolved with an output, or threw. */
export type Settled = { readonly ok: true; readonly output: unknown } | { readonly ok: false; readonly error: unknown };

/** A client whose every request is answered with the answer under test. */
export interface CannedResponseTarget {
  /** Where the client came from (its module's specifier). */
  readonly source: string;
  /** Sends `operation` with `input`; the answer on the wire is `answer`. */
  send(operation: OperationName, input: object, answer: CannedAnswer): Promise<Settled>;
  /** Whether `error` is an instance of the module's class for the modeled error `name`. */
  isModeled(error: unknown, name: ErrorName): boolean;
  close(): void;
}

/**
 * A client of `module` over a canned transport, so its whole stack above the transport (serializer, signer,
 * deserializer, error classification) handles exactly the answer given. No retries: one exchange per send.
 */
export function cannedResponseTarget(module: AppFabricClientModule): CannedResponseTarget {
  let current: CannedAnswer | undefined;
  const client = new module.AppFabricClient({
    region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId: "canned", secretAccessKey: "canned" },
    requestHandler: cannedResponseHandler(() => {
      if (current === undefined) throw new Error("cannedResponseTarget: a request arrived with no answer set");
      return current;
    }),
  });
  return {
    source: module.source,
    async send(operation, input, answer) {
      current = answer;
      try {
        return { ok: true, output: await client.send(new module.commands[operation](input)) };
      } catch (error) {
        return { ok: false, error };
      } finally {
        current = undefined;
      }
    },
    isModeled: (error, name) => error instanceof module.exceptions[name],
    close: () => client.destroy(),
  };
}
