/** How each run verdict is named in the report files. */
import type { RunVerdict } from "./runSummary.ts";

const TEXT: Readonly<Record<RunVerdict, { readonly icon: string; readonly word: string }>> = {
  passed: { icon: "✅", word: "passed" },
  failed: { icon: "❌", word: "failed" },
  interrupted: { icon: "⏹️", word: "interrupted" },
  incomplete: { icon: "⚠️", word: "incomplete" },
  "infrastructure-error": { icon: "💥", word: "infrastructure error" },
  "usage-error": { icon: "⛔", word: "usage error" },
};

export function verdictText(verdict: RunVerdict): { readonly icon: string; readonly word: string } {
  return TEXT[verdict];
}
