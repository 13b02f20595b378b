import fc from "fast-check";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * RFC 3339 date-times in every form the contract's pattern allows: `T`/`t`, `Z`/`z` or a numeric offset, with
 * no fraction, a millisecond fraction, or one padded with zeros past the millisecond (so every reading of the
 * fraction names the same millisecond).
 */
export function rfc3339Timestamp(): fc.Arbitrary<string> {
  return fc.record({
    instant: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 11, 31, 23, 59, 59, 999) }),
    offsetMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })),
    fraction: fc.constantFrom("none", "ms", "padded"),
    lowercase: fc.boolean(),
    zulu: fc.boolean(),
  }, { noNullPrototype: true }).map(({ instant, offsetMinutes, fraction, lowercase, zulu }) => {
    const useZulu = zulu && offsetMinutes === 0;
    const local = new Date(instant + (useZulu ? 0 : offsetMinutes) * 60_000);
    const ms = fraction === "none" ? "" : `.${pad(local.getUTCMilliseconds(), 3)}${fraction === "padded" ? "000" : ""}`;
    const sign = offsetMinutes < 0 ? "-" : "+";
    const abs = Math.abs(offsetMinutes);
    const zone = useZulu ? (lowercase ? "z" : "Z") : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    // Without a fraction the instant's milliseconds are dropped: the text names the whole second.
    return `${date}${lowercase ? "t" : "T"}${time}${ms}${zone}`;
  });
}
