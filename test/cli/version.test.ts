import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { runMain } from "./runMain.ts";

test("--version prints package.json's version alone and exits 0", async () => {
  const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  for (const flag of ["--version", "-V"]) {
    const result = await runMain([flag]);
    assert.is(result.code, EXIT.ok);
    assert.is(result.stdout, `${version}\n`);
    assert.is(result.stderr, "");
  }
});

test.run();
