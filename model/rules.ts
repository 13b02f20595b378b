import { confidenceOf, type ModelRule, type RuleSource } from "./types.ts";

export type { RuleId } from "./types.ts";

/** Where AWS documents AppFabric: any reader can open these. */
const API_MODEL = "AWS API model of AppFabric 2023-05-19";
const API_REFERENCE = "AWS AppFabric API Reference";
const QUOTAS_PAGE = "AWS General Reference, AppFabric endpoints and quotas";
const AUTHORIZATION = "AWS Service Authorization Reference, actions, resources and condition keys for AppFabric";
const TAGGING = "AWS Tagging AWS Resources user guide, and the Resource Groups Tagging API Reference (TagResources, UntagResources, GetResources)";
const ADMIN_GUIDE = "AWS AppFabric Administration Guide";
const TAGGING_RULES = "AWS Tagging AWS Resources user guide (Tagging your AWS resources: tag naming limits and requirements) and the AWS Tagging Best Practices whitepaper";

const documented = (documentedBy: string): RuleSource => ({ documentedBy });
const observed = (observedBy: string): RuleSource => ({ observedBy });
const assumed = (assumedFrom: string): RuleSource => ({ assumedFrom });

/**
 * Every rule the model applies, with its source: AWS's own documentation (documented), third-party reports of
 * the live service (observed), or nothing but inference (assumed). Outcomes cite these ids: `decidedBy` for
 * what makes a call succeed or fail, `basis` for which error and what values come back, so a divergence is
 * graded by the rules behind that very thing. The README's "Model rules" table holds the same list.
 */
const RULES = [
  { id: "operation.unknown", source: assumed("the value unknownOperation of ValidationExceptionReason in the " + API_MODEL),
    statement: "An operation name outside the catalogue yields ValidationException with reason unknownOperation." },
  { id: "input.validation", source: documented(`${API_MODEL}: the constraint traits of the input shapes, and ValidationException ("The request has invalid or missing parameters")`),
    statement: "A request that breaks its input shape's constraints (required members, lengths, patterns, enums, ranges, list sizes, unions with exactly one member) is refused with ValidationException; one that keeps them is never refused for its fields." },
  { id: "input.validation.reason", source: assumed(`the value names of ValidationExceptionReason in the ${API_MODEL} (their meaning is not documented)`),
    statement: "A request refused for its fields gets reason fieldValidationFailed." },
  { id: "input.validation.fieldList", source: assumed(`ValidationExceptionField in the ${API_MODEL} (the form of name is not documented)`),
    statement: "fieldList entries name the failing member by its dotted path and carry the validator's message; the message summarises them." },
  { id: "input.beyondAwsRules", source: assumed(`the ${API_MODEL} sets no pattern on TagKey, TagValue, S3Bucket.bucketName or FirehoseStream.streamName, and no AWS document says whether AppFabric applies the wider AWS rules to them as well`),
    statement: "A value AppFabric's model allows is accepted even where a documented AWS rule outside that model forbids it (tags.characters, destination.bucketName.naming, destination.streamName.naming)." },
  { id: "errors.precedence", source: assumed("common practice of AWS services; AppFabric documents no order of its checks"),
    statement: "A request that is invalid and would also fail for another reason (a missing resource, a quota, a reused clientToken) gets the ValidationException." },
  { id: "identifier.arnOrUuid", source: documented(`${API_REFERENCE}: every *Identifier member is "The Amazon Resource Name (ARN) or Universal Unique Identifier (UUID)"`),
    statement: "An *Identifier member may be the resource's ARN or its UUID; both name the same resource." },
  { id: "identifier.arnExact", source: assumed("no source says how an ARN of another account, Region, parent or kind is treated"),
    statement: "An ARN that is not exactly the ARN of an existing resource of the expected kind under the given parents names no resource (a well-formed ARN of a deleted or never-created resource under the given parents needs no such rule)." },
  { id: "arn.format", source: documented(`${AUTHORIZATION}: resource types appbundle, ingestion and ingestiondestination`),
    statement: "ARNs use the nested formats appbundle/{b}, appbundle/{b}/ingestion/{i}, appbundle/{b}/ingestion/{i}/ingestiondestination/{d}; the id itself is taken from the service's answer." },
  { id: "resource.lifecycle", source: documented(`${API_REFERENCE}: Create*, Get*, Update*, Delete* and the tagging operations`),
    statement: "A resource exists from the create the service acknowledged until the delete it acknowledged: in between it can be read, listed, updated, tagged and deleted; before and after it cannot." },
  { id: "resource.parentExists", source: documented(`${AUTHORIZATION}: CreateIngestion acts on an appbundle, CreateIngestionDestination on an appbundle and an ingestion, and their ARNs nest under them`),
    statement: "An ingestion is created only under an existing app bundle, a destination only under an existing ingestion." },
  { id: "resource.notFound", source: documented(`${API_MODEL}: the operations' error lists and ResourceNotFoundException ("The specified resource does not exist")`),
    statement: "Operations that document ResourceNotFoundException answer it when the addressed resource or one of its parents does not exist." },
  { id: "resource.notFound.members", source: assumed("ResourceNotFoundException's resourceId and resourceType are documented only as \"The resource ID\" and \"The resource type\""),
    statement: "ResourceNotFoundException carries resourceId = the innermost identifier as given and resourceType = AppBundle, Ingestion or IngestionDestination (the kind acted on or listed; for tag operations the kind read from the ARN, else Resource)." },
  { id: "appBundle.create.quota", source: documented(QUOTAS_PAGE),
    statement: "At most 1 app bundle per account and Region." },
  { id: "ingestion.create.quota", source: documented(QUOTAS_PAGE),
    statement: "At most 50 ingestions per account and Region (not per bundle)." },
  { id: "destination.create.quota", source: documented(QUOTAS_PAGE),
    statement: "At most 5 ingestion destinations per ingestion." },
  { id: "quota.error", source: documented(`${API_MODEL}: ServiceQuotaExceededException ("The request exceeds a service quota") in the Create operations' error lists`),
    statement: "A create beyond a quota is refused with ServiceQuotaExceededException." },
  { id: "quota.error.members", source: assumed("ServiceQuotaExceededException's members are documented only by their names"),
    statement: "The quota error carries resourceId (the account, or the ingestion ARN for destinations), resourceType (the kind being created) and serviceCode appfabric." },
  { id: "quota.codes", source: assumed("no source gives AppFabric's quota codes"),
    statement: "quotaCode values are the stable placeholders L-APPBUNDLES, L-INGESTIONS, L-INGESTIONDESTINATIONS." },
  { id: "appBundle.create.kmsKey", source: assumed("customerManagedKeyIdentifier in the " + API_REFERENCE + " (the ARN formed from a key UUID is not documented)"),
    statement: "customerManagedKeyArn is the given key ARN, or arn:{partition}:kms:{region}:{account}:key/{uuid} for a key UUID; absent when no key is given." },
  { id: "ingestion.create.parentMissing", source: assumed("CreateIngestion documents no ResourceNotFoundException; third-party notes saw the destination's analogue"),
    statement: "CreateIngestion under a missing app bundle yields ValidationException with reason other." },
  { id: "destination.create.parentMissing", source: observed("third-party notes of calls against the live service (2026): \"The specified ingestion does not exist\""),
    statement: "CreateIngestionDestination under a missing app bundle or ingestion yields ValidationException with reason other." },
  { id: "ingestion.create.noAppAuthorization", source: assumed("a deliberate simplification: the live service requires a connected app authorization first"),
    statement: "App authorizations are not modelled: CreateIngestion succeeds without one." },
  { id: "ingestion.create.state", source: assumed("the state of a new ingestion is not documented"),
    statement: "A new ingestion is in state enabled." },
  { id: "resource.create.timestamps", source: assumed("createdAt and updatedAt are documented only as optional DateTime members"),
    statement: "A new ingestion or destination has createdAt = updatedAt = the service's clock at creation, and both stay as they were until a change." },
  { id: "ingestion.startStop", source: assumed("StartIngestion and StopIngestion are documented as enabling and disabling; their other effects are not"),
    statement: "StartIngestion sets enabled and StopIngestion sets disabled (updatedAt never moves backwards); both are no-ops when already in that state." },
  { id: "ingestion.delete.preconditions", source: documented(`${API_REFERENCE}, DeleteIngestion: "You must stop (disable) the ingestion and you must delete all associated ingestion destinations before you can delete an app ingestion"`),
    statement: "An ingestion can be deleted only when it is disabled and has no destinations." },
  { id: "ingestion.delete.preconditionError", source: assumed("DeleteIngestion documents no ConflictException"),
    statement: "Deleting an enabled ingestion or one with destinations yields ValidationException with reason other." },
  { id: "appBundle.delete.conflict", source: assumed("DeleteAppBundle documents only app authorizations as blocking"),
    statement: "An app bundle that still has ingestions cannot be deleted: ConflictException." },
  { id: "appBundle.delete.missing", source: assumed("DeleteAppBundle documents no ResourceNotFoundException"),
    statement: "Deleting a missing app bundle succeeds (an idempotent delete)." },
  { id: "destination.create.status", source: assumed("the status of a new destination is not documented; Terraform's AWS provider waits for Active, so creation may be asynchronous"),
    statement: "A destination is Active from its creation on." },
  { id: "destination.statusReason", source: documented(`${API_REFERENCE}, IngestionDestination.statusReason: "Only present when the status of ingestion destination is Failed"`),
    statement: "statusReason is present only when status is Failed; the model fails a destination only through markDestinationFailed." },
  { id: "destination.formatCombination", source: assumed(`the ${API_MODEL} restricts no pair, while the ${ADMIN_GUIDE} console offers only raw/json, ocsf/json and ocsf/parquet for Amazon S3 buckets, raw/json and ocsf/json for Firehose streams`),
    statement: "Every schema-format pair is accepted for both destination kinds, including those the console never offers (raw+parquet, parquet to Firehose)." },
  { id: "destination.bucketName.naming", source: documented("AWS Amazon Simple Storage Service User Guide, general purpose bucket naming rules"),
    statement: "An S3 bucket name has 3 to 63 lowercase letters, numbers, dots and hyphens, begins and ends with a letter or number, has no two adjacent dots, is not an IP address, and avoids the reserved prefixes xn--, sthree-, amzn-s3-demo- and suffixes -s3alias, --ol-s3, .mrap, --x-s3, --table-s3." },
  { id: "destination.streamName.naming", source: documented("AWS Amazon Data Firehose API Reference, CreateDeliveryStream: DeliveryStreamName (1 to 64 characters, pattern [a-zA-Z0-9_.-]+)"),
    statement: "A Firehose stream name has 1 to 64 letters, numbers, underscores, hyphens and periods." },
  { id: "destination.output.echo", source: documented(`${API_REFERENCE}: IngestionDestination's processingConfiguration and destinationConfiguration`),
    statement: "A destination's output carries the processingConfiguration and destinationConfiguration last given to Create or Update." },
  { id: "destination.update.processingImmutable", source: documented(`${API_MODEL}: UpdateIngestionDestinationRequest has no processingConfiguration member`),
    statement: "processingConfiguration never changes." },
  { id: "destination.update.replace", source: assumed("Update's merge semantics are not documented"),
    statement: "Update replaces destinationConfiguration whole and keeps arn, ingestionArn, status, createdAt." },
  { id: "destination.update.updatedAt", source: assumed("updatedAt is documented only as an optional DateTime member"),
    statement: "Update sets updatedAt = max(now, previous updatedAt), so it never moves backwards." },
  { id: "clientToken.fresh", source: documented(`${API_REFERENCE}, clientToken: "If you don't provide this value, then Amazon Web Services generates a random one for you"`),
    statement: "A Create without a clientToken, or with one never used before, creates a resource." },
  { id: "clientToken.replay", source: documented(`${API_REFERENCE}, clientToken: "This lets you safely retry the request without accidentally performing the same operation a second time"`),
    statement: "A Create repeating a clientToken with the same parameters creates nothing and returns the resource as it currently is." },
  { id: "clientToken.mismatch", source: documented(`${API_REFERENCE}, clientToken: "If you retry the operation with the same ClientToken, but with different parameters, the retry fails with an IdempotentParameterMismatch error"`),
    statement: "A Create repeating a clientToken with different parameters is refused." },
  { id: "clientToken.mismatch.error", source: assumed("IdempotentParameterMismatch is not a modeled error; its wire form is unknown"),
    statement: "The refusal is ConflictException mentioning IdempotentParameterMismatch, with the earlier resource's ARN as resourceId." },
  { id: "clientToken.scope", source: assumed("the scope of a clientToken is not documented"),
    statement: "Tokens are scoped per operation and resolved parent: a token used under another parent or by another operation is a new token here." },
  { id: "clientToken.forgottenOnDelete", source: assumed("what a token of a deleted resource does is not documented"),
    statement: "Once the resource a token created is deleted, the token is forgotten and its next use creates anew." },
  { id: "list.order", source: assumed("the order of list results is not documented"),
    statement: "Lists return resources in creation order." },
  { id: "list.maxResults.default", source: assumed(`MaxResults in the ${API_MODEL} has no default`),
    statement: "Without maxResults a page holds at most 20 items." },
  { id: "list.nextToken", source: documented(`${API_MODEL}: the paginated trait of the List operations, and ${API_REFERENCE}, nextToken`),
    statement: "nextToken is returned while more results remain and omitted on the last page; the pages of one walk neither skip nor repeat an item." },
  { id: "list.nextToken.invalid", source: assumed(`${API_REFERENCE} prose names an "HTTP 400 InvalidToken error", which is not a modeled error`),
    statement: "A nextToken the model did not issue yields ValidationException with reason other." },
  { id: "tags.create", source: documented(`${API_REFERENCE}: the tags member of the Create operations`),
    statement: "Create* stores the given tags on the new resource (a repeated key keeps its last value)." },
  { id: "tags.tag", source: documented(`${TAGGING}: "If you add a tag that has the same key as an existing tag on that resource, the new value overwrites the old value"`),
    statement: "TagResource adds the given tags; a key the resource already has takes the new value." },
  { id: "tags.untag", source: documented(`${TAGGING}, UntagResources: removes the specified tag keys from the resource`),
    statement: "UntagResource removes the named keys and nothing else." },
  { id: "tags.untag.unknownKeys", source: assumed("whether naming a key the resource does not have is refused is not documented"),
    statement: "UntagResource ignores named keys the resource does not have." },
  { id: "tags.characters", source: documented(`${TAGGING_RULES}: the characters generally allowed across AWS services`),
    statement: "AWS's general tagging rules allow in tag keys and values letters, numbers and spaces representable in UTF-8, and _ . : / = + - @." },
  { id: "tags.list", source: documented(`${API_REFERENCE}, ListTagsForResource ("Returns a list of tags for a resource"), and ${TAGGING}`),
    statement: "ListTagsForResource returns exactly the resource's tags: one per key, with its current value." },
  { id: "tags.list.form", source: assumed("the order of ListTagsForResource's tags, and whether none is an empty list or no member, are not documented"),
    statement: "Tags come sorted by key, and a resource without tags lists an empty list." },
  { id: "tags.limit", source: documented(`${TAGGING}: "Maximum tags per resource – 50"`),
    statement: "A resource holds at most 50 tags; a TagResource that would go beyond is refused." },
  { id: "tags.limit.error", source: assumed("the error for too many tags on a resource is not documented"),
    statement: "The refusal is ValidationException with reason other." },
  { id: "output.form", source: documented(`${API_MODEL}: the output shapes; the AWS SDK for JavaScript v3 maps them (Date timestamps, no absent members)`),
    statement: "Outputs carry the documented members in SDK form: timestamps as Date, absent optional members omitted, no $metadata; IngestionDestination has no tags member." },
  { id: "output.empty", source: documented(`${API_MODEL}: the output shapes of DeleteAppBundle, Start/Stop/DeleteIngestion, DeleteIngestionDestination, TagResource, UntagResource`),
    statement: "These operations return {}." },
] as const satisfies readonly Omit<ModelRule, "confidence">[];

export const MODEL_RULES: readonly ModelRule[] = RULES.map((rule) => ({ ...rule, confidence: confidenceOf(rule.source) }));

/** A rule id the model knows; handlers use this type so a misspelt id fails to compile. */
export type KnownRuleId = (typeof RULES)[number]["id"];
