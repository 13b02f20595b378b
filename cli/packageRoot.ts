import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The harness's package folder, found from this module whether it runs from the sources (cli/) or the
 * build (dist/cli/): its version and its executable are read from there.
 */
export const PACKAGE_ROOT: string = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "appfabric-harness") return dir;
    if (dirname(dir) === dir) throw new Error(`appfabric-harness: no package.json of its own above ${fileURLToPath(import.meta.url)}`);
  }
})();
