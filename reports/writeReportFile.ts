/** Every report file is written through here, so none escapes the redaction pass. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { redactSecrets } from "./redactSecrets.ts";

export function writeReportFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, redactSecrets(text));
}
