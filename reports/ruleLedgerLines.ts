import type { LedgerRow } from "./ruleLedger.ts";
import { terminalSafe } from "./terminalSafe.ts";

const day = (at: string) => at.slice(0, 10);
/** Examples hold whole ARNs; a line of the ledger shows enough of one to recognise it. */
const EXAMPLE_CHARS = 240;
const shortened = (text: string) => (text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS)}…` : text);

/** `held in 0 of 3 runs, refuted in 3`: the words the `rules` command and the HTML report both use. */
export const runsText = (row: LedgerRow): string => `held in ${row.runs.length - row.runsRefuted} of ${row.runs.length} runs, refuted in ${row.runsRefuted}`;

export const callsText = (row: LedgerRow): string =>
  `calls held ${row.calls.held}, diverged ${row.calls.diverged}${row.calls.accepted > 0 ? `, as accepted ${row.calls.accepted}` : ""}`;

/** `diverged as FINGERPRINT (4 calls)`, one per fingerprint. */
export const fingerprintsText = (row: LedgerRow): string[] =>
  Object.entries(row.fingerprints).map(([fingerprint, calls]) => `diverged as ${fingerprint} (${calls} call${calls === 1 ? "" : "s"})`);

export const seenText = (row: LedgerRow): string => {
  const first = row.runs[0], last = row.runs.at(-1);
  return `first seen ${first ? day(first.at) : "-"}, last ${last ? day(last.at) : "-"}`;
};

/** One divergence the rule was refuted by, for a rule that diverged. */
export const ledgerExample = (row: LedgerRow): string | undefined =>
  (row.example === undefined || Object.keys(row.fingerprints).length === 0 ? undefined : shortened(row.example));

/**
 * The ledger as text, one block per service: per rule its runs and calls held and refuted, first and last seen,
 * the verdict, and for a rule that diverged the fingerprints it diverged with and an example.
 */
export function ruleLedgerLines(rows: readonly LedgerRow[], confidence: (rule: string) => string | undefined, acceptLine: (rule: string) => string): string[] {
  if (rows.length === 0) return ["the ledger is empty: no run in this history recorded rule evidence (runs with a planted bug teach it nothing)"];
  const services = [...new Set(rows.map((r) => r.service))];
  return services.flatMap((service) => {
    const of = rows.filter((r) => r.service === service);
    const runs = new Set(of.flatMap((r) => r.runs.map((run) => run.runId))).size;
    return [`ledger of ${service} (${runs} run${runs === 1 ? "" : "s"})`, ...of.flatMap((row) => {
      const head = `  ${row.rule} (${confidence(row.rule) ?? "unknown"}): ${runsText(row)}; ${callsText(row)}; ${seenText(row)}`;
      const diverged = fingerprintsText(row).map((text) => `    ${text}`);
      const example = ledgerExample(row);
      const accept = row.looksWrong ? [`    to take what the service does as expected: ${acceptLine(row.rule)}`] : [];
      return [head, `    ${row.verdict}`, ...diverged, ...(example === undefined ? [] : [`    e.g. ${example}`]), ...accept].map(terminalSafe);
    })];
  });
}
