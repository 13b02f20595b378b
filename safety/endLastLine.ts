import { ftruncateSync, readFileSync, writeSync } from "node:fs";

/**
 * Makes a journal opened for appending (`fd`, readable) end with a whole line, as readJournal reads it. A kill
 * mid-write can leave the last line without its newline; a line appended after it would be glued on, losing
 * that entry, and once more lines followed the journal could no longer be read at all. So a complete last entry
 * gets its newline, and a line cut short (which readJournal ignores) is dropped.
 */
export function endLastLine(fd: number): void {
  const bytes = readFileSync(fd);
  const end = bytes.lastIndexOf(0x0a) + 1;
  if (end === bytes.length) return;
  try {
    JSON.parse(bytes.subarray(end).toString("utf8"));
    writeSync(fd, "\n");
  } catch {
    ftruncateSync(fd, end);
  }
}
