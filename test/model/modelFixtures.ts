import * as assert from "uvu/assert";
import { ReferenceModel } from "../../model/ReferenceModel.ts";
import type { FieldViolation, ModelEnv, ModelInput, ModelOutcome } from "../../model/types.ts";

/** Deterministic envs and small helpers shared by the model tests. */

export const START = Date.UTC(2024, 0, 1);

export interface TestEnv extends ModelEnv {
  /** Sets the time the next now() call returns (later calls keep counting from it). */
  readonly setTime: (epochMs: number) => void;
  readonly calls: { operation: string; input: ModelInput }[];
}

/** Counter clock (+1 s a call), counter UUIDs, and a validator answering `reject` (none by default). */
export function testEnv(reject: (operation: string, input: ModelInput) => readonly FieldViolation[] = () => []): TestEnv {
  let time = START;
  let ids = 0;
  const calls: { operation: string; input: ModelInput }[] = [];
  return {
    now: () => new Date((time += 1000)),
    newId: () => `abcdef00-0000-4000-8000-${(++ids).toString(16).padStart(12, "0")}`,
    account: "123456789012", region: "us-east-1", partition: "aws",
    validate: (operation, input) => {
      calls.push({ operation, input });
      return reject(operation, input);
    },
    setTime: (epochMs) => { time = epochMs - 1000; },
    calls,
  };
}

export function ok(outcome: ModelOutcome): Readonly<Record<string, unknown>> {
  if (!outcome.ok) assert.unreachable(`expected success, got ${outcome.error.name}: ${JSON.stringify(outcome.error.members)}`);
  return outcome.ok ? outcome.output : {};
}

export function err(outcome: ModelOutcome, name: string): Readonly<Record<string, unknown>> {
  if (outcome.ok) assert.unreachable(`expected ${name}, got success ${JSON.stringify(outcome.output)}`);
  if (outcome.ok) return {};
  assert.is(outcome.error.name, name);
  return outcome.error.members;
}

/** A member of an output as a record (throws when it is not one). */
export function rec(value: unknown): Readonly<Record<string, unknown>> {
  assert.type(value, "object");
  assert.ok(value !== null && !Array.isArray(value));
  return value as Readonly<Record<string, unknown>>;
}

export function list(value: unknown): readonly unknown[] {
  assert.ok(Array.isArray(value), `expected a list, got ${JSON.stringify(value)}`);
  return value as readonly unknown[];
}

export function text(value: unknown): string {
  assert.type(value, "string");
  return value as string;
}

export function idOf(arn: string): string {
  return arn.slice(arn.lastIndexOf("/") + 1);
}

export const PROCESSING = { auditLog: { schema: "ocsf", format: "json" } };

export function s3Destination(bucketName: string, prefix?: string): Record<string, unknown> {
  const s3Bucket = prefix === undefined ? { bucketName } : { bucketName, prefix };
  return { auditLog: { destination: { s3Bucket } } };
}

export function firehoseDestination(streamName: string): Record<string, unknown> {
  return { auditLog: { destination: { firehoseStream: { streamName } } } };
}

export interface Fixture {
  readonly model: ReferenceModel;
  readonly env: TestEnv;
  readonly bundleArn: string;
  readonly ingestionArn: string;
  /** Labels addressing the ingestion (by UUID). */
  readonly parents: { readonly appBundleIdentifier: string; readonly ingestionIdentifier: string };
}

export function createIngestionIn(model: ReferenceModel, bundleArn: string, tenantId = "tenant-1"): string {
  const out = ok(model.handle("CreateIngestion", {
    appBundleIdentifier: bundleArn, app: "OKTA", tenantId, ingestionType: "auditLog",
  }));
  return text(rec(out["ingestion"])["arn"]);
}

/** A model holding one app bundle with one ingestion. */
export function withIngestion(env: TestEnv = testEnv()): Fixture {
  const model = new ReferenceModel(env);
  const bundleArn = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  const ingestionArn = createIngestionIn(model, bundleArn);
  return { model, env, bundleArn, ingestionArn, parents: { appBundleIdentifier: idOf(bundleArn), ingestionIdentifier: idOf(ingestionArn) } };
}

export function createDestination(fx: Fixture, extra: Record<string, unknown> = {}): string {
  const out = ok(fx.model.handle("CreateIngestionDestination", {
    ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("bucket-a"), ...extra,
  }));
  return text(rec(out["ingestionDestination"])["arn"]);
}

/** Whether an outcome rests on a rule anywhere: what decides it, what shapes it, or one of its error's members. */
export function cites(outcome: ModelOutcome, rule: string): boolean {
  const members = outcome.ok ? [] : Object.values(outcome.error.memberBasis ?? {}).flat();
  return [...(outcome.decidedBy ?? []), ...outcome.basis, ...members].includes(rule);
}
