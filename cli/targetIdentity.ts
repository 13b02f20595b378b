import type { ClientIdentity } from "../events/runEvent.ts";

/**
 * What a finding was found on: the kind of target, where it answers, the planted bug (if any) and the client
 * that drove it. A counterexample that holds on another identity says nothing of the one it was found on.
 */
export interface TargetIdentity {
  readonly kind: string;
  /** The live endpoint (without userinfo), or absent for the harness's own targets. */
  readonly endpoint?: string;
  readonly mutant?: string;
  readonly client?: ClientIdentity;
}

/** One line for a digest or a message: every member that tells identities apart. */
export function identityKey(identity: TargetIdentity): string {
  return [identity.kind, identity.endpoint ?? "", identity.mutant ?? "", identity.client?.source ?? "", identity.client?.version ?? ""].join("|");
}

export function sameTarget(a: TargetIdentity, b: TargetIdentity): boolean {
  return identityKey(a) === identityKey(b);
}

/** How a report names it: `emulator with mutant x, client built-in`. */
export function describeIdentity(identity: TargetIdentity): string {
  return [identity.kind, ...(identity.endpoint ? [`at ${identity.endpoint}`] : []), ...(identity.mutant ? [`with mutant ${identity.mutant}`] : []),
    ...(identity.client ? [`client ${identity.client.source}${identity.client.version ? ` ${identity.client.version}` : ""}`] : [])].join(" ");
}
