import { cpus } from "node:os";
import { loadClientModule } from "../client/loadClientModule.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandle, modelTarget } from "../targets/modelTarget.ts";
import { seededIds } from "../targets/seededIds.ts";
import { bareMockedSend } from "./bareMockedSend.ts";
import { formatRate, measure } from "./measure.ts";
import { LOCAL_ENV, propertyLoop } from "./propertyLoop.ts";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 3);
const env = () => ({ ...LOCAL_ENV, now: () => new Date(), newId: seededIds(1) });

console.log(`appfabric-harness bench · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? "cpu"} · ${SECONDS} s per figure`);
const bare = await measure("bare aws-sdk-client-mock send()", SECONDS, await bareMockedSend());
console.log(formatRate(bare));
const model = await measure("model target, property loop (calls)", SECONDS, propertyLoop(modelTarget(env())));
console.log(formatRate(model, bare));
const module = await loadClientModule();
const mock = await measure("mock target, property loop (calls)", SECONDS, propertyLoop(mockTarget(module, modelHandle(env()))));
console.log(formatRate(mock, bare));
console.log(`goal: mock target >= 0.5x bare mocked send: ${mock.perSecond / bare.perSecond >= 0.5 ? "met" : "NOT met"}`);
