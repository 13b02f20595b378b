/**
 * Run as a child process by jsonlSink.test.ts: writes the first N sample events to an event log and
 * then kills itself with SIGKILL, so nothing gets the chance to flush or close. Inputs come from the
 * environment, so a test runner that imports this file by pattern does nothing.
 */
import { createJsonlSink } from "../../reports/jsonlSink.ts";
import { sampleEvents } from "./sampleEvents.ts";

const file = process.env["KILLED_RUN_EVENTS"];
const count = Number(process.env["KILLED_RUN_COUNT"] ?? "0");
if (file !== undefined) {
  const sink = createJsonlSink(file);
  for (const event of sampleEvents().slice(0, count)) sink.emit(event);
  process.kill(process.pid, "SIGKILL");
}
