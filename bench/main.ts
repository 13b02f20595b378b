import { cpus, totalmem } from "node:os";
import { loadClientModule } from "../client/loadClientModule.ts";
import { emulatorTarget } from "../targets/emulatorTarget.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandle, modelTarget } from "../targets/modelTarget.ts";
import { seededIds } from "../targets/seededIds.ts";
import { bareLoopbackSend } from "./bareLoopbackSend.ts";
import { alternate } from "./alternate.ts";
import { bareMockedSend } from "./bareMockedSend.ts";
import { exploreMemory } from "./exploreMemory.ts";
import { exploreThroughput, type ExploreThroughput } from "./exploreWorkers.ts";
import { liveRunTime, type LiveRunTime } from "./liveRunTime.ts";
import { formatRate, measure, type Rate } from "./measure.ts";
import { planRequests } from "./planRequests.ts";
import { LOCAL_ENV, propertyLoop } from "./propertyLoop.ts";
import { generationBatch, validationBatch } from "./rawRates.ts";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 3);
/** Paired loops are measured in turn this many times each; their medians are compared. */
const ROUNDS = 3;
const EXPLORE_SECONDS = Number(process.env["BENCH_EXPLORE_SECONDS"] ?? 120);
/** The live runs: the default live rate, and a fixed call budget (the whole suite at 10/s would take minutes). */
const LIVE = { rate: 10, maxRequests: 300, seed: 1 };
const THROTTLE_RATE = 0.3;
/** Each explore run's --time-budget when one worker and two are compared. */
const WORKERS_SECONDS = Number(process.env["BENCH_WORKERS_SECONDS"] ?? 60);
const env = () => ({ ...LOCAL_ENV, now: () => new Date(), newId: seededIds(1) });
const goal = (what: string, rate: Rate, baseline: Rate, ratio: number) =>
  console.log(`goal: ${what} >= ${ratio}x: ${(rate.perSecond / baseline.perSecond).toFixed(2)}x, ${rate.perSecond / baseline.perSecond >= ratio ? "met" : "NOT met"}`);

console.log(`appfabric-harness bench · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? "cpu"} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · ${SECONDS} s per figure (paired loops: median of ${ROUNDS}, measured in turn)`);
const module = await loadClientModule();

// First, while the process holds nothing else, so the figures show the exploration's own footprint.
console.log(`-- memory over an exploratory run (stateful-lifecycle on the mock target, fresh seeds, ${EXPLORE_SECONDS} s)`);
const profile = await exploreMemory(mockTarget(module, modelHandle(env())), EXPLORE_SECONDS);
const { rss } = profile;
console.log(`${profile.rounds} rounds, ${profile.cases} cases in ${profile.seconds.toFixed(0)} s · RSS start ${rss.start.toFixed(0)} MiB, after a tenth ${rss.early.toFixed(0)} MiB, end ${rss.end.toFixed(0)} MiB, peak ${rss.peak.toFixed(0)} MiB`);

console.log("-- client stack alone, and the harness's property loop (create-valid; cases = calls) per target");
const bareBatch = await bareMockedSend(), mockLoop = propertyLoop(mockTarget(module, modelHandle(env())));
const [bare, mock] = await alternate(ROUNDS, () => measure("bare aws-sdk-client-mock send()", SECONDS, bareBatch),
  () => measure("mock target, property loop", SECONDS, mockLoop));
const model = await measure("model target, property loop", SECONDS, propertyLoop(modelTarget(env())));
const loopback = await bareLoopbackSend(module);
const emulator = await emulatorTarget({ module, env: env() });
const emulatorLoop = propertyLoop(emulator);
const [bareHttp, overHttp] = await alternate(ROUNDS, () => measure("bare send over loopback to the emulator", SECONDS, loopback.batch),
  () => measure("emulator target, property loop", SECONDS, emulatorLoop));
await loopback.close();
await emulator.close();
for (const line of [formatRate(bare), formatRate(model, bare), formatRate(mock, bare), formatRate(bareHttp), formatRate(overHttp, bareHttp)]) console.log(line);

console.log("-- the coverage plan: requests to cover every class on a correct service (the rehearsal's count)");
const plan = await planRequests(modelTarget(env()), 1);
console.log(`${plan.classes} classes in ${plan.requests} requests (goal: at most 300): ${plan.requests <= 300 ? "met" : "NOT met"}`);

console.log("-- the pieces of a case");
console.log(formatRate(await measure("generation: fast-check create inputs", SECONDS, generationBatch())));
console.log(formatRate(await measure("validation: ajv checkOutput of a response", SECONDS, validationBatch())));

console.log(`-- a live run over loopback (default suite, --rate ${LIVE.rate}, --max-requests ${LIVE.maxRequests}), without and with ${THROTTLE_RATE * 100}% of requests throttled with Retry-After: 0`);
const formatRun = (label: string, run: LiveRunTime) =>
  `${label.padEnd(44)} ${run.seconds.toFixed(1).padStart(8)} s  ${run.answered} requests answered${run.exitCode === 0 ? "" : `, exit ${run.exitCode}`}`;
const calm = await liveRunTime({ ...LIVE, throttleRate: 0 });
console.log(formatRun("live run, no throttling", calm));
const throttled = await liveRunTime({ ...LIVE, throttleRate: THROTTLE_RATE });
console.log(formatRun(`live run, ${THROTTLE_RATE * 100}% throttled`, throttled));

console.log(`-- exploration on the emulator target (run --explore --time-budget ${WORKERS_SECONDS}), one worker and two, timed from spawn to exit`);
const formatExplore = (run: ExploreThroughput) =>
  `${`run --explore --workers ${run.workers}`.padEnd(44)} ${(run.cases / run.seconds).toFixed(1).padStart(8)} cases/s  ${run.cases} cases in ${run.seconds.toFixed(1)} s${run.exitCode === 0 ? "" : `, exit ${run.exitCode}`}`;
const oneWorker = await exploreThroughput(1, WORKERS_SECONDS);
console.log(formatExplore(oneWorker));
const twoWorkers = await exploreThroughput(2, WORKERS_SECONDS);
console.log(formatExplore(twoWorkers));

goal("mock target vs bare mocked send", mock, bare, 0.5);
goal("emulator target vs bare send over loopback", overHttp, bareHttp, 0.8);
const slowdown = throttled.seconds / calm.seconds;
const scaling = (twoWorkers.cases / twoWorkers.seconds) / (oneWorker.cases / oneWorker.seconds);
console.log(`goal: explore cases/s with --workers 2 >= 1.7x one worker: ${scaling.toFixed(2)}x, ${scaling >= 1.7 ? "met" : "NOT met"}`);
console.log(`goal: throttled live run <= 1.5x the unthrottled one: ${slowdown.toFixed(2)}x, ${slowdown <= 1.5 ? "met" : "NOT met"}`);
