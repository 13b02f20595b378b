import { test } from "uvu";
import * as assert from "uvu/assert";
import { LENGTHS } from "../../contracts/constraints.ts";
import { createContract } from "../../contracts/contract.ts";
import { toFieldViolations } from "../../contracts/toFieldViolations.ts";
import { VALID_INPUTS, VALID_OUTPUTS } from "./fixtures.ts";
import { removeAt, setAt } from "./jsonPaths.ts";

const contract = createContract();
const CREATE = VALID_INPUTS.CreateIngestionDestination;
const DEST = ["destinationConfiguration", "auditLog", "destination"];
const fields = (input: unknown) => toFieldViolations(contract.checkInput("CreateIngestionDestination", input));
const names = (input: unknown) => fields(input).map((f) => f.name);

test("a nested bucketName too long is named by its dotted member path", () => {
  const input = setAt(CREATE, [...DEST, "s3Bucket", "bucketName"], "b".repeat(LENGTHS.bucketName.max + 1));
  assert.equal(fields(input), [{
    name: "destinationConfiguration.auditLog.destination.s3Bucket.bucketName",
    message: `must NOT have more than ${LENGTHS.bucketName.max} characters`,
  }]);
});

test("a missing member is named itself, not its parent", () => {
  assert.equal(names(removeAt(CREATE, ["destinationConfiguration"])), ["destinationConfiguration"]);
  assert.equal(names(removeAt(CREATE, [...DEST, "s3Bucket", "bucketName"])),
    ["destinationConfiguration.auditLog.destination.s3Bucket.bucketName"]);
});

test("two union members name the union member that holds them", () => {
  const input = setAt(CREATE, DEST, { s3Bucket: { bucketName: "bucket" }, firehoseStream: { streamName: "stream" } });
  assert.equal(names(input), ["destinationConfiguration.auditLog.destination"]);
  assert.equal(names(setAt(CREATE, DEST, {})), ["destinationConfiguration.auditLog.destination"]);
});

test("an unknown member is named itself, at the top and nested", () => {
  assert.equal(names({ ...CREATE, color: "blue" }), ["color"]);
  assert.equal(names(setAt(CREATE, [...DEST, "s3Bucket", "region"], "x")),
    ["destinationConfiguration.auditLog.destination.s3Bucket.region"]);
  assert.equal(names(setAt(CREATE, [...DEST, "ftp"], {})), [
    "destinationConfiguration.auditLog.destination", "destinationConfiguration.auditLog.destination.ftp",
  ]);
});

test("list items are path segments; one entry per member, messages deduplicated and sorted", () => {
  const input = { ...CREATE, tags: [{ key: "", value: "v" }], ingestionIdentifier: "X".repeat(LENGTHS.identifier.max + 1) };
  const result = fields(input);
  assert.equal(result.map((f) => f.name), ["ingestionIdentifier", "tags.0.key"]);
  const identifier = result[0]?.message ?? "";
  assert.ok(identifier.includes("must match pattern") && identifier.includes("must NOT have more than"), identifier);
  assert.is(identifier.split("; ").length, 2);
  assert.equal(toFieldViolations([
    { path: "/b", keyword: "type", message: "y", params: {} }, { path: "/b", keyword: "type", message: "y", params: {} },
    { path: "/a~1b", keyword: "type", message: "x", params: {} },
  ]), [{ name: "a/b", message: "x" }, { name: "b", message: "y" }]);
});

test("summary errors (if/then) give way to the errors they summarise", () => {
  const output = setAt(VALID_OUTPUTS.GetIngestionDestination, ["ingestionDestination", "statusReason"], "why");
  const violations = contract.checkOutput("GetIngestionDestination", output);
  assert.ok(violations.some((v) => v.keyword === "if"), "ajv reports the if");
  assert.equal(toFieldViolations(violations).map((f) => f.name), ["ingestionDestination.statusReason"]);
  assert.equal(toFieldViolations([{ path: "/x", keyword: "anyOf", message: "m", params: {} }]), [{ name: "x", message: "m" }]);
});

test("no violations, no fields", () => {
  assert.equal(toFieldViolations(contract.checkInput("CreateIngestionDestination", CREATE)), []);
});

test.run();
