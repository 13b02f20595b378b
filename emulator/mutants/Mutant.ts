import type { Handle, Render } from "../types.ts";

/** The bug classes the self-test plants, one per family of check that must catch it. */
export type MutantClass = "input-validation" | "semantics" | "responses" | "errors" | "wire";

/**
 * A planted service bug: it wraps the model's handling (every target) or the emulator's response writing
 * (wire targets only), so the target answers wrongly in one specific way.
 */
export interface Mutant {
  readonly name: string;
  readonly class: MutantClass;
  readonly description: string;
  readonly handle?: (handle: Handle) => Handle;
  readonly render?: (render: Render) => Render;
}
