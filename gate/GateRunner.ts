import type { OperationName } from "../contracts/operationCatalogue.ts";
import { CallRunner, type CallRunnerDeps, type Sent } from "../properties/CallRunner.ts";
import type { Finding } from "../properties/finding.ts";
import type { Difference } from "./Difference.ts";
import type { PairTarget } from "./pairTarget.ts";

/**
 * The properties' CallRunner, judging by difference instead of by prediction: a call fails its case when the
 * two clients behaved differently in a way not reported yet. The oracle still follows every call (page
 * tokens, list walks and stateful commands read it), but its findings, and the properties' own checks, are
 * the `run` command's business: the gate holds the candidate to the baseline, not to the model.
 */
export class GateRunner extends CallRunner {
  readonly #differences = new WeakMap<Finding, Difference>();

  /** `stopAtFirst: false` for setup and teardown: their calls all run, whatever an earlier one showed. */
  constructor(deps: CallRunnerDeps, private readonly pair: PairTarget, private readonly reported: ReadonlySet<string>, private readonly stopAtFirst = true) {
    super(deps);
  }

  override failFast(): void {
    if (this.stopAtFirst) super.failFast();
  }

  override evaluate(operation: OperationName, input: Readonly<Record<string, unknown>>, sent: Sent): Finding[] {
    super.evaluate(operation, input, sent);
    return this.pair.takeDifferences().filter((d) => !this.reported.has(d.fingerprint)).map((d) => {
      const finding: Finding = { kind: "client", severity: "failure", operation: d.operation, check: `differs:${d.aspect}`,
        message: `${d.aspect} ${d.path}: baseline ${JSON.stringify(d.baseline) ?? "absent"}, candidate ${JSON.stringify(d.candidate) ?? "absent"}` };
      this.#differences.set(finding, d);
      return finding;
    });
  }

  override record(findings: readonly Finding[]): void {
    super.record(findings.filter((f) => this.#differences.has(f)));
  }

  /** The differences behind a failed case's findings. */
  differencesIn(findings: readonly Finding[]): Difference[] {
    return findings.flatMap((f) => this.#differences.get(f) ?? []);
  }
}
