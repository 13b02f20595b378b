import { join } from "node:path";
import { PACKAGE_ROOT } from "./packageRoot.ts";

/** The harness's own executable, so child processes (workers) start the same harness, from sources or build. */
export const HARNESS_BIN: string = join(PACKAGE_ROOT, "bin", "appfabric-harness.js");
