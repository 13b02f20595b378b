import { LENGTHS } from "../../contracts/constraints.ts";
import type { DataPath } from "./mapJson.ts";

/** Input members with a documented maximum length, by member name (tag keys and values inside tag lists). */
const MAX_LENGTHS: Readonly<Record<string, number>> = {
  bucketName: LENGTHS.bucketName.max, prefix: LENGTHS.prefix.max, streamName: LENGTHS.streamName.max,
  app: LENGTHS.app.max, tenantId: LENGTHS.tenantId.max, key: LENGTHS.tagKey.max, value: LENGTHS.tagValue.max,
};

/** The maximum length of the string member at `path`, when the contract gives it one. */
export function memberMaxLength(path: DataPath): number | undefined {
  const name = path[path.length - 1];
  return typeof name === "string" && Object.hasOwn(MAX_LENGTHS, name) ? MAX_LENGTHS[name] : undefined;
}
