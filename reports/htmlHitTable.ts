/**
 * A coverage table that reads at a glance: the rows not hit always in the open, the rows hit folded under a
 * line that counts them (in a passing run they are thousands of pixels of "hit" and nothing else).
 */
import { escapeHtml } from "./escapeHtml.ts";
import { htmlTable, type TableColumn } from "./htmlTable.ts";

type Rows = readonly (readonly string[])[];

export interface HitTable {
  /** The id of the hit rows' table; the rows not hit are in `${id}-missed`. */
  readonly id: string;
  readonly columns: readonly TableColumn[];
  readonly missed: Rows;
  readonly hit: Rows;
  /** What the hit rows are, after their count: "classes hit" makes "3 of 5 classes hit". */
  readonly counted: string;
}

export function hitTable(table: HitTable): string {
  const missed = table.missed.length === 0 ? "" : htmlTable(`${table.id}-missed`, table.columns, table.missed);
  const count = escapeHtml(`${table.hit.length} of ${table.hit.length + table.missed.length} ${table.counted}`);
  const hit = table.hit.length === 0 ? `<p>${count}</p>`
    : `<details class="hit"><summary>${count}</summary>${htmlTable(table.id, table.columns, table.hit)}</details>`;
  return missed + hit;
}
