import { listPage } from "../listPage.ts";
import { arnSummary } from "../outputs.ts";
import type { Handler } from "../transition.ts";

export const listAppBundles: Handler = (state, input) =>
  listPage(state, input, "ListAppBundles", "appBundleSummaryList", state.appBundles, arnSummary, [], ["arn.format"]);
