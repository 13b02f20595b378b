/**
 * A path given to replay one case that fast-check cannot walk, or that leads to no case with that seed: the
 * caller's mistake (a mistyped or foreign path), never a finding and never a pass.
 */
export class UnreplayablePath extends Error {
  override readonly name = "UnreplayablePath";

  constructor(readonly path: string, reason: string) {
    super(`${path} cannot be replayed: ${reason}`);
  }
}
