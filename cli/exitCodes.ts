/** Exit codes: distinct for findings, usage mistakes and infrastructure trouble, so CI can tell them apart. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  infrastructure: 3,
} as const;

/** A mistake in how the harness was called: bad flag, bad value, bad config file. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
