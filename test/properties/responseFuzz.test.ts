/**
 * Response fuzzing: the built-in client parses every answer inside the contract as documented and refuses
 * those just outside it; a client with a planted deserializer regression, and the SDK runtime without the
 * built-in client's union check, are each caught with a shrunk response.
 */
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule, type AppFabricClientModule } from "../../client/loadClientModule.ts";
import { fuzzResponses } from "../../properties/responseFuzz/fuzzResponses.ts";
import { cannedResponseTarget } from "../../targets/cannedResponseTarget.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function fuzz(module: AppFabricClientModule, options: Parameters<typeof fuzzResponses>[1]) {
  const target = cannedResponseTarget(module);
  try {
    return await fuzzResponses(target, options);
  } finally {
    target.close();
  }
}

test("the built-in client passes every response property", async () => {
  const results = await fuzz(await loadClientModule("built-in"), { seed: 21, numRuns: 400 });
  assert.equal(results.map((r) => r.property), ["documented-outputs", "documented-errors", "outside-contract-refused"]);
  for (const result of results) assert.not.ok(result.failed, `${result.property}: ${(result.problems ?? []).join("; ")} ${result.counterexample?.body ?? ""}`);
  assert.ok(results.every((r) => r.numRuns === 400));
});

test("a client that drops $unknown handling fails documented-outputs, shrunk to one unknown union member", async () => {
  const [result] = await fuzz(await loadClientModule(fixture("droppedUnknownClient.ts")), { seed: 21, numRuns: 400, properties: ["documented-outputs"] });
  assert.ok(result?.failed);
  assert.match((result?.problems ?? []).join("\n"), /\$unknown is absent; the documented mapping gives \["new/);
  const body = result?.counterexample?.body ?? "";
  assert.match(body, /"new[A-Z]/);
  assert.ok(body.length < 300, `shrunk body: ${body}`);
});

test("the SDK runtime alone (no union check) returns data for a union with two members: refused by the property", async () => {
  const builtIn = await loadClientModule("built-in");
  class Lenient extends builtIn.AppFabricClient {
    constructor(config?: ConstructorParameters<typeof builtIn.AppFabricClient>[0]) {
      super(config);
      (this as unknown as { middlewareStack: { remove(name: string): boolean } }).middlewareStack.remove("rejectMalformedUnions");
    }
  }
  const [result] = await fuzz({ ...builtIn, AppFabricClient: Lenient }, { seed: 21, numRuns: 400, properties: ["outside-contract-refused"] });
  assert.ok(result?.failed);
  const is = result?.counterexample?.is;
  assert.ok(is?.kind === "outside" && (is.defect === "union-two-members" || is.defect === "union-no-member"), JSON.stringify(is));
  assert.match((result?.problems ?? []).join("\n"), /^resolved with /);
});

test.run();
