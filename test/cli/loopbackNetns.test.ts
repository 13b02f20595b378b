/**
 * A loopback live run passes with no route to anything but loopback: `serve` and `run --target live` in one
 * network namespace of their own (`unshare -rn`, an unprivileged user namespace), with no Region set, instance
 * metadata not disabled, an empty home and the credentials in the environment. The one process-boundary test of
 * issue 19's item 6; loopbackMetadata.test.ts shows in process that nothing is asked of metadata or STS.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { childEnv, FAKE, ROOT, spawnCommand } from "./liveFixtures.ts";

/** Why this machine cannot make a namespace with its loopback up, or undefined when it can. */
function namespaceUnavailable(): string | undefined {
  const probe = spawnSync("unshare", ["-rn", "sh", "-c", "ip link set lo up"], { encoding: "utf8" });
  if (probe.error) return `unshare is not available (${probe.error.message})`;
  return probe.status === 0 ? undefined : `unshare -rn with ip link set lo up is not permitted here (exit ${String(probe.status)}: ${probe.stderr.trim()})`;
}

const PORT = 4599;
const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

test("serve and a loopback live run in a network namespace of their own: exit 0, passed, instance metadata never asked", async () => {
  const unavailable = namespaceUnavailable();
  if (unavailable !== undefined) {
    console.log(`skipped: ${unavailable}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "harness-netns-"));
  try {
    const harness = `${quote(process.execPath)} ${quote(join(ROOT, "bin/appfabric-harness.js"))}`;
    // The instance metadata service's address, on loopback here, answers and writes down whatever asks it.
    const trap = `require("node:http").createServer((req, res) => { require("node:fs").appendFileSync("metadata.log", req.method + " " + req.url + "\\n"); res.end(); })`
      + `.listen(80, "169.254.169.254", () => require("node:fs").writeFileSync("metadata.ready", ""))`;
    const script = [
      "set -u", "ip link set lo up",
      // Nothing off loopback is reachable: the namespace has no other interface and no route.
      "ip route get 192.0.2.1 >/dev/null 2>&1 && { echo 'a route off loopback'; exit 98; }",
      "ip addr add 169.254.169.254/32 dev lo",
      `${quote(process.execPath)} -e ${quote(trap)} & trap=$!`,
      `${harness} serve --port ${PORT} --access-key-id ${quote(FAKE.accessKeyId)} --secret-access-key ${quote(FAKE.secretAccessKey)} > serve.log 2>&1 & server=$!`,
      "tries=0; until grep -q listening serve.log && [ -e metadata.ready ]; do tries=$((tries+1)); [ $tries -gt 300 ] && { cat serve.log; exit 97; }; sleep 0.1; done",
      `${harness} run --target live --endpoint-url http://127.0.0.1:${PORT} --runs 2 --seed 3 --rate 2000 --no-report --journal-dir journal`,
      "code=$?", "kill $server $trap; wait $server", "exit $code",
    ].join("\n");
    const { AWS_REGION: _region, AWS_EC2_METADATA_DISABLED: _imds, ...env } = childEnv({ HOME: dir });
    const result = await spawnCommand("unshare", ["-rn", "sh", "-c", script], dir, env).done;
    assert.is(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /PASSED: 0 failures/);
    assert.match(result.stdout, /parents-lifecycle: passed/);
    assert.is(existsSync(join(dir, "metadata.log")) ? readFileSync(join(dir, "metadata.log"), "utf8") : "", "", "nothing asked the instance metadata service");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
