import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const ROOT = resolve(import.meta.dirname, "..");

/** Which project folders each folder may import: the one-way flow of ARCHITECTURE.md. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  contracts: [],
  model: [],
  events: [],
  generators: ["contracts"],
  client: ["contracts"],
  emulator: ["contracts", "model"],
  targets: ["contracts", "model", "client", "emulator"],
  properties: ["contracts", "model", "generators", "targets", "emulator", "events"],
  safety: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "events"],
  reports: ["events"],
  gate: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "events"],
  consumer: ["contracts", "generators", "client"],
  cli: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "reports", "events", "safety", "gate"],
  bench: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "events"],
  examples: ["contracts", "generators", "client", "properties"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)\s[^"']*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? "");
}

test("imports flow one way between the top-level folders", () => {
  const violations: string[] = [];
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    let files: string[];
    try {
      files = sourceFiles(join(ROOT, folder));
    } catch {
      continue;
    }
    for (const file of files) {
      for (const specifier of importsOf(file)) {
        const target = relative(ROOT, resolve(dirname(file), specifier)).split("/")[0] ?? "";
        if (target !== folder && !allowed.includes(target)) violations.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
  }
  assert.equal(violations, []);
});

test("the model stays pure: no I/O, no clock, no randomness, no fast-check, no ajv", () => {
  const offending = sourceFiles(join(ROOT, "model")).filter((file) =>
    /from\s+["'](node:|fs|ajv|fast-check)|Date\.now\(|new Date\(\)|Math\.random\(|process\./.test(readFileSync(file, "utf8")));
  assert.equal(offending.map((f) => relative(ROOT, f)), []);
});

test("no project file reads the shared reference models", () => {
  const roots = Object.keys(ALLOWED).concat("test");
  const offending = roots.flatMap((folder) => {
    try {
      return sourceFiles(join(ROOT, folder));
    } catch {
      return [];
    }
  }).filter((file) => !file.endsWith("architecture.test.ts") && /shared\/reference|service-2\.json|appfabric\.smithy/.test(readFileSync(file, "utf8")));
  assert.equal(offending.map((f) => relative(ROOT, f)), []);
});

test.run();
