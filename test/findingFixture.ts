import type { FindingEvent } from "../events/runEvent.ts";
import type { Evidence, FindingKind, Severity } from "../events/Finding.ts";
import { gradeDivergence } from "../properties/gradeDivergence.ts";
import type { Divergence } from "../properties/judging/Divergence.ts";

/** A finding event as a test writes one: one check, the rest derived. */
export function findingFixture(f: {
  readonly property: string; readonly kind: FindingKind; readonly severity: Severity; readonly operation: string; readonly check: string;
  readonly message: string; readonly at?: string; readonly subject?: string; readonly fingerprint?: string; readonly evidence?: Evidence;
  readonly position?: number; readonly replay?: string; readonly seed?: number; readonly path?: string; readonly basis?: readonly string[];
}): FindingEvent {
  const subject = f.subject ?? f.check;
  const { kind, check, message, subject: _s, fingerprint, basis, ...rest } = f;
  return { type: "finding", at: f.at ?? "2025-01-02T03:00:00.000Z", ...rest, subject, fingerprint: fingerprint ?? `${f.operation}|${subject}`,
    checks: [{ kind, check, message, basis: basis ?? [], severity: f.severity }] };
}

/** The names of the checks that saw a finding (none for no finding). */
export function checkNames(event: Pick<FindingEvent, "checks"> | undefined): string[] {
  return event?.checks.map((c) => c.check) ?? [];
}

/** The kinds of the checks that saw a finding. */
export function kindsOf(event: Pick<FindingEvent, "checks"> | undefined): string[] {
  return event?.checks.map((c) => c.kind) ?? [];
}

/** The finding's messages, one line each. */
export function messagesOf(event: Pick<FindingEvent, "checks"> | undefined): string {
  return event?.checks.map((c) => c.message).join("\n") ?? "";
}

/** Divergences as the findings store grades them: each with its severity. */
export function graded<T extends Divergence>(divergences: readonly T[], strict = false): (T & { severity: Severity })[] {
  return divergences.map((d) => ({ ...d, severity: gradeDivergence(d, strict) }));
}

/** Every model rule a finding's checks rest on. */
export function basisOf(event: Pick<FindingEvent, "checks"> | undefined): string[] {
  return event?.checks.flatMap((c) => c.basis) ?? [];
}
