import { test } from "uvu";
import * as assert from "uvu/assert";
import { UsageError } from "../../cli/exitCodes.ts";
import { parseWorkers } from "../../cli/parseValues.ts";

test("--workers takes a count, a share of the cores (rounded down, at least 1) or auto, half of them", () => {
  assert.is(parseWorkers("3", 8), 3);
  assert.is(parseWorkers(" 64 ", 2), 64);
  assert.is(parseWorkers("50%", 8), 4);
  assert.is(parseWorkers("50%", 7), 3);
  assert.is(parseWorkers("100%", 12), 12);
  assert.is(parseWorkers("10%", 4), 1);
  assert.is(parseWorkers("100%", 200), 64);
  assert.is(parseWorkers("auto", 8), 4);
  assert.is(parseWorkers("auto", 1), 1);
});

test("anything else is a usage error that says what --workers takes", () => {
  for (const bad of ["0", "65", "0%", "101%", "50 %", "1.5", "half", "-2", "", "%", "auto%"]) {
    assert.throws(() => parseWorkers(bad, 8), (error: unknown) => error instanceof UsageError
      && error.message === `--workers takes N (1 to 64), N% of the cores (1% to 100%) or auto (half the cores), not ${JSON.stringify(bad)}`, bad);
  }
});

test.run();
