/** Client config: endpoint resolution (https://appfabric.{region}.amazonaws.com unless `endpoint` is given), logger. */
import { HttpResponse, type HttpRequest } from "@smithy/core/protocols";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppFabricClient, ListAppBundlesCommand, resolveAppFabricEndpoint } from "../../client/index.ts";

test("the resolver: regional default, FIPS and dual-stack variants, a custom endpoint, and bad input", () => {
  assert.is(resolveAppFabricEndpoint({ Region: "eu-west-1" }).url.href, "https://appfabric.eu-west-1.amazonaws.com/");
  assert.is(resolveAppFabricEndpoint({ Region: "us-east-1", UseFIPS: true }).url.host,
    "appfabric-fips.us-east-1.amazonaws.com");
  assert.is(resolveAppFabricEndpoint({ Region: "us-east-1", UseDualStack: true }).url.host, "appfabric.us-east-1.api.aws");
  assert.is(resolveAppFabricEndpoint({ Region: "us-east-1", Endpoint: "http://127.0.0.1:9/x" }).url.href,
    "http://127.0.0.1:9/x");
  assert.throws(() => resolveAppFabricEndpoint({}), /Missing Region/);
  assert.throws(() => resolveAppFabricEndpoint({ Region: "us-east-1.evil.com/" }), /host label/);
  assert.throws(() => resolveAppFabricEndpoint({ Endpoint: "http://x", UseFIPS: true }), /FIPS and custom endpoint/);
});

test("the client sends to the regional endpoint, signs for that region, and logs (no network: in-memory handler)", async () => {
  const seen: HttpRequest[] = [];
  const logged: unknown[] = [];
  const record = (...content: unknown[]) => logged.push(...content);
  const client = new AppFabricClient({
    region: "ap-northeast-1", maxAttempts: 1,
    logger: { debug: record, info: record, warn: record, error: record, trace: record },
    credentials: { accessKeyId: "AKID", secretAccessKey: "fake-secret" },
    requestHandler: {
      handle: async (request: HttpRequest) => {
        seen.push(request);
        return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json" },
          body: new TextEncoder().encode(JSON.stringify({ appBundleSummaryList: [] })) }) };
      },
    },
  });
  const output = await client.send(new ListAppBundlesCommand({ maxResults: 2 }));
  assert.equal(output.appBundleSummaryList, []);
  const request = seen[0];
  assert.ok(request);
  assert.is(`${request.protocol}//${request.hostname}${request.path}`, "https://appfabric.ap-northeast-1.amazonaws.com/appbundles");
  assert.equal(request.query, { maxResults: "2" });
  assert.match(String(request.headers.authorization), "/ap-northeast-1/appfabric/aws4_request");
  const entry = logged.find((e): e is { clientName: string; commandName: string } =>
    typeof e === "object" && e !== null && "commandName" in e);
  assert.equal([entry?.clientName, entry?.commandName], ["AppFabricClient", "ListAppBundlesCommand"]);
});

test.run();
