import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { outcomeSweep } from "./outcomeSweep.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The README's table of what decides each operation's outcome: | Operation | decided by | which error |, rule ids in backticks. */
function readmeTable(): Map<string, { decidedBy: string[]; errorChosenBy: string[] }> {
  const section = README.split(/^### What decides each operation's outcome$/m)[1]?.split(/^#/m)[0] ?? "";
  const rows = new Map<string, { decidedBy: string[]; errorChosenBy: string[] }>();
  const ids = (cell: string) => [...cell.matchAll(/`([a-zA-Z.]+)`/g)].map((m) => m[1] as string).sort();
  for (const line of section.split("\n")) {
    const cells = /^\|\s*([A-Z]\w+)\s*\|(.*)\|(.*)\|\s*$/.exec(line);
    if (cells && line.includes("`")) rows.set(cells[1] as string, { decidedBy: ids(cells[2] as string), errorChosenBy: ids(cells[3] as string) });
  }
  return rows;
}

test("the README says which rules decide each operation's outcome and which choose its error, as the model applies them", () => {
  const table = readmeTable();
  const swept = outcomeSweep();
  swept.delete("NoSuchOperation");
  assert.equal([...table.keys()].sort(), [...swept.keys()].sort());
  for (const [operation, rules] of swept) {
    assert.equal(table.get(operation)?.decidedBy, [...rules.decidedBy].sort(), `${operation}: decided by`);
    assert.equal(table.get(operation)?.errorChosenBy, [...rules.errorChosenBy].sort(), `${operation}: which error`);
  }
});

test.run();
