import type { Command } from "commander";
import { BUILT_IN_SOURCE, loadClientModule } from "../client/loadClientModule.ts";
import { fuzzResponses, RESPONSE_PROPERTIES, type ResponseFuzzResult } from "../properties/responseFuzz/fuzzResponses.ts";
import { cannedResponseTarget } from "../targets/cannedResponseTarget.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { choiceFlag, integerFlag, MAX_SEED, randomSeed } from "./parseValues.ts";
import { commandLine, invocationPrefix } from "./replayCommand.ts";

export interface FuzzResponsesFlags {
  readonly client?: string;
  readonly seed?: number;
  readonly runs: number;
  readonly property?: readonly string[];
  readonly path?: string;
}

function describe(result: ResponseFuzzResult, replay: (path: string) => string): string[] {
  if (!result.failed) return [`${result.property}: holds (${result.numRuns} responses)`];
  const response = result.counterexample;
  return [
    `${result.property}: FAILED - ${result.description}`,
    ...(result.problems ?? []).map((p) => `  ${p}`),
    ...(response ? [`  response (shrunk): ${response.operation} ${response.status} ${JSON.stringify(response.headers)}`, `  body: ${response.body}`] : []),
    ...(result.path === undefined ? [] : [`  replay: ${replay(result.path)}`]),
  ];
}

/** `fuzz-responses`: generated answers through one client's deserializer; exit 1 when one is mishandled. */
export async function executeFuzzResponses(flags: FuzzResponsesFlags, write: (line: string) => void): Promise<number> {
  if (flags.path !== undefined && (flags.seed === undefined || flags.property?.length !== 1)) {
    throw new UsageError("--path replays one response: give it with --seed and exactly one --property");
  }
  const target = cannedResponseTarget(await loadClientModule(flags.client));
  const seed = flags.seed ?? randomSeed();
  write(`appfabric-harness fuzz-responses: seed ${seed}, client ${target.source}`);
  // The client that ran, even when it was the default: a replay elsewhere may default to another.
  const replay = (property: string) => (path: string) =>
    commandLine(invocationPrefix(), ["fuzz-responses", "--client", flags.client ?? target.source, "--seed", String(seed), "--property", property, "--path", path]);
  try {
    const results = await fuzzResponses(target, { seed, numRuns: flags.runs, ...(flags.property ? { properties: flags.property } : {}),
      ...(flags.path === undefined ? {} : { path: flags.path }) });
    for (const result of results) for (const line of describe(result, replay(result.property))) write(line);
    return results.some((r) => r.failed) ? EXIT.findings : EXIT.ok;
  } finally {
    target.close();
  }
}

/** Registers `appfabric-harness fuzz-responses`. */
export function registerFuzzResponses(program: Command, setExitCode: (code: number) => void): void {
  const names = RESPONSE_PROPERTIES.map((p) => p.name);
  program.command("fuzz-responses")
    .description("feed generated HTTP answers (inside and just outside the contract) to a client's deserializer")
    .option("--client <module>", `the client to fuzz (default @aws-sdk/client-appfabric if installed, else ${BUILT_IN_SOURCE})`)
    .option("--seed <n>", "fast-check seed (printed first)", integerFlag("--seed", 0, MAX_SEED))
    .option("--runs <n>", "responses per property", integerFlag("--runs", 1, 1_000_000), 200)
    .option("--property <names...>", `only these: ${names.join(", ")}`, (value: string, previous: string[] | undefined) => [...(previous ?? []), choiceFlag("--property", names)(value)])
    .option("--path <path>", "replay one response: fast-check's path (with --seed and one --property)")
    .action(async (flags: FuzzResponsesFlags) => {
      setExitCode(await executeFuzzResponses(flags, (line) => process.stdout.write(`${line}\n`)));
    });
}
