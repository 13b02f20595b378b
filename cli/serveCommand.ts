import { isIP } from "node:net";
import type { Command } from "commander";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS, emulatorEnv, renderOutcome, startEmulator, type LatencyRange } from "../emulator/index.ts";
import { MUTANTS, mutantNamed } from "../emulator/mutants/catalogue.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { modelHandle } from "../targets/modelTarget.ts";
import { UsageError } from "./exitCodes.ts";
import { choiceFlag, integerFlag, latencyFlag, randomSeed, rateFlag, secondsFlag } from "./parseValues.ts";
import { serveCredential } from "./serveCredential.ts";

/** Where `serve` writes and how it learns to stop; tests pass their own. */
export interface ServeIo {
  readonly log: (line: string) => void;
  /** Resolves with a reason once the server should close. */
  readonly untilStopped: () => Promise<string>;
  /** Where AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are read when the flags are absent; the process's own by default. */
  readonly env?: NodeJS.ProcessEnv;
}

interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly region: string;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly verifySignatures: boolean;
  readonly throttleRate: number;
  readonly errorRate: number;
  readonly latencyMs?: LatencyRange;
  readonly requestTimeout: number;
  readonly seed?: number;
  readonly mutant?: string;
}

const DEFAULT_PORT = 8089;

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      resolve(signal);
    };
    process.once("SIGINT", stop).once("SIGTERM", stop);
  });
}

const PROCESS_IO: ServeIo = { log: (line) => process.stdout.write(`${line}\n`), untilStopped: untilSignal };

function textFlag(flag: string, pattern: RegExp): (value: string) => string {
  return (value) => {
    if (!pattern.test(value)) throw new UsageError(`${flag} must match ${pattern}, not ${JSON.stringify(value)}`);
    return value;
  };
}

/** A host name: dot-separated labels, the last one not all digits (so 999.1.1.1 is a bad address, not a name). */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9-]*[a-z-][a-z0-9-]*$/i;

function hostFlag(value: string): string {
  if (isIP(value) === 0 && !HOST_NAME.test(value)) throw new UsageError(`--host takes an IP address or a host name, not ${JSON.stringify(value)}`);
  return value;
}

/** Why the server could not listen: an address that is not this machine's is the caller's mistake; a busy or forbidden port is the machine's. */
function listenFailure(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `${host}:${port}`;
  if (code === "ENOTFOUND" || code === "EADDRNOTAVAIL") return new UsageError(`--host ${host} is not an address of this machine (${code})`);
  if (code === "EADDRINUSE") return new InfrastructureError(`cannot listen on ${where}: the port is in use (${code}); choose another --port, or 0 for a free one`);
  return new InfrastructureError(`cannot listen on ${where}: ${error instanceof Error ? error.message : String(error)}`);
}

/** Seconds above zero, fractions allowed: a timeout of 0 would refuse every request. */
function positiveSeconds(flag: string): (value: string) => number {
  const seconds = secondsFlag(flag, 3600);
  return (value) => {
    const parsed = seconds(value);
    if (parsed === 0) throw new UsageError(`${flag} must be more than 0 seconds`);
    return parsed;
  };
}

async function serve(options: ServeOptions, io: ServeIo): Promise<void> {
  const { throttleRate, errorRate, latencyMs } = options;
  if (throttleRate + errorRate > 1) throw new UsageError("--throttle-rate plus --error-rate must not exceed 1");
  const seed = options.seed ?? randomSeed();
  const mutant = options.mutant === undefined ? undefined : mutantNamed(options.mutant);
  // A server that checks no signature needs no key, so a half-set environment does not stop it.
  const signing = options.verifySignatures ? serveCredential(options, io.env ?? process.env) : undefined;
  const emulator = await startEmulator({
    host: options.host, port: options.port, region: options.region,
    ...(signing === undefined ? { verifySignatures: false } : { credentials: [signing.credential] }),
    requestTimeoutMs: options.requestTimeout * 1000,
    throttleRate, serverErrorRate: errorRate, seed, ...(latencyMs === undefined ? {} : { latencyMs }),
    handle: modelHandle(emulatorEnv(options.region), mutant),
    ...(mutant?.render ? { render: mutant.render(renderOutcome) } : {}),
  }).catch((error: unknown) => {
    throw listenFailure(error, options.host, options.port);
  });
  io.log(`AppFabric emulator listening on ${emulator.url} (Region ${options.region})`);
  if (mutant) io.log(`planted bug: ${mutant.name} (${mutant.description})`);
  io.log(`requests: bodies up to ${DEFAULT_MAX_BODY_BYTES} bytes; headers, then body, each within ${options.requestTimeout} s`);
  io.log(signing === undefined ? "SigV4: signatures are not verified"
    : `SigV4: sign requests with access key id ${signing.credential.accessKeyId} (${signing.source})`);
  if (throttleRate > 0 || errorRate > 0 || latencyMs !== undefined) {
    const latency = latencyMs === undefined ? "none" : `${latencyMs.min}-${latencyMs.max} ms`;
    io.log(`faults: throttle rate ${throttleRate}, error rate ${errorRate}, latency ${latency}, seed ${seed}`);
  }
  const reason = await io.untilStopped();
  await emulator.close();
  io.log(`emulator stopped (${reason})`);
}

/**
 * `appfabric-harness serve`: the emulator as a server any AWS client can point at. Clients sign with the key
 * `serveCredential` resolves (flags, then the environment, then test/test); the secret is never printed. Bad
 * values throw UsageError (exit code 2).
 */
export function registerServe(program: Command, io: ServeIo = PROCESS_IO): void {
  program.command("serve")
    .description("serve the AppFabric emulator over HTTP (restJson1, SigV4) until SIGINT or SIGTERM")
    .option("--port <n>", "port to listen on (0 picks a free one)", integerFlag("--port", 0, 65535), DEFAULT_PORT)
    .option("--host <address>", "address to listen on", hostFlag, "127.0.0.1")
    .option("--region <region>", "Region of ARNs and of the SigV4 credential scope",
      textFlag("--region", /^[a-z]{2}(-[a-z]+)+-\d+$/), "us-east-1")
    .option("--access-key-id <id>", "access key id clients sign with (default: AWS_ACCESS_KEY_ID, else test)", textFlag("--access-key-id", /^\S+$/))
    .option("--secret-access-key <secret>", "secret access key clients sign with (default: AWS_SECRET_ACCESS_KEY, else test; a flag shows in ps)",
      textFlag("--secret-access-key", /^\S+$/))
    .option("--no-verify-signatures", "accept requests without a valid SigV4 signature")
    .option("--throttle-rate <rate>", "share of requests answered with ThrottlingException (0..1)", rateFlag("--throttle-rate"), 0)
    .option("--error-rate <rate>", "share of requests answered with InternalServerException (0..1)", rateFlag("--error-rate"), 0)
    .option("--latency-ms <min[-max]>", "delay every answer by MIN to MAX milliseconds", latencyFlag)
    .option("--request-timeout <seconds>", "how long a request's headers, and then its body, may take to arrive before it is refused and its connection closed",
      positiveSeconds("--request-timeout"), DEFAULT_REQUEST_TIMEOUT_MS / 1000)
    .option("--seed <n>", "seed of fault injection (a random one is printed when omitted)", integerFlag("--seed", 0, 0xffffffff))
    .option("--mutant <name>", `plant a known service bug (self-test): ${MUTANTS.map((m) => m.name).join(", ")}`, choiceFlag("--mutant", MUTANTS.map((m) => m.name)))
    .action((options: ServeOptions) => serve(options, io));
}
