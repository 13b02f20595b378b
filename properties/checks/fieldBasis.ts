import type { RuleId } from "../../model/index.ts";

/**
 * Output members whose predicted value rests on a rule of its own, whatever else the operation's basis
 * assumes: an echoed configuration or an ARN's documented format is never a mere assumption. Members of list
 * items are not among them: which item sits at an index depends on the list's order, which is assumed.
 */
const FIELD_RULES: readonly (readonly [RegExp, readonly RuleId[]])[] = [
  [/(^|\.)(processingConfiguration|destinationConfiguration)(\.|$)/, ["destination.output.echo"]],
  [/(^|\.)(arn|ingestionArn|appBundleArn)$/, ["arn.format"]],
];

const IN_LIST_ITEM = /(^|\.)\d+(\.|$)/;

/**
 * The rules behind the predicted value at a dotted output path; the operation's basis when none is specific.
 * A replayed create's members come from the earlier resource, so the token's rule stays with them.
 */
export function fieldBasis(path: string, operationBasis: readonly RuleId[]): readonly RuleId[] {
  const own = IN_LIST_ITEM.test(path) ? undefined : FIELD_RULES.find(([pattern]) => pattern.test(path))?.[1];
  return own === undefined ? operationBasis : [...own, ...operationBasis.filter((rule) => rule.startsWith("clientToken."))];
}
