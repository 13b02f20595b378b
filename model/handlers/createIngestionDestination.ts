import { destinationArn } from "../arns.ts";
import { formatCombinationBasis } from "../formatCombination.ts";
import { answerRepeat, checkClientToken, rememberClientToken, type TokenKey } from "../clientToken.ts";
import { quotaExceeded, validationError } from "../errors.ts";
import { tagsMember } from "../inputMembers.ts";
import { locateBundle, locateIngestion } from "../locate.ts";
import { destinationOutput } from "../outputs.ts";
import { toPlainData } from "../plainData.ts";
import { QUOTAS } from "../quotas.ts";
import type { DestinationRecord, ModelState } from "../state.ts";
import { mergeTags } from "../tags.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const createIngestionDestination: Handler = (state, input, env) => {
  const parent = locateIngestion(state, input);
  if (!parent.ok) {
    const what = locateBundle(state, input).ok ? "ingestion" : "app bundle";
    return fail(state, validationError(`The specified ${what} does not exist`, "other", "destination.create.parentMissing"),
      [...parent.basis, "resource.parentExists"], ["destination.create.parentMissing"]);
  }
  const { bundle, ingestion } = parent.value;
  const key: TokenKey = {
    operation: "CreateIngestionDestination", scope: ingestion.arn, labels: ["appBundleIdentifier", "ingestionIdentifier"],
  };
  const token = checkClientToken(state, input, key, state.destinations);
  if (token.kind !== "create") {
    return answerRepeat(state, token, "IngestionDestination", (d) => ({ ingestionDestination: destinationOutput(d) }), parent.basis, DESTINATION_VALUES);
  }
  const quota = QUOTAS.destinationsPerIngestion;
  const pair = formatCombinationBasis(input["processingConfiguration"], input["destinationConfiguration"]);
  if (state.destinations.filter((d) => d.ingestionId === ingestion.id).length >= quota.limit) {
    // A pair the console never offers may be refused before the quota is looked at.
    return fail(state, quotaExceeded(`You can create at most ${quota.limit} ingestion destinations per ingestion`,
      ingestion.arn, "IngestionDestination", quota.code),
    [...parent.basis, ...token.basis, "destination.create.quota"], pair.length > 0 ? ["quota.error", ...pair, "errors.precedence"] : ["quota.error"]);
  }
  const id = env.newId();
  const seq = state.seq + 1;
  const now = env.now().getTime();
  const record: DestinationRecord = {
    id, arn: destinationArn(env, bundle.id, ingestion.id, id), seq, tags: mergeTags([], tagsMember(input, "tags")),
    ingestionId: ingestion.id, ingestionArn: ingestion.arn,
    processingConfiguration: toPlainData(input["processingConfiguration"]),
    destinationConfiguration: toPlainData(input["destinationConfiguration"]),
    status: "Active", createdAt: now, updatedAt: now,
  };
  const next: ModelState = { ...state, seq, destinations: [...state.destinations, record] };
  return succeed({ ...next, tokens: rememberClientToken(next, input, key, record.arn) },
    { ingestionDestination: destinationOutput(record) },
    [...parent.basis, ...token.basis, "destination.create.quota", ...pair],
    [...DESTINATION_VALUES, "output.form"]);
};

/** The rules behind a destination's output members. */
export const DESTINATION_VALUES = ["arn.format", "destination.output.echo", "destination.create.status", "destination.statusReason", "resource.create.timestamps"] as const;
