import fc from "fast-check";
import { LENGTHS } from "../contracts/constraints.ts";
import { boundedName, boundedString } from "./boundedString.ts";

export type Destination =
  | { readonly s3Bucket: { readonly bucketName: string; readonly prefix?: string } }
  | { readonly firehoseStream: { readonly streamName: string } };

export interface DestinationConfiguration { readonly auditLog: { readonly destination: Destination } }

/** Real destinations to point at (a live sandbox has only its own); absent, names are generated. */
export interface SandboxDestinations {
  readonly s3Buckets: readonly string[];
  readonly firehoseStreams: readonly string[];
}

export interface DestinationOptions { readonly sandbox?: SandboxDestinations }

function nameFrom(fixed: readonly string[] | undefined, generated: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fixed ? fc.constantFrom(...fixed) : generated;
}

/** The S3 branch of the Destination union, with and without the optional prefix. */
export function s3Destination(options: DestinationOptions = {}): fc.Arbitrary<Destination> {
  return fc.record(
    {
      bucketName: nameFrom(options.sandbox?.s3Buckets, boundedName(LENGTHS.bucketName)),
      prefix: boundedString(LENGTHS.prefix),
    },
    { requiredKeys: ["bucketName"], noNullPrototype: true },
  ).map((s3Bucket) => ({ s3Bucket }));
}

/** The Firehose branch of the Destination union. */
export function firehoseDestination(options: DestinationOptions = {}): fc.Arbitrary<Destination> {
  return nameFrom(options.sandbox?.firehoseStreams, boundedName(LENGTHS.streamName)).map((streamName) => ({
    firehoseStream: { streamName },
  }));
}

/** A valid DestinationConfiguration; every Destination branch the sandbox (if any) can serve. */
export function destinationConfiguration(options: DestinationOptions = {}): fc.Arbitrary<DestinationConfiguration> {
  const { sandbox } = options;
  const branches: fc.Arbitrary<Destination>[] = [];
  if (!sandbox || sandbox.s3Buckets.length > 0) branches.push(s3Destination(options));
  if (!sandbox || sandbox.firehoseStreams.length > 0) branches.push(firehoseDestination(options));
  if (branches.length === 0) throw new Error("a sandbox needs at least one S3 bucket or Firehose stream");
  return fc.oneof(...branches).map((destination) => ({ auditLog: { destination } }));
}
