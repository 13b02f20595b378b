/**
 * The CLI under fast-check, in this process through main(): generated argv, and damaged or generated replay
 * files, corpus files, event logs and config files. Whatever it is given, a command ends with an exit code in
 * {0, 1, 2, 3}, no stack trace and no unexpected error, within a bound; deep or huge input is refused with a
 * message. A fixed seed and a bounded number of cases keep it a CI test of seconds.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { test } from "uvu";
import { EXIT } from "../../cli/exitCodes.ts";
import { checkMain } from "./cliContract.ts";
import { DAMAGE, damage } from "./damage.ts";
import { ARGV, UNREACHABLE } from "./fuzzArgv.ts";
import { isolateEnv, makeFuzzFolder, type FuzzFolder } from "./fuzzFixtures.ts";

const SEED = 20_260_101;
const HOME = process.cwd();
let folder: FuzzFolder;
let restoreEnv = () => {};
const path = (name: string) => join(folder.dir, name);

test.before(async () => {
  folder = await makeFuzzFolder();
  // Default folders (reports, corpus, journals) land in the fixture folder, and relative names in argv find its files.
  process.chdir(folder.dir);
  restoreEnv = isolateEnv(folder.dir);
});

test.after(() => {
  restoreEnv();
  process.chdir(HOME);
  rmSync(folder.dir, { recursive: true, force: true });
});

test("generated argv: every command ends with a documented code and no trace", async () => {
  await fc.assert(fc.asyncProperty(ARGV, async (argv) => { await checkMain(argv); }), { seed: SEED, numRuns: 100 });
});

test("damaged counterexample files are replayed, or refused with a message", async () => {
  const replayed = fc.tuple(DAMAGE, fc.constantFrom("replay", "corpus"));
  await fc.assert(fc.asyncProperty(replayed, async ([how, via]) => {
    const corpus = path("damaged-corpus");
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(corpus);
    const file = join(corpus, "update-semantics-damaged.json");
    writeFileSync(file, damage(folder.saved, how));
    await checkMain(via === "replay"
      ? ["replay", file, "--target", "model", "--no-report"]
      : ["run", "--target", "model", "--property", "update-semantics", "--runs", "1", "--seed", "1", "--corpus-dir", corpus, "--no-report"],
    [EXIT.ok, EXIT.findings, EXIT.usage]);
  }), { seed: SEED, numRuns: 40 });
});

test("damaged event logs are rebuilt into reports or merged, or refused with a message", async () => {
  await fc.assert(fc.asyncProperty(DAMAGE, fc.boolean(), async (how, merge) => {
    writeFileSync(path("damaged.jsonl"), damage(folder.log, how));
    // A log rebuilt is judged already; merged, it is the one shard of a run, and exits as that run would.
    if (merge) await checkMain(["report", "--merge", path("damaged.jsonl"), "--report-dir", path("merged")]);
    else await checkMain(["report", path("damaged.jsonl"), "--report-dir", path("rebuilt")], [EXIT.ok, EXIT.usage]);
  }), { seed: SEED, numRuns: 30 });
});

const CONFIG_KEYS = ["endpoint", "region", "account", "appBundle", "ingestion", "s3Buckets", "firehoseStreams", "rate", "maxRequests", "journalDir", "bogus"];
const VALID_CONFIG = JSON.stringify({ endpoint: UNREACHABLE, region: "us-east-1", s3Buckets: ["sandbox"], rate: 5, maxRequests: 30, journalDir: "journals" });
/** Generated from scratch, a valid file damaged (kept as the damage, so a counterexample prints short) or any text. */
const CONFIG = fc.oneof(
  fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.oneof(fc.constantFrom<unknown>(UNREACHABLE, "a-file", "a-folder", 0, -1, 1e300, "", []), fc.jsonValue({ maxDepth: 2 })))
    .map((generated) => ({ generated })),
  DAMAGE.map((damaged) => ({ damaged })),
  fc.string().map((text) => ({ text })),
);

test("generated and damaged config files are used or refused with a message", async () => {
  await fc.assert(fc.asyncProperty(CONFIG, fc.constantFrom("run", "cleanup"), async (config, command) => {
    writeFileSync(path("config.json"), "generated" in config ? JSON.stringify(config.generated) : "damaged" in config ? damage(VALID_CONFIG, config.damaged) : config.text);
    // A config file that is used reaches nothing: its endpoint is unreachable loopback, or (damaged) lacks the opt-in any other needs.
    await checkMain([command, "--config", path("config.json"), ...(command === "run" ? ["--target", "live", "--runs", "1", "--no-report", "--no-corpus"] : [])],
      [EXIT.usage, EXIT.infrastructure]);
  }), { seed: SEED, numRuns: 30 });
});

test.run();
