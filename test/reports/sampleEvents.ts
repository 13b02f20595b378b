/** A small, deterministic run's events for the report tests: two properties, one failing, on a wire target. */
import type { RunEvent } from "../../events/runEvent.ts";
import type { Evidence } from "../../events/Finding.ts";
import { findingFixture } from "../findingFixture.ts";

export const SAMPLE_SEED = 424242;
export const SAMPLE_REPLAY = "npx appfabric-harness replay --property create.invalid --seed 424242 --path 7:0:1";
/** A string with markup, table pipes and backticks that every writer must escape. */
export const HOSTILE = `<script>alert("x")</script> | **bold** \`tick\``;

/** The request id the failure's deciding exchange carries. */
export const SAMPLE_REQUEST_ID = "5a1d0c55-0000-4000-8000-00000000beef";

const EVIDENCE: Evidence = {
  calls: [
    { operation: "CreateIngestionDestination", input: '{"appBundleIdentifier":"<app bundle>","tags":[]}', result: "ok", status: 201, requestId: "11111111-0000-4000-8000-000000000001" },
    { operation: "GetIngestionDestination", input: `{"appBundleIdentifier":"<app bundle>","ingestionDestinationIdentifier":"${"a".repeat(70)}"}`, result: "ok", status: 200, requestId: SAMPLE_REQUEST_ID },
  ],
  deciding: 1,
  names: { "<app bundle>": "arn:aws:appfabric:us-east-1:123456789012:appbundle/b" },
  exchange: {
    method: "GET", target: "/appbundles/b/ingestions/i/ingestiondestinations/d", requestHeaders: { authorization: "[REDACTED]", "content-type": "application/json" },
    requestBody: "", status: 200, responseHeaders: { "x-amzn-requestid": SAMPLE_REQUEST_ID, "content-type": "application/json" },
    responseBody: '{"ingestionDestination":{"status":"Active"}}', requestId: SAMPLE_REQUEST_ID, attempts: 1,
  },
};

const at = (second: number): string => new Date(Date.UTC(2025, 0, 2, 3, 0, second)).toISOString();

function cases(property: string, operation: string, count: number, firstDurationMs: number): RunEvent[] {
  return Array.from({ length: count }, (_, i): RunEvent => ({
    type: "case",
    property,
    operation,
    coverage: i % 2 === 0 ? ["branch:s3Bucket", "bound:bucketName:max"] : ["branch:firehoseStream", "defect:tooLong"],
    result: i % 3 === 2 ? "ValidationException" : "ok",
    status: i % 3 === 2 ? 400 : 200,
    durationMs: firstDurationMs + i * 7,
    attempts: i === 4 ? 2 : 1,
    transient: i === 4 ? ["ThrottlingException"] : [],
  }));
}

export function sampleEvents(runId = "run-1"): RunEvent[] {
  return [
    {
      type: "run.start", runId, at: at(0), seed: SAMPLE_SEED, target: "emulator", strict: false, runs: 6, command: "appfabric-harness run --target emulator",
      onWire: true, endpoint: "embedded emulator", harness: "0.0.0-test", client: { source: "built-in" },
      documentedErrors: {
        CreateIngestionDestination: ["ValidationException", "ConflictException", "ThrottlingException", "ServiceQuotaExceededException"],
        GetIngestionDestination: ["ResourceNotFoundException", "ValidationException"],
      },
      coverageTags: ["branch:s3Bucket", "branch:firehoseStream", "bound:bucketName:max", "bound:bucketName:min", "defect:tooLong"],
    },
    { type: "property.start", at: at(1), property: "create.valid", description: "valid inputs are accepted", expectedCases: 6, checks: ["contract", "model"] },
    ...cases("create.valid", "CreateIngestionDestination", 6, 3),
    findingFixture({ at: at(2), property: "create.valid", kind: "model", severity: "observation", operation: "CreateIngestionDestination", check: "model", message: "status differs on an assumed rule", fingerprint: "obs-1", basis: ["destination.create.status"] }),
    { type: "property.end", at: at(3), property: "create.valid", verdict: "passed", numRuns: 6, numShrinks: 0, durationMs: 1500, seed: SAMPLE_SEED, hits: { "obs-1": 2 } },
    { type: "property.start", at: at(4), property: "create.invalid", description: "invalid inputs are rejected", expectedCases: 6, checks: ["contract", "label"] },
    ...cases("create.invalid", "GetIngestionDestination", 3, 40),
    findingFixture({ at: at(5), property: "create.invalid", kind: "label", severity: "failure", operation: "GetIngestionDestination", check: "label",
      subject: "input.ingestionDestinationIdentifier", message: `tooLong accepted ${HOSTILE}`, fingerprint: "fail-1", evidence: EVIDENCE,
      seed: SAMPLE_SEED, path: "7:0:1", replay: SAMPLE_REPLAY }),
    {
      type: "property.end", at: at(6), property: "create.invalid", verdict: "failed", numRuns: 3, numShrinks: 2, durationMs: 2000, seed: SAMPLE_SEED,
      path: "7:0:1", counterexample: `{"bucketName":"${"a".repeat(70)}","note":"${HOSTILE.replace(/"/g, "'")}"}`, replay: SAMPLE_REPLAY,
      fingerprints: ["fail-1"], hits: { "fail-1": 1 },
    },
    { type: "run.end", at: at(8), verdict: "failed", exitCode: 1, durationMs: 8000, failures: 1, observations: 1 },
  ];
}

/** The sample run explored: its properties again in each round (round r on seed r), between one start and one end. */
export function sampleRounds(rounds: number, runId = "run-1"): RunEvent[] {
  const [start, ...body] = sampleEvents(runId);
  const end = body.pop();
  const round = (r: number): RunEvent[] => [{ type: "round", at: at(r * 10), round: r, seed: r }, ...body];
  return [start, ...Array.from({ length: rounds }, (_, i) => round(i + 1)).flat(), end].filter((e): e is RunEvent => e !== undefined);
}
