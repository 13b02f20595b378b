import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { CallRunner, Sent } from "./CallRunner.ts";
import type { Finding } from "./finding.ts";

/** A call made concurrently with others: what was asked, and what came back. */
export interface ConcurrentCall {
  readonly operation: OperationName;
  readonly input: Readonly<Record<string, unknown>>;
  readonly sent: Sent;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * Concurrent calls are correct when some order of them, run one after another through the oracle, explains
 * every answer (linearizability). The oracle keeps the state of the first order that does; when none does,
 * the findings of the order with the fewest failures are reported, each saying so.
 */
export function linearize(runner: CallRunner, calls: readonly ConcurrentCall[]): Finding[] {
  const start = runner.oracle.state;
  // Orders compare by failures, then observations: an order that explains everything leaves nothing to report.
  const cost = (findings: readonly Finding[]) => findings.reduce((sum, f) => sum + (f.severity === "failure" ? 1000 : 1), 0);
  let best: { findings: Finding[]; cost: number; state: typeof start } | undefined;
  for (const order of permutations(calls)) {
    runner.oracle.reset(start);
    const findings = order.flatMap((call) => runner.evaluate(call.operation, call.input, call.sent));
    if (findings.length === 0) return findings;
    if (!best || cost(findings) < best.cost) best = { findings, cost: cost(findings), state: runner.oracle.state };
  }
  runner.oracle.reset(best?.state ?? start);
  const names = calls.map((c) => c.operation).join(" || ");
  return (best?.findings ?? []).map((f) => (f.severity === "failure"
    ? { ...f, check: `concurrent-${f.check}`, message: `${f.message} (no order of the concurrent calls ${names} explains every answer)` }
    : f));
}
