import { appBundleArn, kmsKeyArn } from "../arns.ts";
import { answerRepeat, checkClientToken, rememberClientToken, type TokenKey } from "../clientToken.ts";
import { quotaExceeded } from "../errors.ts";
import { optionalTextMember, tagsMember } from "../inputMembers.ts";
import { appBundleOutput } from "../outputs.ts";
import { QUOTAS } from "../quotas.ts";
import type { KnownRuleId } from "../rules.ts";
import type { AppBundleRecord, ModelState } from "../state.ts";
import { mergeTags } from "../tags.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const createAppBundle: Handler = (state, input, env) => {
  const key: TokenKey = { operation: "CreateAppBundle", scope: env.account, labels: [] };
  const token = checkClientToken(state, input, key, state.appBundles);
  if (token.kind !== "create") return answerRepeat(state, token, "AppBundle", (b) => ({ appBundle: appBundleOutput(b) }), [], ["arn.format", "appBundle.create.kmsKey"]);
  const quota = QUOTAS.appBundlesPerAccount;
  if (state.appBundles.length >= quota.limit) {
    return fail(state, quotaExceeded(`You can create at most ${quota.limit} app bundle per account`, env.account, "AppBundle", quota.code),
      [...token.basis, "appBundle.create.quota"], ["quota.error"]);
  }
  const id = env.newId();
  const seq = state.seq + 1;
  const keyIdentifier = optionalTextMember(input, "customerManagedKeyIdentifier");
  const record: AppBundleRecord = {
    id, arn: appBundleArn(env, id), seq, tags: mergeTags([], tagsMember(input, "tags")),
    ...(keyIdentifier === undefined ? {} : { customerManagedKeyArn: kmsKeyArn(env, keyIdentifier) }),
  };
  const next: ModelState = { ...state, seq, appBundles: [...state.appBundles, record] };
  const values: KnownRuleId[] = ["arn.format", "output.form"];
  if (keyIdentifier !== undefined) values.push("appBundle.create.kmsKey");
  return succeed({ ...next, tokens: rememberClientToken(next, input, key, record.arn) }, { appBundle: appBundleOutput(record) },
    [...token.basis, "appBundle.create.quota"], values);
};
