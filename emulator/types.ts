/** The emulator's vocabulary: its options, the running server, and the seams of its request pipeline. */
import type { OperationName, OperationSpec } from "../contracts/operationCatalogue.ts";
import type { ModelEnv, ModelInput, ModelOutcome } from "../model/index.ts";
import type { Router } from "./router.ts";

/** A key pair requests may be signed with. */
export interface Credential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** Inclusive range of injected latency, in milliseconds. */
export interface LatencyRange {
  readonly min: number;
  readonly max: number;
}

/** Seeded fault injection, decided per request before the model sees it. */
export interface FaultOptions {
  /** Seed of the fault PRNG; the same seed and request sequence give the same faults. Random when absent. */
  readonly seed?: number;
  /** Share of requests answered with ThrottlingException (0..1). */
  readonly throttleRate?: number;
  /** Share of requests answered with InternalServerException (0..1; throttleRate + serverErrorRate <= 1). */
  readonly serverErrorRate?: number;
  readonly latencyMs?: LatencyRange;
}

/** The model's side of one request: an operation and its input in SDK form, to an outcome. */
export type Handle = (operation: OperationName, input: ModelInput) => ModelOutcome;

/** A fresh service's handling over the model's env: the reference model, or a variant that answers differently. */
export type HandleFactory = (env: ModelEnv) => Handle;

/** An HTTP answer before it is written: what the response-writing seam produces. */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** "" for no body. */
  readonly body: string;
}

/** Turns an operation's outcome into its wire answer. */
export type Render = (spec: OperationSpec, outcome: ModelOutcome) => Reply;

export interface EmulatorOptions extends FaultOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: an ephemeral port. */
  readonly port?: number;
  /** The Region of ARNs and of the SigV4 scope; default us-east-1. */
  readonly region?: string;
  /** Keys requests may be signed with; default one pair, accessKeyId "test" and secretAccessKey "test". */
  readonly credentials?: readonly Credential[];
  /** false accepts unsigned requests; default true. */
  readonly verifySignatures?: boolean;
  /** Largest accepted request body; default 1 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * How much of a larger body is read and discarded before the ValidationException is sent and the connection
   * closed, so that a client still sending gets to read it; default 32 MiB. Beyond it the connection is closed
   * at once, and a client still sending may see a reset instead of the answer.
   */
  readonly maxDiscardBytes?: number;
  /**
   * How long the headers may take to arrive, and then the body: a request still incomplete is answered
   * ValidationException and its connection closed; default 10 000 ms.
   */
  readonly requestTimeoutMs?: number;
  /** The model's handling; default a fresh ReferenceModel (createModelHandle). Wrap it to plant service bugs. */
  readonly handle?: Handle;
  /** The response writing; default renderOutcome. Wrap it to plant wire bugs. */
  readonly render?: Render;
  /** Wraps the routing (an operation and its binding from method and path), to plant routing and binding bugs. */
  readonly route?: (route: Router) => Router;
  /** Where the emulator reports its own failures (an exception while handling a request); default stderr. */
  readonly log?: (line: string) => void;
}

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}
