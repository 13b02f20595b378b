import { test } from "uvu";
import * as assert from "uvu/assert";
import { isLoopbackEndpoint } from "../../safety/isLoopbackEndpoint.ts";

test("loopback endpoints: 127.0.0.0/8, localhost and [::1]", () => {
  for (const url of ["http://127.0.0.1:4566", "http://127.255.3.9", "https://localhost:8089/", "http://LOCALHOST", "http://[::1]:9000"]) {
    assert.ok(isLoopbackEndpoint(url), url);
  }
});

test("anything else is not loopback, however it looks", () => {
  for (const url of ["https://appfabric.us-east-1.amazonaws.com", "http://128.0.0.1", "http://127.0.0.1.example.com", "http://localhost.example.com",
    "http://10.0.0.1", "http://[::2]", "http://127.0.0.256", "not a url", "http://0.0.0.0"]) {
    assert.not.ok(isLoopbackEndpoint(url), url);
  }
});

test.run();
