import fc from "fast-check";
import { UnreplayablePath } from "../UnreplayablePath.ts";

/**
 * fast-check walks a shrunk command sequence again only when fc.commands is given the sequence's replayPath
 * (which commands ran at each shrink step), which fast-check prints in its report of the failure
 * (fc.commands' `disableReplayLog` turns that off). A stateful case's path therefore carries both:
 * fast-check's path, `@`, the replayPath.
 */
const SEPARATOR = "@";

/** A replayPath as fast-check writes it: run lengths and changes, each in base64 digits. */
const REPLAY_PATH = /^[A-Za-z0-9+/]*:[A-Za-z0-9+/]*$/;

/** The path of a failing sequence: fast-check's path and, when it shrank, the replayPath its report gives. */
export function commandsPath<Ts>(details: fc.RunDetails<Ts>): string {
  const path = details.counterexamplePath ?? "";
  const replayPath = /replayPath="([^"]*)"/.exec(fc.defaultReportMessage(details) ?? "")?.[1];
  return path.includes(":") && replayPath !== undefined ? `${path}${SEPARATOR}${replayPath}` : path;
}

/** Splits a stateful case's path into fast-check's path and the replayPath fc.commands needs to walk it. */
export function splitCommandsPath(path: string): { readonly path: string; readonly replayPath?: string } {
  const at = path.indexOf(SEPARATOR);
  if (at === -1) {
    if (path.includes(":")) throw new UnreplayablePath(path, `a shrunk sequence's path ends with ${SEPARATOR} and the commands' replayPath, as printed`);
    return { path };
  }
  const replayPath = path.slice(at + 1);
  if (!REPLAY_PATH.test(replayPath)) throw new UnreplayablePath(path, `${JSON.stringify(replayPath)} is not a replayPath of fast-check's commands`);
  return { path: path.slice(0, at), replayPath };
}
