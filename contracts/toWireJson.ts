/**
 * The JSON a value becomes on the wire: Dates turn into their ISO string (Date#toJSON calls toISOString),
 * undefined members disappear, and the SDK's `$metadata` is dropped at every depth. SDK outputs go through
 * this before they are checked against the wire schemas. Throws, like JSON.stringify, on cycles and BigInts.
 */
export function toWireJson(value: unknown): unknown {
  const text = JSON.stringify(value, (key, member: unknown) => (key === "$metadata" ? undefined : member));
  return text === undefined ? undefined : JSON.parse(text);
}
