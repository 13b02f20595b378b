/**
 * The one line an error nobody expected ends a command with, in place of a stack trace: a system error (a full
 * disk, a file that vanished) by its own message, anything else by its name and message.
 */
export function unexpectedErrorLine(error: unknown): string {
  const text = error instanceof Error
    ? ((error as NodeJS.ErrnoException).syscall === undefined ? `unexpected ${error.name}: ${error.message}` : error.message)
    : `unexpected error: ${String(error)}`;
  return `appfabric-harness: ${text.replace(/\s*\n\s*/g, " ")}; no judgement was made`;
}
