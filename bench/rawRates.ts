import fc from "fast-check";
import { createContract } from "../contracts/contract.ts";
import { toWireJson } from "../contracts/toWireJson.ts";
import { createDestinationInput } from "../generators/createDestinationInput.ts";

const BUNDLE = "arn:aws:appfabric:us-east-1:123456789012:appbundle/5e0c1a52-7d4b-4c3e-9d7a-1f2e3d4c5b6a";
const PARENTS = {
  appBundle: { arn: BUNDLE, id: "5e0c1a52-7d4b-4c3e-9d7a-1f2e3d4c5b6a" },
  ingestion: { arn: `${BUNDLE}/ingestion/0f1e2d3c-4b5a-4697-8876-5a4b3c2d1e0f`, id: "0f1e2d3c-4b5a-4697-8876-5a4b3c2d1e0f" },
};

/** fast-check sampling of valid CreateIngestionDestination inputs, the generator alone: 100 per batch. */
export function generationBatch(): () => Promise<number> {
  const arbitrary = createDestinationInput(PARENTS);
  let seed = 1;
  return async () => fc.sample(arbitrary, { numRuns: 100, seed: seed++ }).length;
}

/** ajv's checkOutput of one CreateIngestionDestination response object, the validation alone: 1,000 per batch. */
export function validationBatch(): () => Promise<number> {
  const contract = createContract();
  const output = toWireJson({ ingestionDestination: {
    arn: `${PARENTS.ingestion.arn}/ingestiondestination/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d`, ingestionArn: PARENTS.ingestion.arn,
    processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bench-bucket", prefix: "logs/" } } } },
    status: "Active", createdAt: new Date(0), updatedAt: new Date(0),
  } });
  return async () => {
    for (let i = 0; i < 1000; i++) if (contract.checkOutput("CreateIngestionDestination", output).length > 0) throw new Error("bench: the sample output is off the contract");
    return 1000;
  };
}
