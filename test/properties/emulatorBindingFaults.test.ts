/**
 * Faults in the emulator's routing and binding, outside the model: the wire checks and the read-back of what
 * the client sent come from the contract, so `run --target emulator` (the default suite, as a self-test trial
 * runs it) fails on each, by the checks each declares: an ignored maxResults by the wire check page-size.
 * With the emulator's own router and parser behind the checks, an ignored maxResults passed.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";
import type { Router } from "../../emulator/router.ts";
import { plant, trialSettings } from "../emulator/mutantTrials.ts";

/** A routing fault: the emulator's router with each match rewritten. */
function rerouting(name: string, description: string, caughtBy: Mutant["caughtBy"], rewrite: (match: NonNullable<ReturnType<Router>>) => ReturnType<Router>): Mutant {
  return { name, class: "wire", description, caughtBy, route: (route) => (method, segments) => {
    const match = route(method, segments);
    return match === undefined ? undefined : rewrite(match);
  } };
}

const withQuery = (match: NonNullable<ReturnType<Router>>, query: Readonly<Record<string, string>>) => ({ ...match, spec: { ...match.spec, query } });
const named = (match: NonNullable<ReturnType<Router>>, operation: OperationName) => match.spec.name === operation;

const FAULTS: readonly Mutant[] = [
  rerouting("ignores-max-results", "List operations bind no maxResults, so every page is the default size",
    [{ kind: "wire", check: "page-size" }],
    (match) => (match.spec.query["maxResults"] === undefined ? match
      : withQuery(match, Object.fromEntries(Object.entries(match.spec.query).filter(([member]) => member !== "maxResults"))))),
  rerouting("get-routed-to-delete", "GET of an ingestion destination is routed to DeleteIngestionDestination",
    [{ kind: "wire", check: "success-status", operation: "GetIngestionDestination" }, { kind: "contract", check: "output-schema", operation: "GetIngestionDestination" }],
    (match) => (named(match, "GetIngestionDestination")
      ? { ...match, spec: { ...match.spec, name: "DeleteIngestionDestination", method: "DELETE", successStatus: 204 } } : match)),
  rerouting("client-token-in-query", "CreateIngestionDestination's clientToken is bound to the query string, so the body's is refused",
    [{ kind: "model", check: "outcome.unexpected-error", operation: "CreateIngestionDestination" }],
    (match) => (named(match, "CreateIngestionDestination") ? withQuery(match, { clientToken: "clientToken" }) : match)),
];

for (const fault of FAULTS) {
  test(`${fault.name}: ${fault.description}; the emulator target fails on it`, async () => {
    const { result, account } = await plant(fault, await trialSettings("emulator"));
    assert.ok(result.caughtBy, account);
  });
}

test.run();
