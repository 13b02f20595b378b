/**
 * Reading a file a user names. Only a regular file is read: a FIFO blocks until some writer opens it (forever,
 * when none does), a device such as /dev/zero never ends, so each is refused with what it is. /dev/null is
 * refused too, as the character device it is: one rule with no exception, and where an empty input means
 * something (a history), a file that does not exist already reads as empty.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from "node:fs";

/** The path names something other than a regular file; the message says what, the path is the caller's to name. */
export class NotARegularFile extends Error {
  override readonly name = "NotARegularFile";
  constructor(readonly path: string, kind: string) {
    super(`not a regular file (${kind})`);
  }
}

/** What an open descriptor can be besides a regular file: open(2) follows links and refuses sockets. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice()) return "a character device";
  return stats.isBlockDevice() ? "a block device" : "a folder";
}

/**
 * Opens for reading, refusing anything but a regular file; the caller closes the descriptor. O_NONBLOCK makes
 * opening a FIFO return at once, and the check is on the open descriptor, so nothing swapped in after a stat gets
 * through. (On a regular file O_NONBLOCK changes nothing.)
 */
export function openRegularFile(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // open(2) refuses a socket outright (ENXIO): say what it is, as for the rest.
    if ((error as NodeJS.ErrnoException).code === "ENXIO" && statSync(path, { throwIfNoEntry: false })?.isSocket()) {
      throw new NotARegularFile(path, "a socket");
    }
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotARegularFile(path, kindOf(stats));
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The whole file as UTF-8, if it is a regular file (else NotARegularFile; a missing one throws as readFileSync does). */
export function readRegularFile(path: string): string {
  const fd = openRegularFile(path);
  try {
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
