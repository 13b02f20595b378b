/** `serve`: registered on a commander program, serves until told to stop, and refuses bad values with UsageError. */
import { Command } from "commander";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { UsageError } from "../../cli/exitCodes.ts";
import { registerServe, type ServeIo } from "../../cli/serveCommand.ts";
import { sendRaw, signHeaders } from "./rawHttp.ts";
import { exchange } from "./rawSocket.ts";
import { expectError, expectSuccess } from "./wireCalls.ts";

interface Harness {
  readonly program: Command;
  readonly lines: string[];
  /** Resolves with the printed URL once the server listens. */
  readonly listening: Promise<string>;
  readonly stop: () => void;
}

/** The environment is the test's own, so the process's AWS variables never change what serve verifies. */
function harness(env: NodeJS.ProcessEnv = {}): Harness {
  const lines: string[] = [];
  let stop = (_reason: string) => {};
  const stopped = new Promise<string>((resolve) => { stop = resolve; });
  let announce = (_url: string) => {};
  const listening = new Promise<string>((resolve) => { announce = resolve; });
  const io: ServeIo = {
    log: (line) => {
      lines.push(line);
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url !== undefined) announce(url);
    },
    untilStopped: () => stopped,
    env,
  };
  const program = new Command("appfabric-harness").exitOverride();
  registerServe(program, io);
  return { program, lines, listening, stop: () => stop("test") };
}

const ENV = { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env-secret" };

test("serve listens, checks signatures with the given key over the environment's, prints the key id but never the secret, and stops", async () => {
  const h = harness(ENV);
  const done = h.program.parseAsync(["serve", "--port", "0", "--access-key-id", "AKIDSERVE", "--secret-access-key", "hush-hush",
    "--region", "eu-west-1", "--latency-ms", "0-1", "--seed", "9"], { from: "user" });
  const url = await h.listening;
  const request = { method: "GET", target: "/appbundles" };
  try {
    const credentials = { accessKeyId: "AKIDSERVE", secretAccessKey: "hush-hush" };
    const headers = await signHeaders(url, request, { credentials, region: "eu-west-1" });
    expectSuccess("ListAppBundles", await sendRaw(url, { ...request, headers }));
    expectError("ListAppBundles", await sendRaw(url, request), "AccessDeniedException");
    const fromEnv = await signHeaders(url, request, { credentials: { accessKeyId: "AKIDENV", secretAccessKey: "env-secret" }, region: "eu-west-1" });
    expectError("ListAppBundles", await sendRaw(url, { ...request, headers: fromEnv }), "AccessDeniedException");
  } finally {
    h.stop();
    await done;
  }
  const output = h.lines.join("\n");
  assert.match(output, /access key id AKIDSERVE \(--access-key-id\)/);
  assert.match(output, /seed 9/);
  assert.not.match(output, /hush-hush/);
  assert.match(h.lines.at(-1) ?? "", /stopped/);
  await sendRaw(url, request).then(() => assert.unreachable("still listening"), (error: unknown) => assert.instance(error, Error));
});

test("without the flags, serve verifies with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and says so without the secret", async () => {
  const h = harness(ENV);
  const done = h.program.parseAsync(["serve", "--port", "0"], { from: "user" });
  const url = await h.listening;
  const request = { method: "GET", target: "/appbundles" };
  try {
    const fromEnv = await signHeaders(url, request, { credentials: { accessKeyId: "AKIDENV", secretAccessKey: "env-secret" } });
    expectSuccess("ListAppBundles", await sendRaw(url, { ...request, headers: fromEnv }));
    expectError("ListAppBundles", await sendRaw(url, { ...request, headers: await signHeaders(url, request) }), "AccessDeniedException");
  } finally {
    // A failed assertion must not leave the server listening (the test file would never end).
    h.stop();
    await done;
  }
  assert.ok(h.lines.includes("SigV4: sign requests with access key id AKIDENV (AWS_ACCESS_KEY_ID)"), h.lines.join("\n"));
  assert.not.match(h.lines.join("\n"), /env-secret/);
});

test("--no-verify-signatures serves unsigned requests; the default port is 8089", async () => {
  const h = harness();
  const done = h.program.parseAsync(["serve", "--port", "0", "--no-verify-signatures"], { from: "user" });
  const url = await h.listening;
  expectSuccess("ListAppBundles", await sendRaw(url, { method: "GET", target: "/appbundles" }));
  h.stop();
  await done;
  const port = h.program.commands.find((c) => c.name() === "serve")?.options.find((o) => o.long === "--port");
  assert.is(port?.defaultValue, 8089);
});

test("--request-timeout bounds how long a request may take to arrive; it is printed, default 10 s", async () => {
  const h = harness();
  const done = h.program.parseAsync(["serve", "--port", "0", "--no-verify-signatures", "--request-timeout", "0.2"], { from: "user" });
  const { port } = new URL(await h.listening);
  const stalled = await exchange(Number(port), { send: ["POST /appbundles HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{"] });
  assert.is(stalled.ending, "closed");
  assert.match(stalled.text, /"message":"The request body did not arrive within 0.2 s"/);
  h.stop();
  await done;
  assert.ok(h.lines.some((line) => /requests: bodies up to 1048576 bytes; headers, then body, each within 0.2 s/.test(line)), h.lines.join("\n"));
  const option = h.program.commands.find((c) => c.name() === "serve")?.options.find((o) => o.long === "--request-timeout");
  assert.is(option?.defaultValue, 10);
});

test("bad values are UsageErrors naming the flag", async () => {
  const cases: [string[], RegExp][] = [
    [["--port", "http"], /--port takes an integer/],
    [["--port", "70000"], /--port/],
    [["--throttle-rate", "2"], /--throttle-rate takes a number from 0 to 1/],
    [["--error-rate", "x"], /--error-rate/],
    [["--throttle-rate", "0.7", "--error-rate", "0.7"], /must not exceed 1/],
    [["--latency-ms", "50-10"], /--latency-ms takes MIN or MIN-MAX/],
    [["--region", "Mars"], /--region/],
    [["--seed", "-1"], /--seed/],
    [["--request-timeout", "0"], /--request-timeout must be more than 0/],
    [["--request-timeout", "soon"], /--request-timeout takes seconds/],
  ];
  for (const [args, message] of cases) {
    const h = harness();
    h.stop();
    try {
      await h.program.parseAsync(["serve", "--port", "0", ...args], { from: "user" });
      assert.unreachable(`accepted ${args.join(" ")}`);
    } catch (error) {
      assert.instance(error, UsageError, args.join(" "));
      assert.match((error as Error).message, message);
    }
  }
});

test.run();
