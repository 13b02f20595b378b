import { pathProblem } from "./pathProblem.ts";

/**
 * What each live setting must look like, shared by flags and the config file so both give the same
 * message. A check returns what was expected, or undefined when the value is fine.
 */
export type ValueCheck = (value: unknown) => string | undefined;

const UUID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;

const text: ValueCheck = (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "a non-empty string");
const pattern = (re: RegExp, what: string): ValueCheck => (v) => (typeof v === "string" && re.test(v) ? undefined : what);
const names: ValueCheck = (v) => (Array.isArray(v) && v.every((s) => text(s) === undefined) ? undefined : "a list of non-empty strings");

function url(v: unknown): string | undefined {
  try {
    return typeof v === "string" && ["http:", "https:"].includes(new URL(v).protocol) ? undefined : "an http:// or https:// URL";
  } catch {
    return "an http:// or https:// URL";
  }
}

const identifier: ValueCheck = (v) => (typeof v === "string" && (v.startsWith("arn:") || UUID.test(v)) ? undefined : "an ARN or a lowercase UUID");

/**
 * Seconds teardown and cleanup keep trying: a sandbox throttled for minutes still gets its resources back, and a
 * service that never recovers holds the run five minutes at most.
 */
export const DEFAULT_TEARDOWN_BUDGET = 300;

export const LIVE_VALUE_CHECKS = {
  endpoint: url,
  region: pattern(/^[a-z]{2}(-[a-z]+)+-\d+$/, "an AWS Region such as us-east-1"),
  account: pattern(/^\d{12}$/, "a 12-digit AWS account id"),
  profile: text,
  appBundle: identifier,
  ingestion: identifier,
  s3Buckets: names,
  firehoseStreams: names,
  rate: (v) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? undefined : "a number of requests per second above 0"),
  maxRequests: (v) => (Number.isSafeInteger(v) && (v as number) >= 1 ? undefined : "a whole number of requests, 1 or more"),
  teardownBudget: (v) => (Number.isSafeInteger(v) && (v as number) >= 1 ? undefined : "a whole number of seconds, 1 or more"),
  journalDir: (v) => {
    const problem = typeof v === "string" ? pathProblem(v, "folder") : "not a string";
    return problem === undefined ? undefined : `a folder the harness can write (${problem})`;
  },
} as const satisfies Record<string, ValueCheck>;

export type LiveValueKey = keyof typeof LIVE_VALUE_CHECKS;
