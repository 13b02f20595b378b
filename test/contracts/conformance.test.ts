/**
 * The contract and the built-in client held to AWS's own model of AppFabric (the pinned aws-sdk v2 package),
 * fact by fact, through the comparison the drift command uses.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compareFacts } from "../../drift/compareFacts.ts";
import { factsOfContract } from "../../drift/factsOfContract.ts";
import { awsSdkV2Model } from "./awsSdkV2Model.ts";
import { differencesFrom } from "./differencesFrom.ts";
import { factsOfClientSchemas } from "./factsOfClientSchemas.ts";

const AWS = awsSdkV2Model();

test("the contract says what AWS's model says: operations, http bindings, members, required members, types, unions, enums, pagination", () => {
  assert.equal(differencesFrom(factsOfContract(), AWS), []);
});

test("the client's schemas say what AWS's model says: http bindings, members, required members, types, unions, idempotency tokens", () => {
  assert.equal(differencesFrom(factsOfClientSchemas(), AWS), []);
});

test("the client's error schemas say what the contract's do: status, fault, members, required members, header bindings", () => {
  const comparison = compareFacts(factsOfClientSchemas(), factsOfContract());
  assert.ok(comparison.compared.includes("errorShapes"));
  assert.equal(differencesFrom(factsOfClientSchemas(), factsOfContract()), []);
});

test("what the pinned model leaves out is named: its minifier drops errors, lengths and patterns, and botocore has no readonly", () => {
  assert.equal(compareFacts(factsOfContract(), AWS).notCompared, ["operationErrors", "errorShapes", "lengths", "patterns", "readonly"]);
});

test.run();
