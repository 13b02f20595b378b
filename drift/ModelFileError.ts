/** A model file that cannot be read, or read as a model: the drift command's exit 2, with this one line. */
export class ModelFileError extends Error {
  override readonly name = "ModelFileError";
}
