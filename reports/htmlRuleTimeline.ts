/** A rule's runs as a row of small coloured cells, oldest to newest, each with a tooltip giving its date and what it showed. */
import { escapeHtml } from "./escapeHtml.ts";
import { plural } from "./formatNumbers.ts";
import type { LedgerRow } from "./ruleLedger.ts";
import { acceptedCalls, divergedCalls } from "./ruleSummaries.ts";
import type { ServiceLedger } from "./serviceLedger.ts";

/** A year of nightly runs would be too wide a row: the latest ones are what a reader compares. */
export const TIMELINE_RUNS = 60;
const CELL = 10, GAP = 2;

/** The report's own colours (htmlStyles.ts), so the timeline follows a restyled page. */
const FILLS = { held: "var(--ok)", refuted: "var(--bad)", accepted: "var(--warn)", "not exercised": "var(--line)" } as const;

function cellOf(row: LedgerRow, run: ServiceLedger["runs"][number]): { state: keyof typeof FILLS; title: string } {
  const seen = row.runs.find((r) => r.runId === run.runId);
  if (seen === undefined) return { state: "not exercised", title: `${run.at}: not exercised` };
  const held = `held in ${plural(seen.tally.held, "call")}`;
  if (seen.state === "held") return { state: "held", title: `${run.at}: ${held}` };
  const diverged = seen.state === "refuted" ? divergedCalls(seen.tally) : acceptedCalls(seen.tally);
  return { state: seen.state, title: `${run.at}: ${seen.state}, ${plural(diverged, "call")} diverged${seen.state === "accepted" ? " as accepted" : ""}, ${held}` };
}

export function ruleTimeline(row: LedgerRow, ledger: ServiceLedger): string {
  const cells = ledger.runs.slice(-TIMELINE_RUNS).map((run) => cellOf(row, run));
  const rects = cells.map((c, i) => `<rect x="${i * (CELL + GAP)}" width="${CELL}" height="${CELL}" style="fill:${FILLS[c.state]}" data-state="${c.state}"><title>${escapeHtml(c.title)}</title></rect>`);
  const label = `${plural(cells.length, "run")}, oldest first: ${cells.map((c) => c.state).join(", ")}`;
  return `<svg class="timeline" width="${Math.max(0, cells.length * (CELL + GAP) - GAP)}" height="${CELL}" role="img" aria-label="${escapeHtml(label)}">${rects.join("")}</svg>`;
}
