/**
 * Opens the HTML report in headless Chromium with every non-file request blocked, to prove the report is
 * self-contained and renders.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { EventSink } from "../../events/runEvent.ts";
import { createReportSinks } from "../../reports/reportSinks.ts";
import { CHROMIUM_ARGS, chromiumPath, skipLine } from "./chromium.ts";
import { HOSTILE, sampleEvents } from "./sampleEvents.ts";

const CHROMIUM = chromiumPath();
const NAME = "html report renders in headless Chromium with the network blocked";

async function writeReport(reportDir: string): Promise<string> {
  let html = "";
  for (const runId of ["night-1", "night-2"]) {
    const { sinks, paths } = createReportSinks({ reportDir });
    const all: readonly EventSink[] = sinks;
    for (const event of sampleEvents(runId)) for (const sink of all) sink.emit(event);
    for (const sink of all) await sink.close();
    html = paths.html;
  }
  return html;
}

if (CHROMIUM === undefined) {
  console.log(skipLine(NAME));
} else {
  test(NAME, async () => {
    const dir = mkdtempSync(join(tmpdir(), "html-report-"));
    const context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      timeout: 60_000,
    });
    try {
      const blocked: string[] = [];
      const errors: string[] = [];
      await context.route("**", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
      page.on("dialog", (dialog) => { errors.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
      await page.goto(pathToFileURL(await writeReport(join(dir, "report"))).href, { waitUntil: "load" });

      assert.is(await page.getAttribute("#verdict", "data-verdict"), "failed");
      assert.match((await page.textContent("#verdict h1")) ?? "", /failed/);
      assert.is(await page.locator("#properties-table tbody tr").count(), 2);
      assert.is(await page.locator("#error-contract-table tbody tr").count(), 2);
      assert.is(await page.locator("#coverage-branch tbody tr").count(), 2);
      assert.is(await page.locator("#transient-table tbody tr").count(), 2);
      assert.is(await page.locator("pre.replay").count(), 1);
      assert.ok(((await page.textContent("#findings")) ?? "").includes(HOSTILE), "event text shows as text, not markup");

      const charts = await page.evaluate(() => [...document.querySelectorAll("canvas")].map((canvas) => {
        const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted += 1;
        const box = canvas.getBoundingClientRect();
        return { id: canvas.id, width: box.width, height: box.height, painted };
      }));
      assert.equal(charts.map((c) => c.id), ["latency-0", "latency-1", "trend-findings", "trend-properties", "trend-throughput"]);
      for (const chart of charts) {
        assert.ok(chart.width > 0 && chart.height > 0, `${chart.id} has a size`);
        assert.ok(chart.painted > 500, `${chart.id} is drawn (${chart.painted} painted pixels)`);
      }
      assert.equal(blocked, [], "no request left the file");
      assert.equal(errors, [], "no script error, CSP violation or dialog");

      const screenshot = join(dir, "report.png");
      await page.screenshot({ path: screenshot, fullPage: true });
      assert.ok(statSync(screenshot).size > 10_000);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
