/**
 * Models derived from AWS's own (the pinned aws-sdk v2 model), for the drift command's tests. The minified
 * model states no lengths, patterns, enums or errors, so `fullModel` grafts the contract's onto it: a model
 * that states every kind of fact and agrees with the contract. Each derivation then changes one fact.
 */
import { readFileSync } from "node:fs";
import { factsOfContract } from "../../drift/factsOfContract.ts";
import type { ShapeFacts } from "../../drift/ServiceFacts.ts";
import { MODEL_FILE } from "../contracts/awsSdkV2Model.ts";

/** Model JSON, edited freely by the derivations. */
export type Doc = Record<string, any>;

const CONTRACT = factsOfContract();

/** The shape a member or operation reference stands for: a named shape, or the reference itself (inline). */
export function resolved(doc: Doc, ref: Doc): Doc {
  return typeof ref.shape === "string" ? doc.shapes[ref.shape] : ref;
}

/** The structure at a member path of an operation's input or output (list items as "[]"). */
export function shapeAt(doc: Doc, operation: string, side: "input" | "output", path: readonly string[]): Doc {
  let shape = resolved(doc, doc.operations[operation][side]);
  for (const segment of path) shape = resolved(doc, segment === "[]" ? shape.member : shape.members[segment]);
  return shape;
}

function graft(doc: Doc, shape: Doc, facts: ShapeFacts): void {
  if ((facts.kind === "string" || facts.kind === "list") && facts.length) Object.assign(shape, facts.length);
  if (facts.kind === "integer" && facts.range) Object.assign(shape, facts.range);
  if (facts.kind === "string" && facts.pattern !== undefined) shape.pattern = facts.pattern;
  if (facts.kind === "string" && facts.enum !== undefined) shape.enum = [...facts.enum];
  if (facts.kind === "list") graft(doc, resolved(doc, shape.member), facts.member);
  if (facts.kind === "structure" || facts.kind === "union") {
    for (const [name, member] of Object.entries(facts.members)) graft(doc, resolved(doc, shape.members[name]), member.shape);
  }
}

/** A botocore shape for facts the minified model has nowhere to take from (the error shapes). */
function botocoreShape(facts: ShapeFacts): Doc {
  if (facts.kind === "structure" || facts.kind === "union") {
    const members = Object.fromEntries(Object.entries(facts.members).map(([name, m]) => [name, {
      ...botocoreShape(m.shape), ...(m.location === "header" ? { location: "header", locationName: m.wireName } : {}),
    }]));
    const required = Object.entries(facts.members).filter(([, m]) => m.required).map(([name]) => name);
    return { type: "structure", required, members };
  }
  if (facts.kind === "list") return { type: "list", member: botocoreShape(facts.member) };
  if (facts.kind === "string") return { type: "string", ...(facts.enum ? { enum: [...facts.enum] } : {}) };
  return { type: facts.kind === "integer" ? "integer" : "string" };
}

export function fullModel(): Doc {
  const doc: Doc = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
  for (const [name, op] of Object.entries(CONTRACT.operations)) {
    graft(doc, resolved(doc, doc.operations[name].input), op.input);
    graft(doc, resolved(doc, doc.operations[name].output), op.output);
    doc.operations[name].errors = op.errors.map((shape) => ({ shape }));
  }
  for (const [name, error] of Object.entries(CONTRACT.errors)) {
    doc.shapes[name] = { ...botocoreShape(error.shape), exception: true, error: { httpStatusCode: error.status, senderFault: error.fault === "client" },
      ...(error.fault === "server" ? { fault: true } : {}) };
  }
  return doc;
}

const DESTINATION = ["destinationConfiguration", "auditLog", "destination"];

/** One change each, with the change and the member the drift report must name. */
export const DERIVATIONS: readonly { readonly name: string; readonly change: string; readonly names: string; readonly derive: (doc: Doc) => void }[] = [
  { name: "a changed length", change: "changed length", names: "s3Bucket.bucketName",
    derive: (doc) => { shapeAt(doc, "CreateIngestionDestination", "input", [...DESTINATION, "s3Bucket", "bucketName"]).max = 100; } },
  { name: "a new enum value", change: "new enum value", names: "auditLog.format",
    derive: (doc) => { shapeAt(doc, "CreateIngestionDestination", "input", ["processingConfiguration", "auditLog", "format"]).enum.push("csv"); } },
  { name: "a new union member", change: "new union member", names: "destination.httpEndpoint",
    derive: (doc) => {
      shapeAt(doc, "CreateIngestionDestination", "input", DESTINATION).members.httpEndpoint = { type: "structure", required: ["url"], members: { url: { type: "string" } } };
    } },
  { name: "a new error", change: "new error", names: "DestinationUnreachableException",
    derive: (doc) => {
      doc.shapes.DestinationUnreachableException = { type: "structure", required: ["message"], members: { message: { type: "string" } },
        exception: true, error: { httpStatusCode: 424, senderFault: true } };
      doc.operations.CreateIngestionDestination.errors.push({ shape: "DestinationUnreachableException" });
    } },
  { name: "a removed member", change: "removed member", names: "s3Bucket.prefix",
    derive: (doc) => { delete shapeAt(doc, "CreateIngestionDestination", "input", [...DESTINATION, "s3Bucket"]).members.prefix; } },
];
