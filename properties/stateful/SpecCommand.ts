import type fc from "fast-check";
import type { CommandSpec } from "./commandSpec.ts";
import { runCommandSpec } from "./runCommandSpec.ts";
import type { StatefulWorld } from "./StatefulWorld.ts";

/**
 * fast-check's model-based runs keep a model beside the real system; the oracle plays that part here, so this
 * one only tells whether the sequence has already failed (later commands then do not run, and the shrunk
 * counterexample ends with the command that failed).
 */
export interface SequenceModel {
  readonly failed: () => boolean;
}

/** A command spec as a fast-check command: it runs, and is checked, through the world. */
export class SpecCommand implements fc.AsyncCommand<SequenceModel, StatefulWorld> {
  constructor(readonly spec: CommandSpec) {}

  check(model: Readonly<SequenceModel>): boolean {
    return !model.failed();
  }

  run(_model: SequenceModel, world: StatefulWorld): Promise<void> {
    world.ran.push(this.spec);
    return runCommandSpec(world, this.spec);
  }

  toString(): string {
    return JSON.stringify(this.spec);
  }

  toJSON(): CommandSpec {
    return this.spec;
  }
}
