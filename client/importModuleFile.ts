/**
 * Imports a client module file, TypeScript included: Node 20 refuses a `.ts` file (ERR_UNKNOWN_FILE_EXTENSION)
 * unless a loader is registered, which a clone's bin does and an installed package's does not. tsx's scoped
 * import (`tsImport`) loads it then, without registering a loader for the rest of the process.
 */
export type ImportUrl = (url: string) => Promise<unknown>;

export interface ModuleImporters {
  /** Node's own import. */
  readonly native: ImportUrl;
  /** tsx's import, or undefined when tsx cannot be found. */
  readonly typeScript: () => Promise<ImportUrl | undefined>;
}

/** TypeScript Node could not load, and tsx is not installed to load it. */
export class TsxMissing extends Error {
  override readonly name = "TsxMissing";
}

export async function importModuleFile(url: string, importers: ModuleImporters): Promise<unknown> {
  try {
    return await importers.native(url);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ERR_UNKNOWN_FILE_EXTENSION")) throw error;
    const tsImport = await importers.typeScript();
    if (tsImport === undefined) throw new TsxMissing("needs tsx to load TypeScript: npm install --save-dev tsx", { cause: error });
    return await tsImport(url);
  }
}
