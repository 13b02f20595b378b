import { idOfArn } from "../../model/index.ts";
import type { Mutant } from "./Mutant.ts";

const idOf = (identifier: unknown) => idOfArn(String(identifier));

/** Delete answers 204 but List keeps showing the destination (an index that is never cleaned). */
export const deleteLeavesInList: Mutant = {
  name: "delete-leaves-in-list",
  class: "semantics",
  description: "a deleted destination still appears in ListIngestionDestinations",
  caughtBy: [
    { kind: "model", check: "list-extra", operation: "ListIngestionDestinations" },
    { kind: "model", check: "output.ingestionDestinations", operation: "ListIngestionDestinations" },
  ],
  handle: (handle) => {
    const ghosts: string[] = [];
    const arns = new Map<string, string>();
    return (operation, input) => {
      const outcome = handle(operation, input);
      if (!outcome.ok) return outcome;
      const destination = outcome.output.ingestionDestination as { arn?: string } | undefined;
      if (destination?.arn) arns.set(idOf(destination.arn), destination.arn);
      if (operation === "DeleteIngestionDestination") {
        const arn = arns.get(idOf(input.ingestionDestinationIdentifier));
        if (arn) ghosts.push(arn);
      }
      if (operation !== "ListIngestionDestinations" || outcome.output.nextToken !== undefined) return outcome;
      const listed = outcome.output.ingestionDestinations as { arn: string }[];
      const ingestion = `/ingestion/${idOf(input.ingestionIdentifier)}/`;
      const extra = ghosts.filter((arn) => arn.includes(ingestion) && !listed.some((d) => d.arn === arn)).map((arn) => ({ arn }));
      return { ...outcome, output: { ...outcome.output, ingestionDestinations: [...listed, ...extra] } };
    };
  },
};
