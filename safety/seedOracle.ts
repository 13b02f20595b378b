import { EMPTY_STATE, idOfArn, type InputValidator } from "../model/index.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { Oracle } from "../properties/Oracle.ts";
import type { Parents } from "../properties/PropertyContext.ts";
import type { Target } from "../targets/target.ts";
import { arnContextOf } from "./arnParts.ts";
import { listArns } from "./listArns.ts";

/** The oracle of a sandbox run, knowing the real parents and the destinations the harness did not create. */
export interface SeededOracle {
  readonly oracle: Oracle;
  readonly parents: Parents;
  /** Destinations that existed before the run: they count against the quota and are never touched. */
  readonly foreign: readonly string[];
}

/** A destination the model would refuse to record still has to count against the per-ingestion quota. */
const STAND_IN = {
  processingConfiguration: { auditLog: { schema: "raw", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "foreign-destination" } } } },
};

async function resource(target: Target, operation: "GetAppBundle" | "GetIngestion" | "GetIngestionDestination",
  input: Readonly<Record<string, unknown>>, member: string): Promise<Record<string, unknown>> {
  const outcome = await target.send(operation, input);
  if (!outcome.ok) throw new InfrastructureError(`${operation} ${JSON.stringify(input)}: ${outcome.error.name}: ${outcome.error.message}`);
  const found = outcome.output[member];
  if (!found || typeof found !== "object" || typeof (found as { arn?: unknown }).arn !== "string") {
    throw new InfrastructureError(`${operation} answered without ${member}.arn`);
  }
  return found as Record<string, unknown>;
}

const dateOf = (value: unknown) => (value instanceof Date ? value : undefined);

/**
 * Reads the named app bundle, ingestion and existing destinations, and replays them into a fresh oracle
 * (account, Region and partition taken from the app bundle's ARN) with their real ids, so its predictions
 * start from the sandbox as it is.
 */
export async function seedOracle(target: Target, named: { appBundle: string; ingestion: string }, validate: InputValidator): Promise<SeededOracle> {
  const bundle = await resource(target, "GetAppBundle", { appBundleIdentifier: named.appBundle }, "appBundle");
  const bundleArn = bundle.arn as string;
  const ingestion = await resource(target, "GetIngestion", { appBundleIdentifier: bundleArn, ingestionIdentifier: named.ingestion }, "ingestion");
  const ingestionArn = ingestion.arn as string;
  const ids = { appBundleIdentifier: bundleArn, ingestionIdentifier: ingestionArn };
  const context = arnContextOf(bundleArn);
  if (!context) throw new InfrastructureError(`the app bundle's ARN ${bundleArn} is not an AppFabric ARN`);
  const oracle = new Oracle({ ...context, validate }, EMPTY_STATE);
  const seed = (operation: string, input: Record<string, unknown>, arn: string, now?: Date) => {
    const outcome = oracle.seed(operation, input, { id: idOfArn(arn), ...(now ? { now } : {}) });
    if (!outcome.ok) throw new InfrastructureError(`cannot seed the model with ${arn}: ${outcome.error.name}`);
  };
  const key = bundle.customerManagedKeyArn;
  seed("CreateAppBundle", typeof key === "string" ? { customerManagedKeyIdentifier: key } : {}, bundleArn);
  seed("CreateIngestion", { appBundleIdentifier: bundleArn, app: ingestion.app, tenantId: ingestion.tenantId, ingestionType: ingestion.ingestionType },
    ingestionArn, dateOf(ingestion.createdAt));
  if (ingestion.state === "disabled") oracle.seed("StopIngestion", ids, { now: dateOf(ingestion.updatedAt) ?? new Date() });
  const foreign = await listArns(target, "ListIngestionDestinations", ids);
  for (const arn of foreign) {
    const destination = await resource(target, "GetIngestionDestination", { ...ids, ingestionDestinationIdentifier: arn }, "ingestionDestination");
    const real = { processingConfiguration: destination.processingConfiguration, destinationConfiguration: destination.destinationConfiguration };
    const now = dateOf(destination.createdAt);
    const recorded = oracle.seed("CreateIngestionDestination", { ...ids, ...real }, { id: idOfArn(arn), ...(now ? { now } : {}) });
    if (!recorded.ok) seed("CreateIngestionDestination", { ...ids, ...STAND_IN }, arn, now);
  }
  return { oracle, parents: { appBundle: { arn: bundleArn, id: idOfArn(bundleArn) }, ingestion: { arn: ingestionArn, id: idOfArn(ingestionArn) } }, foreign };
}
