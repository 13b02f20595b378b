/**
 * The package as a user gets it: `npm pack` (which builds through prepack), installed into a fresh project.
 * From there the CLI runs, a plain ESM file and a CommonJS file use the library, and a strict TypeScript
 * consumer type-checks against the shipped declarations without skipLibCheck.
 */
import "../plainConsole.ts";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";

const run = promisify(execFile);
const root = new URL("../..", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string; license: string; dependencies: Record<string, string>; devDependencies: Record<string, string>;
};
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
// Installing must not reach for the network when the lockfile's install already filled the cache.
const INSTALL = ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

async function sh(file: string, args: readonly string[], cwd: string) {
  // NODE_OPTIONS and c8's coverage variable belong to this test process, not to a user's project.
  const env = { ...process.env, NODE_OPTIONS: "", NODE_V8_COVERAGE: "" };
  try {
    return await run(file, [...args], { cwd, env, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

const ESM_CONSUMER = `
import { fuzzConsumer } from "appfabric-harness";
import { GetIngestionDestinationCommand } from "appfabric-harness/client";
import { OPERATION_NAMES, createContract } from "appfabric-harness/contracts";
const contract = createContract();
const input = { appBundleIdentifier: "arn:b", ingestionIdentifier: "arn:i", ingestionDestinationIdentifier: "arn:d" };
const seen = new Set();
const result = await fuzzConsumer(async (client) => {
  try {
    const { ingestionDestination } = await client.send(new GetIngestionDestinationCommand(input));
    seen.add(typeof ingestionDestination.arn);
  } catch (error) {
    seen.add(error.name);
  }
}, { seed: 3, numRuns: 60, client: "built-in" });
console.log(JSON.stringify({
  numRuns: result.numRuns, seen: [...seen].sort(), operations: OPERATION_NAMES.length,
  validInput: contract.checkInput("GetIngestionDestination", input).length,
  invalidInput: contract.checkInput("GetIngestionDestination", { ...input, appBundleIdentifier: "" }).length,
}));
`;

const CJS_CONSUMER = `
const { fuzzConsumer } = require("appfabric-harness");
const { AppFabricClient } = require("appfabric-harness/client");
console.log(typeof fuzzConsumer, AppFabricClient.name);
`;

const TS_CONSUMER = `
import { fuzzConsumer, ConsumerFailure, type FuzzConsumerResult } from "appfabric-harness";
import { AppFabricClient, GetIngestionDestinationCommand, ResourceNotFoundException, type DestinationConfiguration } from "appfabric-harness/client";
import { OPERATION_NAMES, createContract, type OperationName } from "appfabric-harness/contracts";

function bucketOf(configuration: DestinationConfiguration): string | undefined {
  return configuration.auditLog?.destination.s3Bucket?.bucketName;
}
const first: OperationName | undefined = OPERATION_NAMES[0];
const result: FuzzConsumerResult = await fuzzConsumer(async (client: AppFabricClient) => {
  try {
    const { ingestionDestination } = await client.send(new GetIngestionDestinationCommand({ appBundleIdentifier: "b", ingestionIdentifier: "i", ingestionDestinationIdentifier: "d" }));
    bucketOf(ingestionDestination.destinationConfiguration);
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}, { seed: 1, numRuns: 10, client: "built-in", errorRate: 0 });
// @ts-expect-error the declarations are real: a misspelt option is an error, not any.
await fuzzConsumer(() => undefined, { numRunz: 1 });
console.log(result.numRuns, first, createContract().checkInput("GetIngestionDestination", {}).length, ConsumerFailure.name);
`;

const TS_CONFIG = {
  compilerOptions: {
    target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true, skipLibCheck: false, noEmit: true, types: ["node"],
  },
  files: ["consumer.ts"],
};

test("packed and installed into a fresh project, the package works as a CLI, an ESM and CJS library, and typed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-package-"));
  try {
    const packed = await sh(npm, ["pack", "--pack-destination", dir, "--json", "--loglevel=error"], root);
    const [tarball] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
    assert.ok(tarball, "npm pack names its tarball");
    const paths = tarball.files.map((file) => file.path);
    for (const shipped of ["LICENSE", "README.md", "bin/appfabric-harness.js", "dist/cli/bin.js", "dist/consumer/index.js",
      "dist/consumer/index.d.ts", "dist/client/index.d.ts", "dist/contracts/index.d.ts", "dist/consumer/fuzzConsumer.js.map"]) {
      assert.ok(paths.includes(shipped), `the tarball ships ${shipped}`);
    }
    const stray = paths.filter((path) => /^(test|bench|\.ci|coverage)\//u.test(path) || (/\.ts$/u.test(path) && !/\.d\.ts$/u.test(path)));
    assert.equal(stray, [], "no tests, bench, CI scripts or TypeScript sources");
    assert.match(readFileSync(join(root, "LICENSE"), "utf8"), /Apache License\s+Version 2\.0/u);
    assert.is(manifest.license, "Apache-2.0");
    assert.not.ok("tsx" in manifest.dependencies, "tsx is a dev dependency only");

    const project = join(dir, "project");
    await sh("mkdir", [project], dir);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await sh(npm, [...INSTALL, join(dir, tarball.filename), `typescript@${manifest.devDependencies.typescript}`,
      `@types/node@${manifest.devDependencies["@types/node"]}`], project);

    const version = await sh("npx", ["--no-install", "appfabric-harness", "--version"], project);
    assert.is(version.stdout.trim(), manifest.version);
    const cli = await sh("npx", ["--no-install", "appfabric-harness", "run", "--runs", "5", "--seed", "5", "--no-report", "--no-corpus"], project);
    assert.match(cli.stdout, /PASSED: 0 failures · \d+ observations? · 0 of \d+ properties failed/u);
    assert.match(cli.stdout, /seed 5/u);

    writeFileSync(join(project, "esm.mjs"), ESM_CONSUMER);
    const esm = JSON.parse((await sh("node", ["esm.mjs"], project)).stdout) as {
      numRuns: number; seen: string[]; operations: number; validInput: number; invalidInput: number;
    };
    assert.is(esm.numRuns, 60);
    assert.ok(esm.seen.includes("string"), "outputs with an ARN reached the consumer");
    assert.ok(esm.seen.some((name) => name.endsWith("Exception")), "documented errors reached the consumer");
    assert.ok(esm.operations > 0);
    assert.is(esm.validInput, 0, "the shipped contract accepts a valid input");
    assert.ok(esm.invalidInput > 0, "and refuses an empty identifier");

    writeFileSync(join(project, "cjs.cjs"), CJS_CONSUMER);
    assert.is((await sh("node", ["cjs.cjs"], project)).stdout.trim(), "function AppFabricClient");

    writeFileSync(join(project, "consumer.ts"), TS_CONSUMER);
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(TS_CONFIG));
    await sh("npx", ["--no-install", "tsc", "-p", "."], project);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
