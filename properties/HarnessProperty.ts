import fc from "fast-check";
import { checkProperty, type PropertyParams } from "./checkProperty.ts";
import type { PropertyContext } from "./PropertyContext.ts";

/** A named property that runs against any target through its context. */
export interface HarnessProperty {
  readonly name: string;
  readonly description: string;
  check(ctx: PropertyContext, params: PropertyParams): Promise<fc.RunDetails<unknown>>;
  /** The counterexample fast-check reported (its argument tuple), as JSON data for reports and the corpus. */
  serialize(counterexample: unknown): unknown;
  /** Runs one saved counterexample again: resolves when it holds, throws CaseFailure when it still fails. */
  replay(ctx: PropertyContext, saved: unknown): Promise<void>;
}

/** How a property's values become JSON for the corpus and come back; plain JSON values need none. */
export interface ValueCodec<T> {
  serialize(value: T): unknown;
  deserialize(saved: unknown): T;
}

/** Builds a HarnessProperty from an arbitrary and an async predicate over its values. */
export function harnessProperty<T>(
  name: string,
  description: string,
  arbitrary: (ctx: PropertyContext) => fc.Arbitrary<T>,
  predicate: (ctx: PropertyContext, value: T) => Promise<void>,
  codec: ValueCodec<T> = { serialize: (value) => value, deserialize: (saved) => saved as T },
): HarnessProperty {
  return {
    name,
    description,
    check: (ctx, params) => {
      const property = fc.asyncProperty(arbitrary(ctx), (value) => predicate(ctx, value));
      return checkProperty(property, params) as Promise<fc.RunDetails<unknown>>;
    },
    serialize: (counterexample) => codec.serialize((counterexample as [T])[0]),
    replay: (ctx, saved) => predicate(ctx, codec.deserialize(saved)),
  };
}
