import { InfrastructureError } from "../properties/finding.ts";
import type { OutcomeError } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";

/** An infrastructure message already says where it happened; anything else needs the call named. */
function failure(call: string, error: OutcomeError): string {
  return error.kind === "infrastructure" ? error.message : `${call} failed: ${error.name}: ${error.message}`;
}

type ListOperation = "ListAppBundles" | "ListIngestions" | "ListIngestionDestinations";

const ITEMS: Record<ListOperation, string> = {
  ListAppBundles: "appBundleSummaryList",
  ListIngestions: "ingestions",
  ListIngestionDestinations: "ingestionDestinations",
};

/** Every ARN a List operation returns, all pages; a failure to list is infrastructure trouble. */
export async function listArns(target: Target, operation: ListOperation, input: Readonly<Record<string, unknown>> = {}): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: unknown;
  do {
    const outcome = await target.send(operation, { ...input, ...(typeof nextToken === "string" ? { nextToken } : {}) });
    if (!outcome.ok) throw new InfrastructureError(failure(operation, outcome.error));
    const items = outcome.output[ITEMS[operation]];
    for (const item of Array.isArray(items) ? items : []) {
      const arn = (item as { arn?: unknown } | null)?.arn;
      if (typeof arn === "string") arns.push(arn);
    }
    nextToken = outcome.output.nextToken;
  } while (typeof nextToken === "string" && nextToken !== "");
  return arns;
}

/** The tags on one resource. */
export async function tagsOf(target: Target, resourceArn: string): Promise<{ readonly key: unknown; readonly value: unknown }[]> {
  const outcome = await target.send("ListTagsForResource", { resourceArn });
  if (!outcome.ok) throw new InfrastructureError(failure(`ListTagsForResource ${resourceArn}`, outcome.error));
  const tags = outcome.output.tags;
  return (Array.isArray(tags) ? tags : []).map((t) => ({ key: (t as { key?: unknown } | null)?.key, value: (t as { value?: unknown } | null)?.value }));
}
