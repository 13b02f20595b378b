import { readRegularFile } from "../files/readRegularFile.ts";
import { factsOfModel, type ModelFacts } from "./factsOfModel.ts";
import { ModelFileError } from "./ModelFileError.ts";

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A model file's facts; every way it can fail is a ModelFileError naming the file. */
export function readModelFile(path: string): ModelFacts {
  let text: string;
  try {
    text = readRegularFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ModelFileError(`cannot read ${path}: ${code === "ENOENT" ? "no such file" : reason(error)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ModelFileError(`${path} is not JSON: ${reason(error)}`);
  }
  try {
    return factsOfModel(doc);
  } catch (error) {
    if (error instanceof ModelFileError) throw new ModelFileError(`${path}: ${error.message}`);
    throw error;
  }
}
