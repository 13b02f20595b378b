/**
 * Event strings can hold bytes a target sent back; printed raw, control characters (ESC sequences,
 * carriage returns) could rewrite the terminal or fake a verdict line, so they are shown as escapes.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
