import type { Command } from "commander";
import { compareFacts } from "./compareFacts.ts";
import { factsOfContract } from "./factsOfContract.ts";
import { ModelFileError } from "./ModelFileError.ts";
import { readModelFile } from "./readModelFile.ts";
import { renderDrift, type DriftOutput } from "./renderDrift.ts";

/** 0: no difference; 1: differences; 2: the file cannot be read as a model, or the flags contradict. */
export const DRIFT_EXIT = { same: 0, differs: 1, unreadable: 2 } as const;

interface DriftOptions {
  readonly model: string;
  readonly markdown?: boolean;
  readonly json?: boolean;
}

interface Streams {
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
}

export function executeDrift(options: DriftOptions, streams: Streams): number {
  if (options.markdown && options.json) {
    streams.err.write("appfabric-harness drift: --markdown and --json are alternatives; give one\n");
    return DRIFT_EXIT.unreadable;
  }
  const output: DriftOutput = options.json ? "json" : options.markdown ? "markdown" : "text";
  let model;
  try {
    model = readModelFile(options.model);
  } catch (error) {
    if (!(error instanceof ModelFileError)) throw error;
    streams.err.write(`appfabric-harness drift: ${error.message}\n`);
    return DRIFT_EXIT.unreadable;
  }
  const contract = factsOfContract();
  // A file naming none of the service's operations is another service's model, or none: its differences would be noise.
  const known = new Set([...Object.keys(contract.operations), ...(contract.leftOut ?? [])]);
  if (!Object.keys(model.facts.operations).some((name) => known.has(name))) {
    streams.err.write(`appfabric-harness drift: ${options.model} describes none of AppFabric's operations (such as ${Object.keys(contract.operations)[0] ?? "CreateIngestionDestination"}): not a model of this service\n`);
    return DRIFT_EXIT.unreadable;
  }
  const comparison = compareFacts(contract, model.facts);
  streams.out.write(renderDrift({ model: options.model, format: model.format, ...comparison }, output));
  return comparison.differences.length === 0 ? DRIFT_EXIT.same : DRIFT_EXIT.differs;
}

/** `appfabric-harness drift --model FILE`: every difference between a model of AppFabric and the harness's contract. */
export function registerDrift(program: Command, setExitCode: (code: number) => void): void {
  program.command("drift")
    .description("compare a model of AppFabric (botocore or aws-sdk v2 JSON, Smithy JSON AST) with the harness's contract")
    .requiredOption("--model <file>", "the model file")
    .option("--markdown", "write the report as Markdown")
    .option("--json", "write the report as JSON")
    .action((options: DriftOptions) => {
      setExitCode(executeDrift(options, { out: process.stdout, err: process.stderr }));
    });
}
