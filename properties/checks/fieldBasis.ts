import type { RuleId } from "../../model/index.ts";

/**
 * Output members whose predicted value rests on a rule of its own, whatever else the operation's basis
 * assumes: an echoed configuration or an ARN's documented format is never a mere assumption.
 */
const FIELD_RULES: readonly (readonly [RegExp, readonly RuleId[]])[] = [
  [/(^|\.)(processingConfiguration|destinationConfiguration)(\.|$)/, ["destination.output.echo"]],
  [/(^|\.)(arn|ingestionArn|appBundleArn)$/, ["arn.format"]],
];

/** The rules behind the predicted value at a dotted output path; the operation's basis when none is specific. */
export function fieldBasis(path: string, operationBasis: readonly RuleId[]): readonly RuleId[] {
  return FIELD_RULES.find(([pattern]) => pattern.test(path))?.[1] ?? operationBasis;
}
