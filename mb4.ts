import fc from "fast-check";
import { createDestinationInput } from "./generators/createDestinationInput.ts";
const BUNDLE = "arn:aws:appfabric:us-east-1:123456789012:appbundle/5e0c1a52-7d4b-4c3e-9d7a-1f2e3d4c5b6a";
const a = createDestinationInput({ appBundle: { arn: BUNDLE, id: "5e0c1a52-7d4b-4c3e-9d7a-1f2e3d4c5b6a" }, ingestion: { arn: `${BUNDLE}/ingestion/0f1e2d3c-4b5a-4697-8876-5a4b3c2d1e0f`, id: "0f1e2d3c-4b5a-4697-8876-5a4b3c2d1e0f" } });
let n = 0; const t = performance.now(); let seed = 1;
while (performance.now() - t < 4000) { n += fc.sample(a as fc.Arbitrary<unknown>, { numRuns: 100, seed: seed++ }).length; }
console.log(Math.round(n / ((performance.now() - t) / 1000)));
