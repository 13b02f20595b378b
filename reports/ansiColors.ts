/**
 * Colours for the console through node:util's styleText; disabled colours are identity functions, so callers
 * never branch. The harness decides colour itself (`colorEnabled`), so styleText is told not to check the
 * stream again: FORCE_COLOR must colour a pipe.
 */
import { styleText } from "node:util";

export type Paint = (text: string) => string;

export interface Palette {
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly dim: Paint;
  readonly bold: Paint;
}

type Style = Parameters<typeof styleText>[0];

const styled = (format: Style): Paint => (text) => styleText(format, text, { validateStream: false });
const plain: Paint = (text) => text;

export function ansiColors(enabled: boolean): Palette {
  if (!enabled) return { red: plain, green: plain, yellow: plain, cyan: plain, dim: plain, bold: plain };
  return { red: styled("red"), green: styled("green"), yellow: styled("yellow"), cyan: styled("cyan"), dim: styled("dim"), bold: styled("bold") };
}
