/** appfabric-harness as a library: property-based tests for code that calls AppFabric. */
export { fuzzConsumer, type FuzzConsumerOptions, type FuzzConsumerResult } from "./fuzzConsumer.ts";
export { ConsumerFailure, type ConsumerCall, type ConsumerFailureDetails } from "./ConsumerFailure.ts";
export type { MockedAnswer, AnswerMetadata } from "./mockedAnswer.ts";
export { loadClientModule, type AppFabricClientModule } from "../client/loadClientModule.ts";
