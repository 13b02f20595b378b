#!/usr/bin/env node
// Installed, the package runs its compiled JavaScript. In a clone (the TypeScript sources are there, and tsx as a
// dev dependency), the sources run as they are, so a stale build can never stand in for the code being tested.
import { existsSync } from "node:fs";

const sources = new URL("../cli/bin.ts", import.meta.url);
if (existsSync(sources)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(sources.href);
} else {
  await import(new URL("../dist/cli/bin.js", import.meta.url).href);
}
