import { Command, CommanderError } from "commander";
import { ClientModuleError } from "../client/loadClientModule.ts";
import { registerDrift } from "../drift/registerDrift.ts";
import { NotARegularFile } from "../files/readRegularFile.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { UnreplayablePath } from "../properties/UnreplayablePath.ts";
import { redactSecrets } from "../secrets/redactSecrets.ts";
import { registerCleanup } from "./cleanupCommand.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { HARNESS_VERSION } from "./harnessVersion.ts";
import { registerFuzzResponses } from "./registerFuzzResponses.ts";
import { registerGate } from "./registerGate.ts";
import { registerReplay } from "./registerReplay.ts";
import { registerReport } from "./registerReport.ts";
import { registerRules } from "./registerRules.ts";
import { registerRun } from "./registerRun.ts";
import { registerSelftest } from "./selftestCommand.ts";
import { registerServe, type ServeIo } from "./serveCommand.ts";
import { unexpectedErrorLine } from "./unexpectedErrorLine.ts";

/** What a caller may put in place of the process's own: tests stop `serve` this way. */
export interface MainIo {
  readonly serve?: ServeIo;
}

/**
 * Parses argv and runs one command; every way out is an exit code and one clear line: 2 for a mistake in the
 * call or its files, 3 when no judgement could be made, whatever went wrong.
 */
export async function main(argv: readonly string[], io: MainIo = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  // A message may echo a value given with a secret in it (an endpoint's password, say).
  const say = (message: string) => process.stderr.write(`${redactSecrets(`appfabric-harness: ${message}`)}\n`);
  const program = new Command("appfabric-harness")
    .description("Contract tests and fuzzing for AWS AppFabric ingestion destinations")
    .version(HARNESS_VERSION, "-V, --version", "print the harness's version")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(redactSecrets(text)) });
  const setExitCode = (code: number) => { exitCode = code; };
  registerRun(program, setExitCode, argv);
  registerReplay(program, setExitCode);
  registerServe(program, io.serve);
  registerSelftest(program, setExitCode);
  registerCleanup(program, setExitCode);
  registerGate(program, setExitCode);
  registerFuzzResponses(program, setExitCode);
  registerReport(program, setExitCode);
  registerRules(program, setExitCode);
  registerDrift(program, setExitCode);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UnreplayablePath) {
      say(`--path ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof NotARegularFile) {
      say(`${error.path}: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof ClientModuleError) {
      say(error.message);
      return EXIT.usage;
    }
    if (error instanceof InfrastructureError) {
      say(error.message);
      return EXIT.infrastructure;
    }
    process.stderr.write(`${redactSecrets(unexpectedErrorLine(error))}\n`);
    return EXIT.infrastructure;
  }
}

