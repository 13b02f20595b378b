import { randomUUID } from "node:crypto";
import { ERRORS, isErrorName } from "../contracts/errorCatalogue.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { kindOfArn, type ResourceKind } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import { CREATE_OPERATIONS, type CreateOperation } from "./journalEntry.ts";
import type { Journal } from "./Journal.ts";

/** The member naming what a delete removes, and the kind it removes. */
const DELETES: Partial<Record<OperationName, readonly [string, ResourceKind]>> = {
  DeleteAppBundle: ["appBundleIdentifier", "AppBundle"],
  DeleteIngestion: ["ingestionIdentifier", "Ingestion"],
  DeleteIngestionDestination: ["ingestionDestinationIdentifier", "IngestionDestination"],
};

function isCreate(operation: OperationName): operation is CreateOperation {
  return (CREATE_OPERATIONS as readonly string[]).includes(operation);
}

function createdArn(outcome: Outcome): string | undefined {
  if (!outcome.ok) return undefined;
  const resource = Object.values(outcome.output).find((v) => v && typeof v === "object" && typeof (v as { arn?: unknown }).arn === "string");
  return (resource as { arn: string } | undefined)?.arn;
}

/** A refusal that proves nothing was created: a 4xx service error that is not a transient one. */
function refusedOutright(outcome: Outcome): string | undefined {
  if (outcome.ok || outcome.error.kind !== "service" || (outcome.error.status ?? 500) >= 500) return undefined;
  const { name } = outcome.error;
  return isErrorName(name) && ERRORS[name].transient ? undefined : name;
}

export interface RunTag { readonly key: string; readonly value: string }

/** The run's tag joins a create's tags unless the create already carries its key; tags that are not a list (a planted defect) stay as they are. */
function withRunTag(input: Readonly<Record<string, unknown>>, tag: RunTag | undefined): Readonly<Record<string, unknown>> {
  const { tags } = input;
  if (tag === undefined || (tags !== undefined && !Array.isArray(tags))) return input;
  const list = (tags ?? []) as unknown[];
  return list.some((t) => (t as { key?: unknown } | null)?.key === tag.key) ? input : { ...input, tags: [...list, tag] };
}

/**
 * Journals every create (intent before it is sent, ARN or refusal after) and every delete that succeeded.
 * A create without a clientToken gets one first, so an interrupted create can be re-sent idempotently, and
 * carries the run's tag whichever property made it (the oracle predicts on what went on the wire, so it
 * sees both). Properties never see it: it is just another Target.
 */
export function journalingTarget(inner: Target, journal: Journal, alreadyAlive: Iterable<string> = [], runTag?: RunTag): Target {
  const alive = new Set(alreadyAlive);
  const at = () => new Date().toISOString();

  async function create(operation: CreateOperation, given: Readonly<Record<string, unknown>>): Promise<Outcome> {
    const tagged = withRunTag(given, runTag);
    const input = tagged.clientToken === undefined ? { ...tagged, clientToken: randomUUID() } : tagged;
    const id = randomUUID();
    journal.write({ type: "intent", id, at: at(), operation, clientToken: input.clientToken, input,
      parents: { appBundleIdentifier: input.appBundleIdentifier, ingestionIdentifier: input.ingestionIdentifier } });
    const outcome = await inner.send(operation, input);
    const arn = createdArn(outcome);
    const refusal = refusedOutright(outcome);
    if (arn !== undefined) {
      alive.add(arn);
      journal.write({ type: "created", id, at: at(), arn });
    } else if (refusal !== undefined) {
      journal.write({ type: "rejected", id, at: at(), error: refusal });
    }
    return outcome;
  }

  function removedArn(operation: OperationName, input: Readonly<Record<string, unknown>>): string | undefined {
    const [member, kind] = DELETES[operation] ?? [];
    const identifier = member === undefined ? undefined : input[member];
    if (typeof identifier !== "string") return undefined;
    return [...alive].find((arn) => kindOfArn(arn) === kind && (arn === identifier || arn.endsWith(`/${identifier}`)));
  }

  return {
    ...inner,
    async send(operation, input) {
      if (isCreate(operation)) return create(operation, input);
      const outcome = await inner.send(operation, input);
      const arn = outcome.ok ? removedArn(operation, input) : undefined;
      if (arn !== undefined) {
        alive.delete(arn);
        journal.write({ type: "deleted", at: at(), arn });
      }
      return outcome;
    },
  };
}
