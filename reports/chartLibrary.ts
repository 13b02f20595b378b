/**
 * Chart.js's browser (UMD) bundle, read from the installed package at render time and inlined into
 * the HTML report, so the report draws its charts with no network.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The package's exports map hides dist/, so the bundle is found beside the resolved main entry. */
export function chartLibrary(): string {
  const main = createRequire(import.meta.url).resolve("chart.js");
  const bundle = readFileSync(join(dirname(main), "chart.umd.min.js"), "utf8");
  // Defensive: a bundle containing `</script` would end the inline script element early.
  return bundle.replace(/<\/script/gi, "<\\/script");
}
