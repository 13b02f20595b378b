import { redactSecrets } from "../secrets/redactSecrets.ts";
import { EXIT } from "./exitCodes.ts";
import { main } from "./main.ts";
import { unexpectedErrorLine } from "./unexpectedErrorLine.ts";

// What escapes main's await (an error thrown in a timer or an event handler) still ends with one line, not a stack trace.
const fail = (error: unknown) => {
  process.stderr.write(`${redactSecrets(unexpectedErrorLine(error))}\n`);
  process.exit(EXIT.infrastructure);
};
process.on("uncaughtException", fail).on("unhandledRejection", fail);

// A reader that goes away (`| head`) is no reason to crash with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
