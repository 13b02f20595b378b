import type { Evidence, EvidenceExchange } from "../events/Finding.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Finding } from "./finding.ts";
import type { Parents } from "./Parents.ts";
import { reportedOutput } from "./reportedOutput.ts";

/** Bodies longer than this are shortened in evidence, with a marker saying how much was left out. */
const MAX_BODY_CHARS = 4096;

interface LoggedCall {
  readonly operation: string;
  readonly sent: Readonly<Record<string, unknown>>;
  readonly outcome: Outcome;
}

export function shortened(body: string): string {
  return body.length <= MAX_BODY_CHARS ? body : `${body.slice(0, MAX_BODY_CHARS)}… [shortened: ${body.length - MAX_BODY_CHARS} more characters]`;
}

function exchangeOf(outcome: Outcome): EvidenceExchange | undefined {
  const exchange = outcome.trace.exchanges.at(-1);
  if (exchange === undefined) return undefined;
  const { request, response } = exchange;
  const query = Object.entries(request.query).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`));
  return {
    method: request.method, target: `${request.path}${query.length > 0 ? `?${query.join("&")}` : ""}`, requestHeaders: request.headers,
    requestBody: shortened(request.body), attempts: outcome.trace.attempts,
    ...(response === undefined ? {} : {
      status: response.status, responseHeaders: response.headers, responseBody: shortened(response.body),
      ...(response.headers["x-amzn-requestid"] === undefined ? {} : { requestId: response.headers["x-amzn-requestid"] }),
    }),
  };
}

const RESOURCES = [["appBundle", "app bundle"], ["ingestion", "ingestion"], ["ingestionDestination", "destination"]] as const;

/**
 * The calls of one case, as its evidence will show them, and what the case found: its failures until it ends,
 * and the observations it met. Cases nest (a stateful sequence sets up its own ingestion around the case
 * proper): the outermost one opens and closes the log.
 */
export class CaseLog {
  #calls: LoggedCall[] = [];
  #depth = 0;
  #parents: Parents | undefined;
  #failures: Finding[] = [];
  #observed = new Set<string>();

  /** Starts a case under these parents (none yet when the case makes them), unless one is open already. */
  open(parents: Parents | undefined): void {
    if (this.#depth++ > 0) return;
    this.#calls = [];
    this.#parents = parents;
  }

  /** Ends the case the matching `open` began; when that was the outermost, the fingerprints of the observations it met. */
  close(): ReadonlySet<string> | undefined {
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth > 0) return undefined;
    const observed = this.#observed;
    this.#observed = new Set();
    return observed;
  }

  /** Keeps a call's findings: failures until the case ends; the observations come back, to be reported now. */
  keep(findings: readonly Finding[]): Finding[] {
    this.#failures.push(...findings.filter((f) => f.severity === "failure"));
    const observations = findings.filter((f) => f.severity === "observation");
    for (const f of observations) this.#observed.add(f.fingerprint);
    return observations;
  }

  get failures(): readonly Finding[] {
    return this.#failures;
  }

  /** The case's failures so far, leaving none. */
  takeFailures(): Finding[] {
    const out = this.#failures;
    this.#failures = [];
    return out;
  }

  record(operation: string, sent: Readonly<Record<string, unknown>>, outcome: Outcome): void {
    this.#calls.push({ operation, sent, outcome });
  }

  /** The run's own identifiers and what the case created, each named, longest value first so an ARN is named before the id in it. */
  #names(): [string, string][] {
    const names = new Map<string, string>();
    const name = (value: unknown, label: string) => { if (typeof value === "string" && !names.has(value)) names.set(value, label); };
    if (this.#parents) {
      name(this.#parents.appBundle.arn, "<app bundle>");
      name(this.#parents.appBundle.id, "<app bundle id>");
      name(this.#parents.ingestion.arn, "<ingestion>");
      name(this.#parents.ingestion.id, "<ingestion id>");
    }
    const counts = new Map<string, number>();
    for (const call of this.#calls) {
      if (!call.operation.startsWith("Create")) continue;
      for (const [member, label] of RESOURCES) {
        const created = reportedOutput(call.outcome)?.[member] as { arn?: unknown } | undefined;
        if (typeof created?.arn !== "string" || names.has(created.arn)) continue;
        const n = (counts.get(label) ?? 0) + 1;
        counts.set(label, n);
        name(created.arn, `<${label} ${n}>`);
        name(created.arn.split("/").at(-1), `<${label} ${n} id>`);
      }
    }
    return [...names].sort((a, b) => b[0].length - a[0].length);
  }

  /** The case so far as evidence: every call, the last one deciding, with its exchange on the wire when there was one. */
  evidence(): Evidence {
    const names = this.#names();
    const named = (text: string) => names.reduce((out, [value, label]) => out.replaceAll(value, label), text);
    const calls = this.#calls.map(({ operation, sent, outcome }) => {
      const response = outcome.trace.exchanges.at(-1)?.response;
      const requestId = response?.headers["x-amzn-requestid"];
      const status = outcome.ok ? response?.status : outcome.error.status;
      return { operation, input: named(JSON.stringify(sent) ?? "{}"), result: outcome.ok ? "ok" : outcome.error.name,
        ...(status === undefined ? {} : { status }), ...(requestId === undefined ? {} : { requestId }) };
    });
    const exchange = this.#calls.at(-1) === undefined ? undefined : exchangeOf((this.#calls.at(-1) as LoggedCall).outcome);
    const used = names.filter(([, label]) => calls.some((call) => call.input.includes(label)));
    return { calls, deciding: calls.length - 1, names: Object.fromEntries(used.map(([value, label]) => [label, value])),
      ...(exchange === undefined ? {} : { exchange }) };
  }
}
