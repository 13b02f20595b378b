import type { Router } from "../router.ts";
import type { Handle, HandleFactory, Render } from "../types.ts";
import type { CatchRule } from "./CatchRule.ts";

/** The bug classes the self-test plants, one per family of check that must catch it. */
export type MutantClass = "input-validation" | "semantics" | "responses" | "errors" | "wire";

/**
 * A planted service bug: it wraps the model's handling or replaces it (every target), or wraps the emulator's
 * response writing or routing (wire targets only), so the target answers wrongly in one specific way.
 */
export interface Mutant {
  readonly name: string;
  readonly class: MutantClass;
  readonly description: string;
  /**
   * The findings that count as catching it: the checks that detect what it breaks, whichever fires first. A
   * failure outside these is collateral, shown but not credited.
   */
  readonly caughtBy: readonly CatchRule[];
  /** A bug in how the state changes: the service built over the model's env, in place of the reference model. */
  readonly handling?: HandleFactory;
  readonly handle?: (handle: Handle) => Handle;
  readonly render?: (render: Render) => Render;
  /** A bug in the emulator's routing and binding, outside the model (wire targets only). */
  readonly route?: (route: Router) => Router;
}
