import { UsageError } from "./exitCodes.ts";

/** Parses a non-negative integer flag value, or names the flag and the bad value. */
export function integerFlag(flag: string, min = 0, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`${flag} takes an integer from ${min} to ${max}, not ${JSON.stringify(value)}`);
    }
    return n;
  };
}

/** Parses a flag value that must be one of a fixed list. */
export function choiceFlag<T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new UsageError(`${flag} takes one of ${choices.join(", ")}, not ${JSON.stringify(value)}`);
    }
    return value as T;
  };
}

/** A fresh 32-bit seed for runs that were not given one. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}
