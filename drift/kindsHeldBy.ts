import type { FactKind, ServiceFacts, ShapeFacts } from "./ServiceFacts.ts";

function* shapesUnder(shape: ShapeFacts): Generator<ShapeFacts> {
  yield shape;
  if (shape.kind === "list") yield* shapesUnder(shape.member);
  if (shape.kind === "structure" || shape.kind === "union") {
    for (const member of Object.values(shape.members)) yield* shapesUnder(member.shape);
  }
}

/** The kinds of fact a description states somewhere: a kind it never states is one it does not hold. */
export function kindsHeldBy(facts: ServiceFacts): ReadonlySet<FactKind> {
  const held = new Set<FactKind>();
  const operations = Object.values(facts.operations);
  const roots = [...operations.flatMap((op) => [op.input, op.output]), ...Object.values(facts.errors).map((e) => e.shape)];
  for (const shape of roots.flatMap((root) => [...shapesUnder(root)])) {
    if ((shape.kind === "string" || shape.kind === "list") && shape.length !== undefined) held.add("lengths");
    if (shape.kind === "integer" && shape.range !== undefined) held.add("lengths");
    if (shape.kind === "string" && shape.pattern !== undefined) held.add("patterns");
    if (shape.kind === "string" && shape.enum !== undefined) held.add("enums");
  }
  if (operations.some((op) => op.errors.length > 0)) held.add("operationErrors");
  if (Object.keys(facts.errors).length > 0) held.add("errorShapes");
  if (operations.some((op) => op.pageItems !== undefined)) held.add("pagination");
  if (operations.some((op) => op.readonly)) held.add("readonly");
  if (operations.some((op) => op.idempotent)) held.add("idempotent");
  return held;
}
