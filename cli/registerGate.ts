import type { Command } from "commander";
import { BUILT_IN_SOURCE, loadClientModule, type AppFabricClientModule } from "../client/loadClientModule.ts";
import { createContract } from "../contracts/contract.ts";
import { describeGateResult } from "../gate/describeGateResult.ts";
import { gateJunitXml, gateMarkdown } from "../gate/gateReports.ts";
import { GATE_SUITE } from "../gate/gateSuite.ts";
import { runGate } from "../gate/runGate.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { writeRedacted } from "../secrets/RedactedFile.ts";
import { corpusCases } from "./corpusCases.ts";
import { DEFAULT_CORPUS_DIR } from "./corpus.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { integerFlag, MAX_SEED, pathFlag, randomSeed } from "./parseValues.ts";
import { commandLine, invocationPrefix } from "./replayCommand.ts";

export interface GateFlags {
  readonly baseline?: string;
  readonly candidate: string;
  readonly seed?: number;
  readonly runs: number;
  readonly property?: readonly string[];
  readonly path?: string;
  readonly corpusDir: string;
  readonly corpus: boolean;
  readonly json?: string;
  readonly markdown?: string;
  readonly junit?: string;
}

async function load(flag: string, specifier: string | undefined): Promise<AppFabricClientModule> {
  try {
    return await loadClientModule(specifier);
  } catch (error) {
    throw new UsageError(`${flag}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `gate`: the same cases through a baseline and a candidate client; exit 1 on any behavioural difference. */
export async function executeGate(flags: GateFlags, write: (line: string) => void): Promise<number> {
  const properties = flags.property?.map((name) => {
    const found = GATE_SUITE.find((p) => p.name === name);
    if (!found) throw new UsageError(`unknown property ${name}; the gate runs ${GATE_SUITE.map((p) => p.name).join(", ")}`);
    return found;
  }) ?? GATE_SUITE;
  if (flags.path !== undefined && (flags.seed === undefined || properties.length !== 1)) {
    throw new UsageError("--path replays one case: give it with --seed and exactly one --property");
  }
  const baseline = await load("--baseline", flags.baseline);
  const candidate = await load("--candidate", flags.candidate);
  const seed = flags.seed ?? randomSeed();
  const prefix = invocationPrefix();
  const modules = ["--baseline", flags.baseline ?? baseline.source, "--candidate", flags.candidate];
  // A saved case is named by its file (corpus/NAME); the gate sends the corpus through both clients each time.
  const corpus = flags.corpus && flags.path === undefined ? await corpusCases(flags.corpusDir, properties, (file) => file, createContract()) : undefined;
  for (const problem of corpus?.problems ?? []) write(`appfabric-harness: skipping corpus file: ${problem}`);
  write(`appfabric-harness gate: seed ${seed}`);
  try {
    const result = await runGate({
      baseline, candidate, seed, numRuns: flags.runs, properties, corpus: corpus?.cases ?? [], progress: write,
      ...(flags.path === undefined ? {} : { path: flags.path }),
      replayCommand: (c) => commandLine(prefix, ["gate", ...modules, "--seed", String(c.seed), "--property", c.property, "--path", c.path, "--no-corpus"]),
    });
    for (const line of describeGateResult(result)) write(line);
    if (flags.json !== undefined) writeRedacted(flags.json, `${JSON.stringify(result, null, 2)}\n`);
    if (flags.markdown !== undefined) writeRedacted(flags.markdown, gateMarkdown(result));
    if (flags.junit !== undefined) writeRedacted(flags.junit, gateJunitXml(result));
    return result.differences.length > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    write(`appfabric-harness gate: infrastructure trouble: ${error.message}`);
    return EXIT.infrastructure;
  }
}

/** Registers `appfabric-harness gate`. */
export function registerGate(program: Command, setExitCode: (code: number) => void): void {
  program.command("gate")
    .description("run the same cases through two AppFabric clients against lockstep emulators; exit 1 on any behavioural difference")
    .requiredOption("--candidate <module>", "the client to gate: a package (an npm alias too) or a path to a module or directory")
    .option("--baseline <module>", `the client it must behave like (default @aws-sdk/client-appfabric if installed, else ${BUILT_IN_SOURCE})`)
    .option("--seed <n>", "fast-check seed (printed first)", integerFlag("--seed", 0, MAX_SEED))
    .option("--runs <n>", "cases per property", integerFlag("--runs", 1, 1_000_000), 100)
    .option("--property <names...>", `only these properties: ${GATE_SUITE.map((p) => p.name).join(", ")}`)
    .option("--path <path>", "replay one case (with --seed and one --property)")
    .option("--corpus-dir <dir>", "saved counterexamples, sent through both clients first", DEFAULT_CORPUS_DIR)
    .option("--no-corpus", "leave the saved counterexamples out")
    .option("--json <file>", "also write the result as JSON", pathFlag("--json", "file"))
    .option("--markdown <file>", "also write the result as Markdown (a CI job summary)", pathFlag("--markdown", "file"))
    .option("--junit <file>", "also write the result as JUnit XML, each difference one failing testcase", pathFlag("--junit", "file"))
    .action(async (flags: GateFlags) => {
      setExitCode(await executeGate(flags, (line) => process.stdout.write(`${line}\n`)));
    });
}
