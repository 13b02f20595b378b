import type { FoundDifference, GateResult } from "./runGate.ts";

function show(value: unknown, limit = 200): string {
  const text = JSON.stringify(value);
  if (text === undefined) return "absent";
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

function describeOne(found: FoundDifference, index: number): string[] {
  const { difference: d, shownBy } = found;
  const where = shownBy.seed === undefined ? shownBy.source : `${shownBy.source} (seed ${shownBy.seed}, path ${shownBy.path})`;
  return [
    `${index + 1}. ${d.operation}: the ${d.aspect === "request" ? "request on the wire" : "outcome of send()"} differs at ${d.path}`,
    `   baseline:  ${show(d.baseline)}`,
    `   candidate: ${show(d.candidate)}`,
    `   input:     ${show(d.input, 400)}`,
    `   shown by ${where}: ${show(shownBy.counterexample, 600)}`,
    ...(shownBy.replay ? [`   replay: ${shownBy.replay}`] : []),
  ];
}

/** The gate's verdict as console lines: every difference with where it is, both values, and its case. */
export function describeGateResult(result: GateResult): string[] {
  const head = `gate: ${result.calls} calls through both clients (baseline ${result.baseline}, candidate ${result.candidate}, seed ${result.seed})`;
  if (result.differences.length === 0) return [head, "no behavioural difference"];
  const count = result.differences.length;
  return [head, `${count} behavioural difference${count === 1 ? "" : "s"}:`, ...result.differences.flatMap(describeOne)];
}
