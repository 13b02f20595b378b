import { ModelFileError } from "./ModelFileError.ts";

/** Shapes are expanded along each operation; AppFabric's nest a few levels, so a deep one is a recursive shape. */
const MAX_DEPTH = 32;

export function guardDepth(depth: number, where: string): void {
  if (depth > MAX_DEPTH) throw new ModelFileError(`${where} nests deeper than ${MAX_DEPTH} levels (a recursive shape cannot be compared)`);
}
