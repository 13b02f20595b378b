import { MODEL_RULES } from "../model/index.ts";
import type { HistoryEntry } from "../reports/history.ts";
import { UsageError } from "./exitCodes.ts";

/**
 * The rules `--accept-observed` names, each with the fingerprints the service's ledger saw it diverge with:
 * those divergences are what the service does, so they are expected from now on; another way of diverging is
 * not accepted. A documented rule is never accepted (its divergence is a failure of the service), and a rule the
 * ledger never saw refuted has nothing to accept: both are usage errors naming the rule.
 */
export function acceptedRules(names: readonly string[], ledger: readonly HistoryEntry[], service: string): Record<string, string[]> {
  const accepted: Record<string, string[]> = {};
  for (const name of new Set(names)) {
    const rule = MODEL_RULES.find((r) => r.id === name);
    if (rule === undefined) throw new UsageError(`--accept-observed ${name}: no such rule; the rules are listed by \`appfabric-harness rules\` and in the README`);
    if (rule.confidence === "documented") {
      throw new UsageError(`--accept-observed ${name}: the rule is documented by AWS, so a divergence from it is a failure of the service; only observed and assumed rules can be accepted`);
    }
    const fingerprints = new Set(ledger.filter((e) => e.service === service)
      .flatMap((e) => [...Object.keys(e.rules?.[name]?.diverged ?? {}), ...(e.accepted?.[name] ?? [])]));
    if (fingerprints.size === 0) throw new UsageError(`--accept-observed ${name}: the ledger of ${service} never saw it refuted, so there is nothing to accept (see \`appfabric-harness rules\`)`);
    accepted[name] = [...fingerprints].sort();
  }
  return accepted;
}
