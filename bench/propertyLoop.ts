import { createContract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { createValid } from "../properties/createValid.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import { Oracle } from "../properties/Oracle.ts";
import { runSuite } from "../properties/runSuite.ts";
import type { Target } from "../targets/target.ts";

export const contract = createContract();
export const LOCAL_ENV = { account: "123456789012", region: "us-east-1", partition: "aws", validate: inputValidator(contract) } as const;

/**
 * One batch of the harness's property loop against a target: fast-check cases of a property, each call
 * predicted by the oracle and checked. Counts the calls sent, so the rate compares with a bare send loop.
 */
export function propertyLoop(target: Target, property: HarnessProperty = createValid, numRuns = 50): () => Promise<number> {
  let seed = 1;
  return async () => {
    let calls = 0;
    await runSuite({
      target, oracle: new Oracle(LOCAL_ENV, EMPTY_STATE), contract, properties: [property], seed: seed++, numRuns, strict: false,
      sink: { emit: (e) => { if (e.type === "case") calls++; }, close: async () => {} },
      replayCommand: () => "",
    });
    return calls;
  };
}
