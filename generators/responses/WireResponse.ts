import type { ErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";

/** What a response is, as the contract sees it. */
export type ResponseKind =
  | { readonly kind: "output" }
  | { readonly kind: "error"; readonly error: ErrorName }
  /** Outside the contract: the client must refuse it. `defect` says how, `at` where (a JSON path). */
  | { readonly kind: "outside"; readonly defect: OutOfContractDefect; readonly at: string };

export type OutOfContractDefect = "not-json" | "epoch-timestamp" | "union-two-members" | "union-no-member";

/** One HTTP answer for one operation, as a server would write it. */
export interface WireResponse {
  readonly operation: OperationName;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly is: ResponseKind;
}
