/**
 * Whether a parsed JSON line is a run event with the members its type promises: an event log is read back by
 * `report`, and a line of the right type but the wrong shape must be skipped, not crash a report writer.
 */
import { Ajv, type JSONSchemaType, type ValidateFunction } from "ajv";
import type { CaseEvent, CasesEvent, FindingEvent, InconclusiveEvent, InfrastructureEvent, LagEvent, PlanEvent, ProgressEvent, PropertyEnd, PropertyStart, RoundEvent, RuleChangeEvent,
  RunEnd, RunEvent, RunStart } from "./runEvent.ts";

const text = { type: "string" } as const;
const number = { type: "number" } as const;
const texts = { type: "array", items: text } as const;
const severity = { type: "string", enum: ["failure", "observation"] } as const;
/** A count per name. */
const counts = { type: "object", required: [], additionalProperties: number } as const;
const ruleState = { type: "string", enum: ["held", "refuted", "accepted"] } as const;
const optional = <T extends object>(schema: T) => ({ ...schema, nullable: true }) as const;
/** Checks a schema against its event type at compile time. */
const schema = <T>(checked: JSONSchemaType<T>): object => checked;

/**
 * Each event type's members as runEvent.ts declares them: JSONSchemaType holds every schema's properties and their
 * types to the interface at compile time (the required lists are kept by hand).
 */
const SCHEMAS: { readonly [K in RunEvent["type"]]: object } = {
  "run.start": schema<RunStart>({
    type: "object",
    required: ["type", "runId", "at", "seed", "target", "strict", "runs", "command"],
    properties: {
      type: { type: "string", const: "run.start" }, runId: text, at: text, seed: number, target: text, strict: { type: "boolean" },
      runs: number, mode: optional({ type: "string", enum: ["run", "explore", "replay"] }), command: text,
      documentedErrors: optional({ type: "object", required: [], additionalProperties: texts }),
      coverageTags: optional(texts),
      shard: optional({ type: "object", required: ["index", "count"], properties: { index: number, count: number } }),
      harness: optional(text), endpoint: optional(text), onWire: optional({ type: "boolean" }),
      client: optional({ type: "object", required: ["source"], properties: { source: text, resolved: optional(text), version: optional(text) } }),
      rules: optional({ type: "array", items: { type: "object", required: ["id", "confidence", "source"],
        properties: { id: text, confidence: { type: "string", enum: ["documented", "observed", "assumed"] }, source: text } } }),
      service: optional(text), accepted: optional({ type: "object", required: [], additionalProperties: texts }),
    },
  }),
  round: schema<RoundEvent>({
    type: "object",
    required: ["type", "at", "round", "seed"],
    properties: { type: { type: "string", const: "round" }, at: text, round: number, seed: number },
  }),
  "property.start": schema<PropertyStart>({
    type: "object",
    required: ["type", "at", "property", "description"],
    properties: { type: { type: "string", const: "property.start" }, at: text, property: text, description: text,
      expectedCases: optional(number), checks: optional(texts) },
  }),
  case: schema<CaseEvent>({
    type: "object",
    required: ["type", "property", "operation", "coverage", "result", "durationMs", "attempts", "transient"],
    properties: { type: { type: "string", const: "case" }, property: text, operation: text, coverage: texts, result: text,
      status: optional(number), durationMs: number, attempts: number, transient: texts, position: optional(number) },
  }),
  cases: schema<CasesEvent>({
    type: "object",
    required: ["type", "at", "property", "operations"],
    properties: {
      type: { type: "string", const: "cases" }, at: text, property: text,
      operations: { type: "array", items: { type: "object",
        required: ["operation", "calls", "results", "transient", "coverage", "validCoverage", "latencyBuckets", "totalMicros", "maxMs"],
        properties: { operation: text, calls: number, results: counts, transient: counts, coverage: counts, validCoverage: counts,
          latencyBuckets: { type: "array", items: number }, totalMicros: number, maxMs: number } } },
    },
  }),
  // Never in a log (the console's alone), but a line that claims to be one is held to its shape like any other.
  progress: schema<ProgressEvent>({
    type: "object",
    required: ["type", "property", "runs", "total", "shrinks"],
    properties: { type: { type: "string", const: "progress" }, property: text, runs: number, total: number, shrinks: number },
  }),
  finding: schema<FindingEvent>({
    type: "object",
    required: ["type", "at", "property", "fingerprint", "operation", "subject", "severity", "checks"],
    properties: { type: { type: "string", const: "finding" }, at: text, property: text, fingerprint: text, operation: text, subject: text,
      severity, checks: { type: "array", items: { type: "object", required: ["kind", "check", "message", "basis", "severity"],
        properties: { kind: { type: "string", enum: ["contract", "model", "undocumented-error", "wire", "label", "server-error", "client"] },
          check: text, message: text, basis: texts, severity } } },
      expected: optional(text), actual: optional(text),
      evidence: optional({ type: "object", required: ["calls", "deciding", "names"], properties: {
        calls: { type: "array", items: { type: "object", required: ["operation", "input", "result"],
          properties: { operation: text, input: text, result: text, status: optional(number), requestId: optional(text) } } },
        deciding: number, names: { type: "object", required: [], additionalProperties: text },
        exchange: optional({ type: "object", required: ["method", "target", "requestHeaders", "requestBody", "attempts"], properties: {
          method: text, target: text, requestHeaders: { type: "object", required: [], additionalProperties: text }, requestBody: text,
          status: optional(number), responseHeaders: optional({ type: "object", required: [], additionalProperties: text }),
          responseBody: optional(text), requestId: optional(text), attempts: number } }),
      } }),
      seed: optional(number), path: optional(text), replay: optional(text), position: optional(number) },
  }),
  plan: schema<PlanEvent>({
    type: "object",
    required: ["type", "at", "classes", "requests", "leftOut"],
    properties: {
      type: { type: "string", const: "plan" }, at: text, requests: number, budget: optional(number),
      classes: { type: "array", items: { type: "object", required: ["id", "description"], properties: {
        id: text, description: text, operation: optional(text), tag: optional(text), result: optional(text), valid: optional({ type: "boolean" }) } } },
      leftOut: { type: "array", items: { type: "object", required: ["id", "reason"], properties: { id: text, reason: text } } },
    },
  }),
  inconclusive: schema<InconclusiveEvent>({
    type: "object",
    required: ["type", "at", "property", "reason"],
    properties: { type: { type: "string", const: "inconclusive" }, at: text, property: text, reason: text, position: optional(number) },
  }),
  lag: schema<LagEvent>({
    type: "object",
    required: ["type", "at", "property", "operation", "lagMs", "settled"],
    properties: { type: { type: "string", const: "lag" }, at: text, property: text, operation: text, lagMs: number, settled: { type: "boolean" }, position: optional(number) },
  }),
  "property.end": schema<PropertyEnd>({
    type: "object",
    required: ["type", "at", "property", "verdict", "numRuns", "numShrinks", "durationMs", "seed"],
    properties: {
      type: { type: "string", const: "property.end" }, at: text, property: text, verdict: { type: "string", enum: ["passed", "failed", "inconclusive"] },
      numRuns: number, inconclusive: optional(number), numShrinks: number, durationMs: number, seed: number, path: optional(text),
      counterexample: optional(text), replay: optional(text), fingerprints: optional(texts), hits: optional(counts), interrupted: optional({ type: "boolean" }),
      rules: optional({ type: "object", required: [], additionalProperties: { type: "object", required: ["held", "diverged"],
        properties: { held: number, diverged: counts, accepted: optional(counts), example: optional(text) } } }),
    },
  }),
  "rule.change": schema<RuleChangeEvent>({
    type: "object",
    required: ["type", "at", "rule", "was", "now", "runs", "lastSeen", "message"],
    properties: { type: { type: "string", const: "rule.change" }, at: text, rule: text, was: ruleState, now: ruleState, runs: number, lastSeen: text, message: text },
  }),
  infrastructure: schema<InfrastructureEvent>({
    type: "object",
    required: ["type", "at", "message"],
    properties: { type: { type: "string", const: "infrastructure" }, at: text, message: text },
  }),
  "run.end": schema<RunEnd>({
    type: "object",
    required: ["type", "at", "verdict", "exitCode", "durationMs", "failures", "observations"],
    properties: {
      type: { type: "string", const: "run.end" }, at: text,
      verdict: { type: "string", enum: ["passed", "failed", "interrupted", "infrastructure-error", "usage-error"] },
      exitCode: number, durationMs: number, failures: number, observations: number,
      stoppedBy: optional({ type: "string", enum: ["time-budget", "max-requests", "max-failures", "interrupted"] }), signal: optional(text), notRun: optional(texts),
    },
  }),
};

const ajv = new Ajv({ strict: true });
const VALIDATORS = new Map<string, ValidateFunction>(Object.entries(SCHEMAS).map(([type, schema]) => [type, ajv.compile(schema)]));

export function isRunEvent(value: unknown): value is RunEvent {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === "string" && (VALIDATORS.get(type)?.(value) ?? false);
}
