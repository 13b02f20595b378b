/** The lines that let a reader reproduce a property's failure: counterexample, seed, path, replay. */
import type { PropertyEnd } from "../events/runEvent.ts";

export function replayDetails(end: PropertyEnd): string[] {
  return [
    ...(end.counterexample !== undefined ? [`counterexample: ${end.counterexample}`] : []),
    `seed: ${end.seed}`,
    ...(end.path !== undefined ? [`path: ${end.path}`] : []),
    ...(end.replay !== undefined ? [`replay: ${end.replay}`] : []),
    ...(end.error !== undefined ? [`error: ${end.error}`] : []),
  ];
}
