import { ingestionArn } from "../arns.ts";
import { answerRepeat, checkClientToken, rememberClientToken, type TokenKey } from "../clientToken.ts";
import { quotaExceeded, validationError } from "../errors.ts";
import { tagsMember, textMember } from "../inputMembers.ts";
import { locateBundle } from "../locate.ts";
import { ingestionOutput } from "../outputs.ts";
import { QUOTAS } from "../quotas.ts";
import type { IngestionRecord, ModelState } from "../state.ts";
import { mergeTags } from "../tags.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const createIngestion: Handler = (state, input, env) => {
  const parent = locateBundle(state, input);
  if (!parent.ok) {
    return fail(state, validationError("The specified app bundle does not exist", "other", "ingestion.create.parentMissing"),
      [...parent.basis, "resource.parentExists"], ["ingestion.create.parentMissing"]);
  }
  const { bundle } = parent.value;
  const key: TokenKey = { operation: "CreateIngestion", scope: bundle.arn, labels: ["appBundleIdentifier"] };
  const token = checkClientToken(state, input, key, state.ingestions);
  if (token.kind !== "create") {
    return answerRepeat(state, token, "Ingestion", (i) => ({ ingestion: ingestionOutput(i) }), parent.basis, INGESTION_VALUES);
  }
  const quota = QUOTAS.ingestionsPerAccount;
  if (state.ingestions.length >= quota.limit) {
    return fail(state, quotaExceeded(`You can create at most ${quota.limit} ingestions per account`, env.account, "Ingestion", quota.code),
      [...parent.basis, ...token.basis, "ingestion.create.quota"], ["quota.error"]);
  }
  const id = env.newId();
  const seq = state.seq + 1;
  const now = env.now().getTime();
  const record: IngestionRecord = {
    id, arn: ingestionArn(env, bundle.id, id), seq, tags: mergeTags([], tagsMember(input, "tags")),
    appBundleId: bundle.id, appBundleArn: bundle.arn,
    app: textMember(input, "app"), tenantId: textMember(input, "tenantId"), ingestionType: textMember(input, "ingestionType"),
    state: "enabled", createdAt: now, updatedAt: now,
  };
  const next: ModelState = { ...state, seq, ingestions: [...state.ingestions, record] };
  return succeed({ ...next, tokens: rememberClientToken(next, input, key, record.arn) }, { ingestion: ingestionOutput(record) },
    [...parent.basis, ...token.basis, "ingestion.create.quota", "ingestion.create.noAppAuthorization"], [...INGESTION_VALUES, "output.form"]);
};

/** The rules behind an ingestion's output members. */
export const INGESTION_VALUES = ["arn.format", "ingestion.create.state", "ingestion.startStop", "resource.create.timestamps"] as const;
