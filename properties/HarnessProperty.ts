import fc from "fast-check";
import { checkProperty, type PropertyParams } from "./checkProperty.ts";
import type { CaseFailure } from "./finding.ts";
import type { PropertyContext } from "./PropertyContext.ts";

/**
 * What a property is, as data the suite reads instead of its name: `planned` runs the same deterministic
 * episodes every round and fits itself to the whole budget before anything else; `random` draws its cases
 * from the seed and spends an equal share of what the plan leaves.
 */
export type PropertyKind = "planned" | "random";

/** A named property that runs against any target through its context. */
export interface HarnessProperty {
  readonly name: string;
  readonly kind: PropertyKind;
  readonly description: string;
  check(ctx: PropertyContext, params: PropertyParams): Promise<fc.RunDetails<unknown>>;
  /**
   * The smallest failing case as JSON data for reports and the corpus: from fast-check's counterexample (its
   * argument tuple), or from the failure itself when the property recorded it there (the commands that ran).
   */
  serialize(counterexample: unknown, failure: CaseFailure | undefined): unknown;
  /** Runs one saved counterexample again: resolves when it holds, throws CaseFailure when it still fails. */
  replay(ctx: PropertyContext, saved: unknown): Promise<void>;
}

/** How a property's values become JSON for the corpus and come back; plain JSON values need none. */
export interface ValueCodec<T> {
  serialize(value: T): unknown;
  deserialize(saved: unknown): T;
}

/** Builds a random HarnessProperty from an arbitrary and an async predicate over its values. */
export function harnessProperty<T>(
  name: string,
  description: string,
  arbitrary: (ctx: PropertyContext) => fc.Arbitrary<T>,
  predicate: (ctx: PropertyContext, value: T) => Promise<void>,
  codec: ValueCodec<T> = { serialize: (value) => value, deserialize: (saved) => saved as T },
): HarnessProperty {
  return {
    name,
    kind: "random",
    description,
    check: (ctx, params) => {
      const property = fc.asyncProperty(arbitrary(ctx), (value) => predicate(ctx, value));
      return checkProperty(property, params) as Promise<fc.RunDetails<unknown>>;
    },
    serialize: (counterexample) => codec.serialize((counterexample as [T])[0]),
    replay: (ctx, saved) => predicate(ctx, codec.deserialize(saved)),
  };
}
