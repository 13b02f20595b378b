import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { Outcome } from "./outcome.ts";

/** What a case runs against: in process, mocked, over HTTP to the emulator, or live. */
export interface Target {
  readonly name: string;
  /** True when requests travel over HTTP, so wire checks apply. */
  readonly onWire: boolean;
  send(operation: OperationName, input: Readonly<Record<string, unknown>>): Promise<Outcome>;
  close(): Promise<void>;
}
