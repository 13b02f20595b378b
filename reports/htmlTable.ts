/** A plain HTML table; cells are already-escaped HTML so callers can put chips or links in them. */
import { escapeHtml } from "./escapeHtml.ts";

export interface TableColumn {
  readonly title: string;
  readonly numeric?: boolean;
}

export function htmlTable(id: string, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ""}>${escapeHtml(c.title)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${columns[i]?.numeric ? ' class="num"' : ""}>${cell}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table id="${escapeHtml(id)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A small labelled badge, e.g. an error name with how often it was observed. */
export function chip(text: string, kind: "ok" | "bad" | "warn" | "muted", count?: number): string {
  const suffix = count === undefined ? "" : ` <b>${count}</b>`;
  return `<span class="chip ${kind}">${escapeHtml(text)}${suffix}</span>`;
}
