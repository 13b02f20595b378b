import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveReplayArgs } from "../../cli/liveReplayArgs.ts";

test("a live failure's replay line carries the endpoint and the opt-in it ran under", () => {
  assert.equal(liveReplayArgs({ endpoint: "https://appfabric.us-east-1.amazonaws.com", account: "111122223333",
    appBundle: "arn:aws:appfabric:us-east-1:111122223333:appbundle/b", ingestion: "arn:aws:appfabric:us-east-1:111122223333:appbundle/b/ingestion/i",
    s3Bucket: ["one", "two"], firehoseStream: ["stream"], rate: 5 }), [
    "--endpoint", "https://appfabric.us-east-1.amazonaws.com", "--account", "111122223333",
    "--app-bundle", "arn:aws:appfabric:us-east-1:111122223333:appbundle/b", "--ingestion", "arn:aws:appfabric:us-east-1:111122223333:appbundle/b/ingestion/i",
    "--s3-bucket", "one", "--s3-bucket", "two", "--firehose-stream", "stream", "--rate", "5",
  ]);
  assert.equal(liveReplayArgs({ config: "sandbox.json" }), ["--config", "sandbox.json"]);
});

test.run();
