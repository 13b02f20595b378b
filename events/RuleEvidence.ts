import type { RuleTally } from "./RuleTally.ts";

/** What one judged call showed of one rule: it held, or the call diverged on it (with that finding's fingerprint). */
export interface RuleWitness {
  readonly rule: string;
  readonly diverged?: {
    readonly fingerprint: string;
    readonly message: string;
    /** The user accepted this divergence as what the service does (`--accept-observed`). */
    readonly accepted: boolean;
  };
}

interface Tally {
  held: number;
  readonly diverged: Map<string, number>;
  readonly accepted: Map<string, number>;
  example?: string;
}

const addTo = (counts: Map<string, number>, key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);

/**
 * The fold of rule evidence: calls' witnesses as a property's tallies (what `property.end` carries), and tallies
 * added up (exploration's rounds, shards, workers, a run's properties), in any grouping to the same sums.
 */
export class RuleEvidence {
  readonly #tallies = new Map<string, Tally>();

  #tally(rule: string): Tally {
    let tally = this.#tallies.get(rule);
    if (!tally) this.#tallies.set(rule, (tally = { held: 0, diverged: new Map(), accepted: new Map() }));
    return tally;
  }

  witness(witness: RuleWitness): void {
    const tally = this.#tally(witness.rule);
    if (witness.diverged === undefined) {
      tally.held += 1;
      return;
    }
    addTo(witness.diverged.accepted ? tally.accepted : tally.diverged, witness.diverged.fingerprint, 1);
    tally.example ??= witness.diverged.message;
  }

  add(tallies: Readonly<Record<string, RuleTally>> | undefined): this {
    for (const [rule, other] of Object.entries(tallies ?? {})) {
      const tally = this.#tally(rule);
      tally.held += other.held;
      for (const [fingerprint, n] of Object.entries(other.diverged)) addTo(tally.diverged, fingerprint, n);
      for (const [fingerprint, n] of Object.entries(other.accepted ?? {})) addTo(tally.accepted, fingerprint, n);
      tally.example ??= other.example;
    }
    return this;
  }

  /** The tallies by rule id, sorted; undefined when no call exercised any rule. */
  tallies(): Record<string, RuleTally> | undefined {
    if (this.#tallies.size === 0) return undefined;
    const sorted = (counts: Map<string, number>) => Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
    return Object.fromEntries([...this.#tallies].sort(([a], [b]) => a.localeCompare(b)).map(([rule, t]) => [rule, {
      held: t.held, diverged: sorted(t.diverged), ...(t.accepted.size > 0 ? { accepted: sorted(t.accepted) } : {}), ...(t.example === undefined ? {} : { example: t.example }),
    }]));
  }
}

/** Tallies of several ends (or runs) added up. */
export function sumRuleTallies(all: readonly (Readonly<Record<string, RuleTally>> | undefined)[]): Record<string, RuleTally> | undefined {
  const evidence = new RuleEvidence();
  for (const tallies of all) evidence.add(tallies);
  return evidence.tallies();
}
