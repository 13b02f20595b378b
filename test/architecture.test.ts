import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const ROOT = resolve(import.meta.dirname, "..");

/** Which project folders each folder may import: the one-way flow of ARCHITECTURE.md. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  contracts: [],
  files: [],
  drift: ["contracts", "files"],
  model: [],
  events: [],
  secrets: [],
  generators: ["contracts"],
  client: ["contracts"],
  emulator: ["contracts", "model"],
  targets: ["contracts", "model", "client", "emulator", "secrets"],
  properties: ["contracts", "model", "generators", "targets", "events"],
  safety: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "events", "secrets", "files"],
  reports: ["events", "secrets", "files"],
  gate: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "events", "reports"],
  consumer: ["contracts", "generators", "client"],
  cli: ["contracts", "drift", "model", "generators", "client", "emulator", "targets", "properties", "reports", "events", "secrets", "safety", "gate", "files"],
  bench: ["contracts", "model", "generators", "client", "emulator", "targets", "properties", "events", "reports", "cli"],
  examples: ["contracts", "generators", "client", "properties"],
};

function sourceFiles(dir: string, extension = ".ts"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path, extension) : path.endsWith(extension) ? [path] : [];
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

test("no import cycle anywhere in the tree, type-only imports included", () => {
  const files = Object.keys(ALLOWED).flatMap((folder) => {
    try {
      return sourceFiles(join(ROOT, folder));
    } catch {
      return [];
    }
  });
  const edges = new Map(files.map((file) => [file, importsOf(file).map((specifier) => resolve(dirname(file), specifier)).filter((t) => t.endsWith(".ts"))]));
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(" > "));
      return;
    }
    state.set(file, "open");
    for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, "done");
  };
  for (const file of files) visit(file, []);
  assert.equal(cycles, []);
});

test("the model stays pure: no I/O, no clock, no randomness, no fast-check, no ajv", () => {
  const offending = sourceFiles(join(ROOT, "model")).filter((file) =>
    /from\s+["'](node:|fs|ajv|fast-check)|Date\.now\(|new Date\(\)|Math\.random\(|process\./.test(readFileSync(file, "utf8")));
  assert.equal(offending.map((f) => relative(ROOT, f)), []);
});

/**
 * The checks must not judge the emulator by the emulator's own code: properties/ imports none of it, and of
 * targets/ only what starts it (emulatorTarget) or stands in for it in process (the model and mock targets,
 * whose handling is the emulator's model handle); the HTTP targets and the read-back of what was sent, none.
 */
const EMULATOR_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  "targets/emulatorTarget.ts": ["emulator/startEmulator.ts", "emulator/renderReply.ts", "emulator/types.ts", "emulator/mutants/Mutant.ts"],
  "targets/modelTarget.ts": ["emulator/createModelHandle.ts", "emulator/types.ts", "emulator/mutants/Mutant.ts"],
  "targets/mockTarget.ts": ["emulator/types.ts"],
};

test("properties/ and the HTTP targets import no emulator code, apart from starting it", () => {
  const violations = ["properties", "targets"].flatMap((folder) => sourceFiles(join(ROOT, folder))).flatMap((file) => {
    const name = relative(ROOT, file);
    return importsOf(file).map((specifier) => relative(ROOT, resolve(dirname(file), specifier)))
      .filter((target) => target.startsWith("emulator/") && !(EMULATOR_IMPORTS[name] ?? []).includes(target))
      .map((target) => `${name} imports ${target}`);
  });
  assert.equal(violations, []);
});

const projectFiles = (extension: string): string[] => Object.keys(ALLOWED).concat("test", "docs").flatMap((folder) => {
  try {
    return sourceFiles(join(ROOT, folder), extension);
  } catch {
    return [];
  }
});

test("no project file reads the team's shared notes", () => {
  const offending = projectFiles(".ts").filter((file) => !file.endsWith("architecture.test.ts")
    && /\.\.\/shared\/|shared\/reference/.test(readFileSync(file, "utf8")));
  assert.equal(offending.map((f) => relative(ROOT, f)), []);
});

test("AWS's model of AppFabric is read from the pinned aws-sdk package, never copied into the project", () => {
  const copies = projectFiles(".json").filter((file) =>
    /"com\.amazonaws\.appfabric#|"uid"\s*:\s*"appfabric-2023-05-19"/.test(readFileSync(file, "utf8")));
  assert.equal(copies.map((f) => relative(ROOT, f)), []);
});

test.run();
