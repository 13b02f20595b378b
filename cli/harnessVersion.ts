import { readFileSync } from "node:fs";

/** The harness's version, as package.json gives it: what `--version` prints. */
export const HARNESS_VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
