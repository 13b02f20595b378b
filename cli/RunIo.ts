import type { EventSink } from "../events/runEvent.ts";
import type { ConsoleStream } from "../reports/consoleSink.ts";

/** What a run talks to: the console, the environment, and any extra listeners (tests listen here). */
export interface RunIo {
  readonly stdout: ConsoleStream & { isTTY?: boolean };
  readonly stderr?: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Extra sinks (tests listen here). */
  readonly sinks?: readonly EventSink[];
  /** The command line as given (`run ...`): what `--workers` hands its workers. */
  readonly argv?: readonly string[];
}
