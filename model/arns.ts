/** ARN formats of the service-authorization reference (AWS Service Authorization Reference, AppFabric resource types). */

export interface ArnContext { readonly partition: string; readonly region: string; readonly account: string }

export type ResourceKind = "AppBundle" | "Ingestion" | "IngestionDestination";

function prefix(ctx: ArnContext): string {
  return `arn:${ctx.partition}:appfabric:${ctx.region}:${ctx.account}:`;
}

export function appBundleArn(ctx: ArnContext, bundleId: string): string {
  return `${prefix(ctx)}appbundle/${bundleId}`;
}

export function ingestionArn(ctx: ArnContext, bundleId: string, ingestionId: string): string {
  return `${appBundleArn(ctx, bundleId)}/ingestion/${ingestionId}`;
}

export function destinationArn(ctx: ArnContext, bundleId: string, ingestionId: string, destinationId: string): string {
  return `${ingestionArn(ctx, bundleId, ingestionId)}/ingestiondestination/${destinationId}`;
}

/** The KMS key ARN for a key given by UUID; an ARN is kept as given. */
export function kmsKeyArn(ctx: ArnContext, keyIdentifier: string): string {
  return isArn(keyIdentifier) ? keyIdentifier : `arn:${ctx.partition}:kms:${ctx.region}:${ctx.account}:key/${keyIdentifier}`;
}

/** The last path segment of an AppFabric ARN, or of an identifier given as either form: the resource's UUID. */
export function idOfArn(identifier: string): string {
  return identifier.slice(identifier.lastIndexOf("/") + 1);
}

export function isArn(identifier: string): boolean {
  return identifier.startsWith("arn:");
}

const KIND_BY_SEGMENT: Readonly<Record<string, ResourceKind>> = {
  appbundle: "AppBundle", ingestion: "Ingestion", ingestiondestination: "IngestionDestination",
};

/** The AppFabric resource kind an ARN's path names (its last type segment), or "Resource" when it names none. */
export function kindOfArn(arn: string): ResourceKind | "Resource" {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[2] !== "appfabric") return "Resource";
  const path = parts.slice(5).join(":").split("/");
  const typeSegment = path.length % 2 === 0 ? path[path.length - 2] : undefined;
  return (typeSegment !== undefined && Object.hasOwn(KIND_BY_SEGMENT, typeSegment) ? KIND_BY_SEGMENT[typeSegment] : undefined) ?? "Resource";
}
