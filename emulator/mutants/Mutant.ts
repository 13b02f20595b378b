import type { ModelInput, ModelOutcome } from "../../model/index.ts";

/** How the emulator and the in-process targets answer one operation: the model's step, possibly wrapped. */
export type Handler = (operation: string, input: ModelInput) => ModelOutcome;

/** The bug classes the self-test plants, one per family of check that must catch it. */
export type MutantClass = "input-validation" | "semantics" | "responses" | "errors" | "wire";

/** A planted service bug: wraps the model's handling so the target answers wrongly in one specific way. */
export interface Mutant {
  readonly name: string;
  readonly class: MutantClass;
  readonly description: string;
  readonly wrap: (handle: Handler) => Handler;
}
