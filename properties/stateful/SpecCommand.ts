import type fc from "fast-check";
import type { CommandSpec } from "./commandSpec.ts";
import { runCommandSpec } from "./runCommandSpec.ts";
import type { StatefulWorld } from "./StatefulWorld.ts";

/** fast-check's model-based runs keep a model beside the real system; here the oracle plays that part. */
export type NoModel = Record<string, never>;

/** A command spec as a fast-check command: always applicable; it runs and is checked through the world. */
export class SpecCommand implements fc.AsyncCommand<NoModel, StatefulWorld> {
  constructor(readonly spec: CommandSpec) {}

  check(): boolean {
    return true;
  }

  run(_model: NoModel, world: StatefulWorld): Promise<void> {
    return runCommandSpec(world, this.spec);
  }

  toString(): string {
    return JSON.stringify(this.spec);
  }

  toJSON(): CommandSpec {
    return this.spec;
  }
}
