import { LENGTHS } from "../../contracts/constraints.ts";
import { CLASS_SAMPLES } from "../../generators/characterClass.ts";
import type { Tag } from "../../generators/tagList.ts";

const sample = (name: keyof typeof CLASS_SAMPLES): string => CLASS_SAMPLES[name].join("");

/** `length` characters outside the BMP: two UTF-16 units and four UTF-8 bytes each, one character toward the length. */
export function astral(length: number): string {
  return Array.from({ length }, (_, i) => CLASS_SAMPLES.astral[i % CLASS_SAMPLES.astral.length]).join("");
}

/**
 * A prefix holding every class one value can (spaces at both ends, and JSON's and URLs' special characters
 * among them): the service must give it back as sent. Padded one over the maximum it is the invalid case, whose
 * decomposed sequence NFC would join, so a service counting after normalising would take it.
 */
export const PREFIX_OF_EVERY_CLASS = ` ${(["non-ascii", "astral", "right-to-left", "precomposed", "decomposed", "combining", "escaped"] as const).map(sample).join("/")} `;

/**
 * Tags of every class that AWS's general tagging rules allow: a refusal of any of them is a failure. The first
 * is at both maxima in characters outside the BMP (the plan's invalid tags are it, one over), a key is the
 * precomposed é whose decomposed twin TAGS_BEYOND_AWS_RULES adds, and one value is empty.
 */
export const TAGS_WITHIN_AWS_RULES: readonly Tag[] = [
  { key: astral(LENGTHS.tagKey.max), value: astral(LENGTHS.tagValue.max) },
  { key: astral(1), value: astral(1) },
  { key: sample("non-ascii"), value: sample("non-ascii") },
  { key: sample("right-to-left"), value: sample("right-to-left") },
  { key: sample("precomposed"), value: sample("precomposed") },
  { key: " spaced ", value: " spaced " },
  { key: "a/b+c", value: "a/b+c" },
  { key: "empty", value: "" },
];

/**
 * Tags of the classes AWS's general tagging rules leave out (combining marks, most of the escaped characters),
 * sent on their own TagResource so a service applying those rules refuses them alone (an observation), and
 * untagged again through the query string. The decomposed key sits beside its precomposed twin: a service that
 * normalises merges the two.
 */
export const TAGS_BEYOND_AWS_RULES: readonly Tag[] = [
  { key: sample("decomposed"), value: sample("decomposed") },
  { key: sample("combining"), value: sample("combining") },
  { key: sample("escaped"), value: sample("escaped") },
];
