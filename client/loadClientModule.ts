/**
 * Chooses the AppFabric client the harness drives: @aws-sdk/client-appfabric when it is installed
 * (optional peer dependency), the built-in client otherwise, or a module the user names (a package, or a
 * path to a module file or directory) so a new SDK version or the user's own wrapper can be gated.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ERROR_NAMES, type ErrorName } from "../contracts/errorCatalogue.ts";
import { OPERATION_NAMES, type OperationName } from "../contracts/operationCatalogue.ts";
import { importModuleFile, TsxMissing, type ImportUrl, type ModuleImporters } from "./importModuleFile.ts";
import * as builtIn from "./index.ts";

export const OFFICIAL_CLIENT = "@aws-sdk/client-appfabric";
export const BUILT_IN_SOURCE = "built-in";

/** A client module that cannot be loaded, or does not export what the harness drives: a mistake in how it was named. */
export class ClientModuleError extends Error {
  override readonly name = "ClientModuleError";
}

/** What the harness needs of a command: constructed from an input, sent by the client. */
export interface CommandLike {
  readonly input: object;
}
export type CommandCtor = new (input: object) => CommandLike;

export interface ClientLike {
  send(command: CommandLike): Promise<unknown>;
  destroy(): void;
}
export type ClientCtor = new (config?: builtIn.AppFabricClientConfig) => ClientLike;

/** A modeled exception class, constructed as mocks do: members, message and $metadata in one object. */
export type ExceptionCtor = new (options: { message?: string; $metadata: object } & Record<string, unknown>) => Error;

export interface AppFabricClientModule {
  AppFabricClient: ClientCtor;
  commands: Record<OperationName, CommandCtor>;
  /** The seven modeled exception classes, so a mocked client can throw what the real one would. */
  exceptions: Record<ErrorName, ExceptionCtor>;
  isOfficial: boolean;
  /** The specifier it was loaded from, or "built-in". */
  source: string;
  /** The file it resolved to (absent for the built-in client). */
  resolved?: string;
  /** The version of the package it belongs to, when it has a package.json above it. */
  version?: string;
}

/**
 * The client named by `specifier` ("built-in" names the harness's own), or without one the official client
 * when installed, else the built-in one.
 */
export async function loadClientModule(specifier?: string, importers: ModuleImporters = NODE_IMPORTERS): Promise<AppFabricClientModule> {
  if (specifier === BUILT_IN_SOURCE) return { ...fromExports(builtIn, BUILT_IN_SOURCE), isOfficial: false, source: BUILT_IN_SOURCE };
  if (specifier !== undefined) {
    const exports = await importModule(specifier, importers);
    return { ...fromExports(exports, specifier), isOfficial: specifier === OFFICIAL_CLIENT, source: specifier, ...whereFrom(specifier) };
  }
  const official = await importOptional(OFFICIAL_CLIENT);
  if (official !== undefined) return { ...fromExports(official, OFFICIAL_CLIENT), isOfficial: true, source: OFFICIAL_CLIENT, ...whereFrom(OFFICIAL_CLIENT) };
  return { ...fromExports(builtIn, BUILT_IN_SOURCE), isOfficial: false, source: BUILT_IN_SOURCE };
}

/**
 * Where a loaded module lives and the version of its package: a nightly failure after an SDK upgrade is told
 * from a service change by it. The nearest package.json above the file with a version gives it.
 */
function whereFrom(specifier: string): Pick<AppFabricClientModule, "resolved" | "version"> {
  let file: string;
  try {
    const url = toImportable(specifier);
    file = fileURLToPath(url.startsWith("file:") ? url : import.meta.resolve(url));
  } catch {
    return {};
  }
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const version = (JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown }).version;
      if (typeof version === "string") return { resolved: file, version };
    }
    if (dirname(dir) === dir) return { resolved: file };
  }
}

function commandExportName(operation: OperationName): string {
  return `${operation}Command`;
}

type ModuleClasses = Pick<AppFabricClientModule, "AppFabricClient" | "commands" | "exceptions">;

/** Checks that the module exports the client, a command per operation and the seven exceptions. */
function fromExports(exports: object, source: string): ModuleClasses {
  const found = new Map(Object.entries(exports));
  const isClass = (name: string) => typeof found.get(name) === "function";
  const required = ["AppFabricClient", ...OPERATION_NAMES.map(commandExportName), ...ERROR_NAMES];
  const missing = required.filter((name) => !isClass(name));
  if (missing.length > 0) {
    throw new ClientModuleError(`Client module "${source}" does not export: ${missing.join(", ")}. ` +
      "Expected AppFabricClient, one XxxCommand class per operation and the seven exception classes.");
  }
  const commands = Object.fromEntries(OPERATION_NAMES.map((op) => [op, found.get(commandExportName(op))]));
  const exceptions = Object.fromEntries(ERROR_NAMES.map((name) => [name, found.get(name)]));
  // The checks above make these casts sound as far as a module's shape can be checked without calling it.
  return {
    AppFabricClient: found.get("AppFabricClient") as ClientCtor,
    commands: commands as Record<OperationName, CommandCtor>,
    exceptions: exceptions as Record<ErrorName, ExceptionCtor>,
  };
}

export const TSX_API = "tsx/esm/api";

/**
 * tsx's scoped import as the harness resolves it (a clone's dev dependency, or the tsx of the project the package
 * is installed in); undefined when there is none. Not from the working directory as client packages are: that
 * resolution gives tsx's CommonJS build, whose loader fails to start under another tsx.
 */
export async function findTsImport(api = TSX_API): Promise<ImportUrl | undefined> {
  let loaded: object;
  try {
    loaded = await import(api) as object;
  } catch (error) {
    if (isNotFound(error, api)) return undefined;
    throw error;
  }
  const tsImport = "tsImport" in loaded ? loaded.tsImport : undefined;
  if (typeof tsImport !== "function") return undefined;
  return (url) => (tsImport as (specifier: string, parentUrl: string) => Promise<unknown>)(url, import.meta.url);
}

export const NODE_IMPORTERS: ModuleImporters = { native: (url) => import(url), typeScript: () => findTsImport() };

async function importModule(specifier: string, importers: ModuleImporters): Promise<object> {
  try {
    const loaded = await importModuleFile(toImportable(specifier), importers);
    if (typeof loaded !== "object" || loaded === null) throw new Error("the module has no exports object");
    return loaded;
  } catch (cause) {
    if (cause instanceof TsxMissing) throw new ClientModuleError(`Client module "${specifier}" ${cause.message}`, { cause });
    throw new ClientModuleError(`Cannot load client module "${specifier}": ${String(cause)}`, { cause });
  }
}

/** Undefined only when the package is not installed; a package that is installed but broken still throws. */
async function importOptional(specifier: string): Promise<object | undefined> {
  try {
    const loaded: unknown = await import(toImportable(specifier));
    return typeof loaded === "object" && loaded !== null ? loaded : undefined;
  } catch (error) {
    if (isNotFound(error, specifier)) return undefined;
    throw new Error(`"${specifier}" is installed but cannot be loaded: ${String(error)}`, { cause: error });
  }
}

function isNotFound(error: unknown, specifier: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = "code" in error ? error.code : undefined;
  const notFound = code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
  // ESM names the package, not the subpath ("Cannot find package 'tsx'" for tsx/esm/api); quoted, so a
  // dependency missing under an installed package's own path is no absence of that package.
  const packageName = specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
  return notFound && (error.message.includes(`'${specifier}'`) || error.message.includes(`'${packageName}'`));
}

/**
 * A package as the project in the working directory has it installed, when it does. The harness may live
 * elsewhere (a GitHub Action's checkout, a global install), where a bare import would not see the project's
 * packages, such as a candidate SDK installed under an npm alias.
 */
function fromWorkingDirectory(specifier: string): string | undefined {
  try {
    return pathToFileURL(createRequire(join(process.cwd(), "package.json")).resolve(specifier)).href;
  } catch {
    // Not installed there, or exported for `import` only: the harness's own resolution decides.
    return undefined;
  }
}

/** Package names resolve from the working directory first, then the harness; paths become file URLs, and a directory its entry file. */
function toImportable(specifier: string): string {
  // A name that exists on disk is a path even without ./ (test/fixtures/x.ts); anything else is a package.
  const isPath = specifier.startsWith(".") || specifier.startsWith("/") || /^[A-Za-z]:[\\/]/.test(specifier) || existsSync(specifier);
  if (!isPath) return fromWorkingDirectory(specifier) ?? specifier;
  const path = resolve(specifier);
  return pathToFileURL(statSync(path).isDirectory() ? directoryEntry(path) : path).href;
}

function directoryEntry(dir: string): string {
  const manifest = join(dir, "package.json");
  if (existsSync(manifest)) {
    const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
    const main = typeof parsed === "object" && parsed !== null && "main" in parsed ? parsed.main : undefined;
    if (typeof main === "string") return join(dir, main);
  }
  const index = ["index.ts", "index.js", "index.mjs"].map((name) => join(dir, name)).find((file) => existsSync(file));
  if (index === undefined) throw new Error(`no package.json "main" or index.{ts,js,mjs} in ${dir}`);
  return index;
}
