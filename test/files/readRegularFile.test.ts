/** readRegularFile: a regular file is read; a FIFO, a device, a socket or a folder is refused at once, saying which. */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { NotARegularFile, readRegularFile } from "../../files/readRegularFile.ts";
import { guarded, makeFifo } from "./specialFiles.ts";

const dir = mkdtempSync(join(tmpdir(), "harness-regular-file-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function refusal(path: string): string {
  let thrown: unknown;
  try {
    readRegularFile(path);
  } catch (error) {
    thrown = error;
  }
  assert.instance(thrown, NotARegularFile, `read ${path}: ${String(thrown)}`);
  assert.is((thrown as NotARegularFile).path, path);
  return (thrown as Error).message;
}

test("a regular file, through a link too, is read whole; a missing one throws as a read does", () => {
  const file = join(dir, "plain.json");
  writeFileSync(file, "{\"a\": \"é\"}\n");
  assert.is(readRegularFile(file), "{\"a\": \"é\"}\n");
  symlinkSync(file, join(dir, "link.json"));
  assert.is(readRegularFile(join(dir, "link.json")), "{\"a\": \"é\"}\n");
  assert.throws(() => readRegularFile(join(dir, "absent")), (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT");
});

test("a FIFO nobody writes to is refused at once", async () => {
  const fifo = makeFifo(dir, "pipe");
  if (fifo === undefined) return console.log("skipped: mkfifo is not available here");
  const result = await guarded([fifo], () => readRegularFile(fifo));
  assert.ok(result.ms < 2000, `held ${result.ms} ms`);
  assert.instance(result.error, NotARegularFile);
  assert.is((result.error as Error).message, "not a regular file (a FIFO)");
});

test("/dev/null and a folder are refused too", () => {
  assert.is(refusal("/dev/null"), "not a regular file (a character device)");
  const folder = join(dir, "folder");
  mkdirSync(folder);
  assert.is(refusal(folder), "not a regular file (a folder)");
});

test("a Unix socket is refused as a socket, not as open(2)'s ENXIO", async () => {
  const path = join(dir, "socket");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  try {
    assert.is(refusal(path), "not a regular file (a socket)");
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test.run();
