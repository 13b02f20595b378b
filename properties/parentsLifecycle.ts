/**
 * The calls that create and remove a run's own parents (app bundle and ingestion) are judged like any other,
 * under this name: the one declaration every report and the self-test read.
 */
export const PARENTS_LIFECYCLE = {
  name: "parents-lifecycle",
  description: "the run's app bundle and ingestion are created, stopped and deleted through the API",
} as const;
