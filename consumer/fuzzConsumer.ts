import { mockClient } from "aws-sdk-client-mock";
import fc from "fast-check";
import type { AppFabricClient } from "../client/index.ts";
import { loadClientModule, type AppFabricClientModule } from "../client/loadClientModule.ts";
import { OPERATION_NAMES, type OperationName } from "../contracts/operationCatalogue.ts";
import { ConsumerFailure, type ConsumerCall } from "./ConsumerFailure.ts";
import { mockedAnswer, type MockedAnswer } from "./mockedAnswer.ts";

export interface FuzzConsumerOptions {
  /** fast-check seed; random when absent (it is in the failure either way). */
  readonly seed?: number;
  /** Runs of the consumer function (default 100). */
  readonly numRuns?: number;
  /** The client module (or its specifier): default @aws-sdk/client-appfabric when installed, else the built-in one. */
  readonly client?: AppFabricClientModule | string;
  /** Share of answers that are documented errors, 0..1 (default 0.2). */
  readonly errorRate?: number;
}

export interface FuzzConsumerResult {
  readonly seed: number;
  readonly numRuns: number;
}

function exceptionOf(module: AppFabricClientModule, answer: Extract<MockedAnswer, { kind: "error" }>): Error {
  return new module.exceptions[answer.name]({ ...answer.members, $metadata: answer.$metadata });
}

/**
 * Property-based testing of code that calls AppFabric. `fn` gets a client whose send() is served by
 * aws-sdk-client-mock: each call draws an answer the contract allows for its command (outputs with optional
 * members absent, unknown union members as `$unknown`, Failed destinations, every documented error). `fn`
 * checks its own invariants and throws when one breaks; fast-check then shrinks the answers, and the promise
 * rejects with a ConsumerFailure naming the smallest sequence of calls and answers that still breaks it.
 * Answers are drawn lazily (fc.gen), only for the calls made; a failure replays from its seed.
 */
export async function fuzzConsumer<Client = AppFabricClient>(fn: (client: Client) => unknown, options: FuzzConsumerOptions = {}): Promise<FuzzConsumerResult> {
  const module = typeof options.client === "object" ? options.client : await loadClientModule(options.client);
  const errorRate = options.errorRate ?? 0.2;
  // One builder per operation, kept: fc.gen recognises a draw by its builder when it shrinks and replays.
  const answers = new Map(OPERATION_NAMES.map((op) => {
    const arbitrary = mockedAnswer(op, errorRate);
    return [op, () => arbitrary] as const;
  }));
  const client = new module.AppFabricClient({ region: "us-east-1", credentials: { accessKeyId: "fuzz", secretAccessKey: "fuzz" } });
  const mock = mockClient(client as never);
  let draw: fc.GeneratorValue | undefined;
  let calls: ConsumerCall[] = [];
  let failing: { calls: ConsumerCall[] } | undefined;
  const answer = (operation: OperationName) => (input: unknown) => {
    if (draw === undefined) throw new Error("fuzzConsumer: send() was called after the consumer function returned");
    const drawn = draw(answers.get(operation) as () => fc.Arbitrary<MockedAnswer>);
    calls.push({ operation, input, answer: drawn });
    if (drawn.kind === "error") throw exceptionOf(module, drawn);
    return drawn.output;
  };
  mock.onAnyCommand().rejects(new Error(`fuzzConsumer: a command that is not one of ${module.source}'s was sent; use the commands of the client module fuzzConsumer was given`));
  for (const operation of OPERATION_NAMES) mock.on(module.commands[operation] as never).callsFake(answer(operation));
  try {
    const property = fc.asyncProperty(fc.gen(), async (g) => {
      draw = g;
      calls = [];
      try {
        await fn(client as Client);
      } catch (error) {
        failing = { calls };
        throw error;
      } finally {
        draw = undefined;
      }
    });
    const details = await fc.check(property, {
      numRuns: options.numRuns ?? 100,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
    if (details.failed) {
      throw new ConsumerFailure({ seed: details.seed, numRuns: options.numRuns ?? 100, errorRate,
        ...(options.client === undefined ? {} : { client: module.source }), calls: failing?.calls ?? [], cause: details.errorInstance, numShrinks: details.numShrinks });
    }
    return { seed: details.seed, numRuns: details.numRuns };
  } finally {
    mock.restore();
    client.destroy();
  }
}
