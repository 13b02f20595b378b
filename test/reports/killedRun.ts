/**
 * Run as a child process by jsonlSink.test.ts: writes the first N events of the sample's exploration to an event log and
 * then kills itself with SIGKILL, so nothing gets the chance to flush or close. Inputs come from the
 * environment, so a test runner that imports this file by pattern does nothing.
 */
import { createJsonlSink } from "../../reports/jsonlSink.ts";
import { sampleRounds } from "./sampleEvents.ts";

const file = process.env["KILLED_RUN_EVENTS"];
const count = Number(process.env["KILLED_RUN_COUNT"] ?? "0");
if (file !== undefined) {
  const sink = createJsonlSink(file, { flushMs: Number(process.env["KILLED_RUN_FLUSH_MS"] ?? "60000") });
  for (const event of sampleRounds(2).slice(0, count)) sink.emit(event);
  process.kill(process.pid, "SIGKILL");
}
