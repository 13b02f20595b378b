/** loadClientModule: the fallback to the built-in client, and validation of a user-named module. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ERROR_NAMES } from "../../contracts/errorCatalogue.ts";
import { OPERATION_NAMES } from "../../contracts/operationCatalogue.ts";
import * as builtIn from "../../client/index.ts";
import { BUILT_IN_SOURCE, loadClientModule, OFFICIAL_CLIENT } from "../../client/loadClientModule.ts";
import { withLoopback } from "./loopback.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.instance(error, Error);
  return error as Error;
}

async function officialInstalled(): Promise<boolean> {
  return import(OFFICIAL_CLIENT).then(() => true, () => false);
}

test("without a specifier: the official client when installed, else the built-in one", async () => {
  const loaded = await loadClientModule();
  if (await officialInstalled()) {
    assert.ok(loaded.isOfficial);
    assert.is(loaded.source, OFFICIAL_CLIENT);
    return;
  }
  assert.not.ok(loaded.isOfficial);
  assert.is(loaded.source, BUILT_IN_SOURCE);
  assert.is(loaded.AppFabricClient, builtIn.AppFabricClient);
  assert.is(loaded.commands.CreateIngestionDestination, builtIn.CreateIngestionDestinationCommand);
  assert.equal(Object.keys(loaded.commands).sort(), [...OPERATION_NAMES].sort());
  assert.is(loaded.exceptions.ThrottlingException, builtIn.ThrottlingException);
  const thrown = new loaded.exceptions.ConflictException({ message: "m", $metadata: {}, resourceId: "r" });
  assert.instance(thrown, builtIn.ConflictException);
  assert.is((thrown as builtIn.ConflictException).resourceId, "r");
});

test("a module file path: validated, and its classes send requests", async () => {
  const path = fixture("customClientModule.ts");
  const loaded = await loadClientModule(path);
  assert.is(loaded.source, path);
  assert.not.ok(loaded.isOfficial);
  for (const name of OPERATION_NAMES) assert.type(loaded.commands[name], "function", name);
  await withLoopback(() => ({ status: 200, body: { tags: [{ key: "k", value: "v" }] } }), async (_, server) => {
    const client = new loaded.AppFabricClient({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1,
      credentials: { accessKeyId: "AKID", secretAccessKey: "fake-secret" } });
    try {
      const output = await client.send(new loaded.commands.ListTagsForResource({ resourceArn: "arn:aws:x" }));
      assert.equal((output as { tags: unknown }).tags, [{ key: "k", value: "v" }]);
      assert.is(server.requests[0]?.url, "/tags/arn%3Aaws%3Ax");
    } finally {
      client.destroy();
    }
  });
});

test("a relative path (from the working directory) and a directory with an index file", async () => {
  const relativePath = `./${relative(process.cwd(), fixture("customClientModule.ts"))}`;
  assert.is((await loadClientModule(relativePath)).source, relativePath);
  const dir = await loadClientModule(fixture("clientModuleDir"));
  // By name, not identity: under `uvu -r tsx` this test file and a dynamically imported module can get
  // separate instances of client/ (CommonJS and ESM loaders).
  assert.is(dir.commands.UpdateIngestionDestination.name, "UpdateIngestionDestinationCommand");
});

test("a module missing exports: the error names every missing one", async () => {
  const error = await rejection(loadClientModule(fixture("incompleteClientModule.ts")));
  assert.match(error.message, "incompleteClientModule.ts");
  const listed = /does not export: ([^.]+)\./.exec(error.message)?.[1]?.split(", ") ?? [];
  const expected = [...OPERATION_NAMES.filter((op) => op !== "CreateIngestionDestination").map((op) => `${op}Command`),
    ...ERROR_NAMES];
  assert.equal(listed, expected, "a string export is not a class; present classes are not listed");
});

test("a package or path that cannot be imported: a clear error with the cause", async () => {
  const byName = await rejection(loadClientModule("@example/no-such-appfabric-client"));
  assert.match(byName.message, 'Cannot load client module "@example/no-such-appfabric-client"');
  assert.ok(byName.cause);
  const byPath = await rejection(loadClientModule(fixture("doesNotExist.ts")));
  assert.match(byPath.message, "doesNotExist.ts");
});

test("a package the working directory's project has installed (a candidate under an npm alias) loads though the harness lives elsewhere", async () => {
  const project = mkdtempSync(join(tmpdir(), "harness-project-"));
  const previous = process.cwd();
  try {
    const alias = join(project, "node_modules", "appfabric-sdk-next");
    mkdirSync(alias, { recursive: true });
    writeFileSync(join(alias, "package.json"), JSON.stringify({ name: "appfabric-sdk-next", main: "index.mjs" }));
    writeFileSync(join(alias, "index.mjs"), `export * from ${JSON.stringify(pathToFileURL(fixture("customClientModule.ts")).href)};\n`);
    await rejection(loadClientModule("appfabric-sdk-next"));
    process.chdir(project);
    const loaded = await loadClientModule("appfabric-sdk-next");
    assert.is(loaded.source, "appfabric-sdk-next");
    assert.is(loaded.AppFabricClient.name, "AppFabricClient");
    assert.equal(Object.keys(loaded.commands).sort(), [...OPERATION_NAMES].sort());
  } finally {
    process.chdir(previous);
    rmSync(project, { recursive: true, force: true });
  }
});

test.run();
