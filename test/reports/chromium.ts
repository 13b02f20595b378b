/**
 * The Chromium the browser tests drive through playwright-core (Debian's package; no browser is ever
 * downloaded): $CHROMIUM_PATH, else `chromium` or `chromium-browser` on the PATH. Without one, a test prints a
 * `SKIP: ` line, which CI counts.
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

export const CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const dirs = (env.PATH ?? "").split(delimiter).filter((dir) => dir !== "");
  for (const name of ["chromium", "chromium-browser"]) {
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The line a browser test prints instead of running. */
export function skipLine(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` : "no chromium or chromium-browser on the PATH";
  return `SKIP: ${name}: ${where} (install Debian's chromium package, or set CHROMIUM_PATH)`;
}
