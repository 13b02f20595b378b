import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The harness's own executable, `bin/appfabric-harness.js` at the package root, found from this module
 * whether it runs from the sources (cli/) or the build (dist/cli/), so child processes start the same harness.
 */
export function harnessBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "appfabric-harness") {
      return join(dir, "bin", "appfabric-harness.js");
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("appfabric-harness: cannot find its own package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
