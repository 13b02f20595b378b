/**
 * A finding as every surface shows it: its number and grade, what diverged, every check that saw it with what
 * it rests on, who hit it, the smallest counterexample as the client calls it is (the deciding one last, its
 * diverging member marked), expected against actual, and on the wire the deciding HTTP exchange. The console,
 * Markdown, HTML and JUnit render this one view, so they say the same thing.
 */
import type { FindingBucket } from "../events/FindingBuckets.ts";
import type { EvidenceExchange, Severity } from "../events/Finding.ts";
import { markedCounterexample, type CounterexampleLine } from "./markedCounterexample.ts";
import { plural } from "./formatNumbers.ts";
import type { RunSummary } from "./runSummary.ts";

export interface ViewCall {
  /** `2. CreateIngestionDestination → ValidationException (HTTP 400, request id …)` */
  readonly title: string;
  /** The input as indented JSON, diverging members marked (the deciding call's only). */
  readonly lines: readonly CounterexampleLine[];
  readonly deciding: boolean;
}

export interface FindingView {
  readonly number: number;
  readonly severity: Severity;
  /** `CreateIngestionDestination · ingestionDestination.ingestionArn` */
  readonly heading: string;
  readonly checks: readonly { readonly label: string; readonly message: string; readonly restsOn: string }[];
  /** `create-valid, invalid-rejected · 4 cases` */
  readonly seenBy: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly calls: readonly ViewCall[];
  /** Diverging members the deciding call did not send (members of the answer). */
  readonly inAnswer: readonly string[];
  /** `<app bundle> = arn:…`: the run's own identifiers the calls name. */
  readonly names: readonly string[];
  /** The deciding HTTP exchange as lines (`> POST …`, `< HTTP 400`), or why there is none. */
  readonly exchange: readonly string[];
  readonly hasExchange: boolean;
  readonly replay?: string;
  readonly seed?: number;
  readonly path?: string;
}

/** Subjects that are no member of a call's input or answer: an outcome, a wire property, the client, the harness. */
const NOT_A_MEMBER = /^(outcome|wire|status|client|harness)\./;

function subjectMember(subject: string): string | undefined {
  if (NOT_A_MEMBER.test(subject)) return undefined;
  return subject.startsWith("input.") ? subject.slice("input.".length) : subject;
}

function exchangeLines(x: EvidenceExchange): string[] {
  const headers = (mark: string, all: Readonly<Record<string, string>>) => Object.entries(all).map(([name, value]) => `${mark} ${name}: ${value}`);
  return [
    `> ${x.method} ${x.target}`, ...headers(">", x.requestHeaders), ...(x.requestBody ? [">", ...x.requestBody.split("\n").map((l) => `> ${l}`)] : []),
    ...(x.status === undefined ? ["< (no answer)"] : [`< HTTP ${x.status}`, ...headers("<", x.responseHeaders ?? {}),
      ...(x.responseBody ? ["<", ...x.responseBody.split("\n").map((l) => `< ${l}`)] : [])]),
    ...(x.attempts > 1 ? [`(the last of ${x.attempts} attempts)`] : []),
  ];
}

function noExchange(summary: RunSummary): string {
  const target = summary.start?.target ?? "this target";
  return summary.wire ? "no exchange was recorded for this call" : `no HTTP exchange exists on the ${target} target: its calls never cross the wire`;
}

export function findingView(bucket: FindingBucket, summary: RunSummary): FindingView {
  const shown = bucket.smallest;
  const evidence = shown.evidence;
  const member = subjectMember(bucket.subject);
  const calls = (evidence?.calls ?? []).map((call, index): ViewCall & { unplaced: readonly string[] } => {
    const deciding = index === evidence?.deciding;
    const marked = markedCounterexample(call.input, deciding && member ? [member] : []);
    const facts = [...(call.status === undefined ? [] : [`HTTP ${call.status}`]), ...(call.requestId === undefined ? [] : [`request id ${call.requestId}`])];
    return { title: `${index + 1}. ${call.operation} → ${call.result}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`, lines: marked.lines, deciding, unplaced: marked.unplaced };
  });
  const cases = bucket.cases > 0 ? ` · ${plural(bucket.cases, "case")}` : "";
  return {
    number: bucket.number,
    severity: bucket.severity,
    heading: `${bucket.operation} · ${bucket.subject}`,
    checks: bucket.checks.map((c) => ({ label: `${c.kind} ${c.check}`, message: c.message,
      restsOn: c.basis.length === 0 ? "the contract (AWS API model)" : c.basis.join(", ") })),
    seenBy: `${bucket.properties.join(", ")}${cases}`,
    ...(shown.expected === undefined ? {} : { expected: shown.expected }),
    ...(shown.actual === undefined && shown.expected !== undefined ? { actual: "absent" } : shown.actual === undefined ? {} : { actual: shown.actual }),
    calls: calls.map(({ unplaced: _, ...call }) => call),
    inAnswer: calls.find((c) => c.deciding)?.unplaced ?? [],
    names: Object.entries(evidence?.names ?? {}).map(([label, value]) => `${label} = ${value}`),
    exchange: evidence?.exchange ? exchangeLines(evidence.exchange) : [noExchange(summary)],
    hasExchange: evidence?.exchange !== undefined,
    ...(shown.replay === undefined ? {} : { replay: shown.replay }),
    ...(shown.seed === undefined ? {} : { seed: shown.seed }),
    ...(shown.path === undefined ? {} : { path: shown.path }),
  };
}
