import type { RunStart } from "../events/runEvent.ts";

/** What a run drove, in one line: the target and where it answers, the client module and version, the harness's version. */
export function drivenBy(start: RunStart): string {
  const client = start.client
    ? `client ${start.client.source}${start.client.version ? ` ${start.client.version}` : ""}${start.client.resolved ? ` (${start.client.resolved})` : ""}`
    : undefined;
  return [`target ${start.target}${start.endpoint ? ` (${start.endpoint})` : ""}`, ...(client ? [client] : []),
    ...(start.harness ? [`appfabric-harness ${start.harness}`] : [])].join(" · ");
}
