/**
 * A TypeScript client module loads where Node cannot load TypeScript itself (an installed package runs without
 * tsx's loader): through tsx's scoped import, or with a one-line instruction when tsx is absent. The test runner
 * has tsx registered, so Node without it is stood in for by a native import that refuses `.ts` as Node 20 does.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { OPERATION_NAMES } from "../../contracts/operationCatalogue.ts";
import { ClientModuleError, findTsImport, loadClientModule, NODE_IMPORTERS } from "../../client/loadClientModule.ts";
import type { ModuleImporters } from "../../client/importModuleFile.ts";

const CLIENT_INDEX = pathToFileURL(new URL("../../client/index.ts", import.meta.url).pathname).href;

/** Node's import as it behaves without a TypeScript loader. */
const nodeWithoutTsx: ModuleImporters["native"] = async (url) => {
  if (/\.[mc]?ts$/.test(url)) throw Object.assign(new TypeError(`Unknown file extension ".ts" for ${url}`), { code: "ERR_UNKNOWN_FILE_EXTENSION" });
  return import(url);
};

function withTypeScriptModule(run: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "harness-ts-client-"));
  const path = join(dir, "appfabric.ts");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  // A type annotation and an interface, so only a TypeScript loader can run it.
  writeFileSync(path, `export * from ${JSON.stringify(CLIENT_INDEX)};\nexport interface Marker { readonly n: number }\nexport const marker: Marker = { n: 1 };\n`);
  return run(path).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test("a .ts client module that Node refuses loads through tsx, its classes checked", async () => {
  await withTypeScriptModule(async (path) => {
    const loaded = await loadClientModule(path, { native: nodeWithoutTsx, typeScript: NODE_IMPORTERS.typeScript });
    assert.is(loaded.source, path);
    assert.is(loaded.AppFabricClient.name, "AppFabricClient");
    assert.equal(Object.keys(loaded.commands).sort(), [...OPERATION_NAMES].sort());
  });
});

test("without tsx: a usage error that says in one line what to install", async () => {
  await withTypeScriptModule(async (path) => {
    const error = await loadClientModule(path, { native: nodeWithoutTsx, typeScript: async () => undefined }).then(() => undefined, (e: unknown) => e);
    assert.instance(error, ClientModuleError);
    assert.is((error as Error).message, `Client module "${path}" needs tsx to load TypeScript: npm install --save-dev tsx`);
  });
});

test("findTsImport: tsx's import in a clone, undefined when the package cannot be found", async () => {
  assert.type(await findTsImport(), "function");
  assert.is(await findTsImport("tsx-not-installed-here/esm/api"), undefined);
});

test.run();
