/**
 * The HTML report of a real run fits a laptop's window: at 1280x800 in headless Chromium, with every folded
 * part opened, nothing reaches past the viewport's right edge and no code block scrolls sideways; as loaded,
 * what was hit is folded. The runs are real: a passing one on the embedded emulator and a failing one against a planted bug, whose findings carry
 * long ARNs, request bodies and replay lines.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { executeRun } from "../../cli/executeRun.ts";
import type { RunOptions } from "../../cli/runOptions.ts";
import { CHROMIUM_ARGS, chromiumPath, skipLine } from "./chromium.ts";

const CHROMIUM = chromiumPath();
const NAME = "html report fits a 1280-pixel window";
const VIEWPORT = { width: 1280, height: 800 };

const RUN: RunOptions = { target: "emulator", seed: 1, runs: 5, strict: false, reportDir: "", report: true, quiet: true, verbose: false, throttleRate: 0,
  errorRate: 0, corpus: false, corpusDir: "", explore: false, stopAtFirst: false };

/** What the page measures: its own scroll width, what sticks out past the viewport, and code blocks that scroll. */
interface Width {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly beyond: readonly string[];
  readonly scrollingPre: readonly string[];
}

async function reportOf(dir: string, options: Partial<RunOptions>): Promise<{ code: number; html: string }> {
  const reportDir = join(dir, options.mutant ?? "control");
  const quiet = { stdout: { write: () => true, isTTY: false }, env: { CI: "true" } };
  const code = await executeRun({ ...RUN, ...options, reportDir }, quiet);
  return { code, html: join(reportDir, "index.html") };
}

async function measure(browser: Browser, html: string): Promise<{ width: Width; folded: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    const folded = await page.$$eval("details:not([open]) > summary", (summaries) => summaries.map((s) => s.textContent ?? ""));
    await page.$$eval("details", (all) => all.forEach((d) => { d.open = true; }));
    // No helper functions inside: tsx would wrap each in a `__name` call the page does not have.
    const width = await page.evaluate((): Width => {
      const root = document.documentElement, edge = root.clientWidth + 0.5;
      const beyond: string[] = [], scrollingPre: string[] = [];
      for (const el of document.body.querySelectorAll("*")) {
        const right = el.getBoundingClientRect().right;
        let scroller = false;
        for (let up = el.parentElement; up && up !== document.body && !scroller; up = up.parentElement) {
          scroller = ["auto", "scroll", "hidden"].includes(getComputedStyle(up).overflowX);
        }
        const parent = el.parentElement;
        // The outermost offender says where the page widens; its descendants only repeat it.
        const parentBeyond = parent !== null && parent !== document.body && parent.getBoundingClientRect().right > edge;
        const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").slice(0, 60)}"`;
        if (right > edge && !scroller && !parentBeyond) beyond.push(`${what} ends at ${Math.round(right)} px`);
        if (el.tagName === "PRE" && el.scrollWidth > el.clientWidth) scrollingPre.push(`${what} is ${el.scrollWidth} px wide in ${el.clientWidth} px`);
      }
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, beyond, scrollingPre };
    });
    return { width, folded };
  } finally {
    await page.close();
  }
}

function assertFits(width: Width, report: string): void {
  assert.equal(width.beyond, [], `${report}: elements past the right edge`);
  assert.equal(width.scrollingPre, [], `${report}: code blocks that scroll sideways`);
  assert.ok(width.scrollWidth <= width.clientWidth, `${report}: the page scrolls sideways (${width.scrollWidth} px in ${width.clientWidth} px)`);
}

if (CHROMIUM === undefined) {
  console.log(skipLine(NAME));
} else {
  test(NAME, async () => {
    const dir = mkdtempSync(join(tmpdir(), "html-width-"));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    try {
      const passing = await reportOf(dir, {});
      assert.is(passing.code, EXIT.ok);
      const passed = await measure(browser, passing.html);
      assertFits(passed.width, "passing report");
      // What was hit is folded; a passing run's plan hit every class, so nothing of it is left open.
      assert.ok(passed.folded.some((s) => /^(\d+) of \1 classes hit$/.test(s)), passed.folded.join(" | "));

      const failing = await reportOf(dir, { mutant: "accepts-length-one-over" });
      assert.is(failing.code, EXIT.findings);
      const failed = await measure(browser, failing.html);
      assertFits(failed.width, "failing report");
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
