/**
 * Event strings can hold bytes a target sent back; printed raw, control characters (ESC sequences, carriage
 * returns) could rewrite the terminal or fake a verdict line. Line breaks split the text into lines; every
 * other control character is shown as its Unicode control picture (␛, ␉), never as an escape sequence.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

function picture(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
}

/** One line of terminal-safe text: a line break inside shows as ␊. */
export function terminalSafe(text: string): string {
  return text.replace(/\r?\n/g, "\u240a").replace(CONTROL, picture);
}

/** Terminal-safe lines: the text split at its line breaks. */
export function terminalLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(CONTROL, picture));
}
