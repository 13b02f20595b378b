import { kindsHeldBy } from "./kindsHeldBy.ts";
import {
  FACT_KINDS, type FactKind, type MemberFacts, type Range, type ServiceFacts, type ShapeFacts,
} from "./ServiceFacts.ts";

export type Change =
  | "new operation" | "removed operation" | "changed http binding" | "changed idempotent" | "changed readonly"
  | "changed pagination" | "new error" | "removed error" | "changed error status" | "changed error fault"
  | "new member" | "removed member" | "new union member" | "removed union member" | "changed required"
  | "changed binding" | "changed idempotency token" | "changed type" | "new enum value" | "removed enum value"
  | "changed enum" | "changed length" | "changed range" | "changed pattern" | "changed timestamp format";

/**
 * breaking: the harness, holding its contract, would judge traffic the model describes wrongly: refuse what the
 * model allows (a false alarm) or let through what it forbids. additive: the model adds what the harness
 * neither sends nor checks (a new operation, optional member, union member, input enum value).
 */
export type Impact = "breaking" | "additive";

export interface Difference {
  readonly change: Change;
  readonly impact: Impact;
  /** What changed: an operation, an error, or Shape.member (a path where the model names no shape). */
  readonly subject: string;
  /** What the harness holds, and what the model says; absent for what one side lacks. */
  readonly contract?: string;
  readonly model?: string;
  /** Every place it shows: an operation's input or output, or an error, then the member path. */
  readonly where: readonly string[];
}

export interface Comparison {
  readonly differences: readonly Difference[];
  /** Kinds of fact both sides hold, and the kinds one side does not (not compared). */
  readonly compared: readonly FactKind[];
  readonly notCompared: readonly FactKind[];
}

type Side = "input" | "output";
interface At {
  readonly side: Side;
  /** Where the shape sits, e.g. "CreateIngestionDestination input.tags[]". */
  readonly where: string;
  readonly subject: string;
}

class Collector {
  private readonly found = new Map<string, { difference: Difference; where: Set<string> }>();

  /** One difference per change of one subject on one side: a shared shape's input and output are classed apart. */
  add(change: Change, impact: Impact, subject: string, where: string, values: { contract?: string; model?: string } = {}): void {
    const side = / (input|output)\b/.exec(where)?.[1] ?? "";
    const key = JSON.stringify([change, subject, side, values.contract, values.model]);
    const known = this.found.get(key);
    if (known === undefined) {
      this.found.set(key, { difference: { change, impact, subject, ...values, where: [] }, where: new Set([where]) });
      return;
    }
    known.where.add(where);
    if (impact === "breaking") known.difference = { ...known.difference, impact };
  }

  differences(): Difference[] {
    return [...this.found.values()].map(({ difference, where }) => ({ ...difference, where: [...where] }));
  }
}

const rangeText = (range: Range | undefined): string =>
  range === undefined ? "none" : `${range.min ?? ""}..${range.max ?? ""}`;
const kindText = (shape: ShapeFacts): string => (shape.kind === "other" ? shape.type : shape.kind);
const presence = (member: MemberFacts): string => `${member.required ? "required" : "optional"} ${kindText(member.shape)}`;
const bindingText = (member: MemberFacts): string =>
  `${member.location} ${member.location === "header" ? member.wireName.toLowerCase() : member.wireName}`;
const impactBySide = (side: Side, onInput: Impact, onOutput: Impact): Impact => (side === "input" ? onInput : onOutput);

/** One comparison of a description against a model, for the conformance test and the drift command alike. */
export function compareFacts(contract: ServiceFacts, model: ServiceFacts): Comparison {
  const modelKinds = kindsHeldBy(model), contractKinds = kindsHeldBy(contract);
  const held = new Set(FACT_KINDS.filter((kind) => modelKinds.has(kind) && contractKinds.has(kind)));
  const found = new Collector();

  function compareEnums(c: ShapeFacts & { kind: "string" }, m: ShapeFacts & { kind: "string" }, at: At): void {
    if (!held.has("enums") || (c.enum === undefined && m.enum === undefined)) return;
    if (c.enum === undefined || m.enum === undefined) {
      found.add("changed enum", "breaking", at.subject, at.where, { contract: c.enum?.join("|") ?? "any string", model: m.enum?.join("|") ?? "any string" });
      return;
    }
    for (const value of m.enum.filter((v) => !c.enum?.includes(v))) {
      found.add("new enum value", impactBySide(at.side, "additive", "breaking"), at.subject, at.where, { model: value });
    }
    for (const value of c.enum.filter((v) => !m.enum?.includes(v))) {
      found.add("removed enum value", impactBySide(at.side, "breaking", "additive"), at.subject, at.where, { contract: value });
    }
  }

  function compareRange(change: "changed length" | "changed range", c: Range | undefined, m: Range | undefined, at: At): void {
    if (held.has("lengths") && rangeText(c) !== rangeText(m)) {
      found.add(change, "breaking", at.subject, at.where, { contract: rangeText(c), model: rangeText(m) });
    }
  }

  function compareMembers(c: ShapeFacts & { kind: "structure" | "union" }, m: ShapeFacts & { kind: "structure" | "union" }, at: At): void {
    const owner = m.name ?? c.name;
    const union = c.kind === "union";
    for (const name of new Set([...Object.keys(c.members), ...Object.keys(m.members)])) {
      const child: At = { side: at.side, where: `${at.where}.${name}`, subject: owner === undefined ? `${at.where}.${name}` : `${owner}.${name}` };
      const cm = c.members[name], mm = m.members[name];
      if (cm === undefined && mm !== undefined) {
        found.add(union ? "new union member" : "new member", !union && mm.required ? "breaking" : "additive", child.subject, child.where, { model: presence(mm) });
      } else if (cm !== undefined && mm === undefined) {
        const impact = union ? impactBySide(at.side, "breaking", "additive") : impactBySide(at.side, "breaking", cm.required ? "breaking" : "additive");
        found.add(union ? "removed union member" : "removed member", impact, child.subject, child.where, { contract: presence(cm) });
      } else if (cm !== undefined && mm !== undefined) {
        if (cm.required !== mm.required) {
          found.add("changed required", "breaking", child.subject, child.where, { contract: presence(cm), model: presence(mm) });
        }
        if (bindingText(cm) !== bindingText(mm)) {
          found.add("changed binding", "breaking", child.subject, child.where, { contract: bindingText(cm), model: bindingText(mm) });
        }
        if (cm.idempotencyToken !== mm.idempotencyToken) {
          found.add("changed idempotency token", "breaking", child.subject, child.where, { contract: String(cm.idempotencyToken), model: String(mm.idempotencyToken) });
        }
        compareShape(cm.shape, mm.shape, child);
      }
    }
  }

  function compareShape(c: ShapeFacts, m: ShapeFacts, at: At): void {
    if (c.kind !== m.kind) {
      found.add("changed type", "breaking", at.subject, at.where, { contract: kindText(c), model: kindText(m) });
      return;
    }
    if ((c.kind === "structure" || c.kind === "union") && (m.kind === "structure" || m.kind === "union")) compareMembers(c, m, at);
    if (c.kind === "list" && m.kind === "list") {
      compareRange("changed length", c.length, m.length, at);
      compareShape(c.member, m.member, { side: at.side, where: `${at.where}[]`, subject: `${at.subject}[]` });
    }
    if (c.kind === "string" && m.kind === "string") {
      compareRange("changed length", c.length, m.length, at);
      if (held.has("patterns") && c.pattern !== m.pattern) {
        found.add("changed pattern", "breaking", at.subject, at.where, { contract: c.pattern ?? "none", model: m.pattern ?? "none" });
      }
      compareEnums(c, m, at);
    }
    if (c.kind === "integer" && m.kind === "integer") compareRange("changed range", c.range, m.range, at);
    if (c.kind === "timestamp" && m.kind === "timestamp" && c.format !== m.format) {
      found.add("changed timestamp format", "breaking", at.subject, at.where, { contract: c.format, model: m.format });
    }
    if (c.kind === "other" && m.kind === "other" && c.type !== m.type) {
      found.add("changed type", "breaking", at.subject, at.where, { contract: c.type, model: m.type });
    }
  }

  const root = (side: Side, where: string): At => ({ side, where, subject: where });
  const flag = (change: Change, name: string, c: string, m: string) => {
    if (c !== m) found.add(change, "breaking", name, name, { contract: c, model: m });
  };

  for (const [name, m] of Object.entries(model.operations)) {
    const c = contract.operations[name];
    if (c === undefined) {
      if (!contract.leftOut?.includes(name)) found.add("new operation", "additive", name, name, { model: `${m.method} ${m.uri}` });
      continue;
    }
    flag("changed http binding", name, `${c.method} ${c.uri} ${c.successCode}`, `${m.method} ${m.uri} ${m.successCode}`);
    if (held.has("idempotent")) flag("changed idempotent", name, String(c.idempotent), String(m.idempotent));
    if (held.has("readonly")) flag("changed readonly", name, String(c.readonly), String(m.readonly));
    if (held.has("pagination")) flag("changed pagination", name, c.pageItems ?? "none", m.pageItems ?? "none");
    if (held.has("operationErrors")) {
      for (const error of m.errors.filter((e) => !c.errors.includes(e))) found.add("new error", "breaking", error, name);
      for (const error of c.errors.filter((e) => !m.errors.includes(e))) found.add("removed error", "breaking", error, name);
    }
    compareShape(c.input, m.input, root("input", `${name} input`));
    compareShape(c.output, m.output, root("output", `${name} output`));
  }
  for (const name of Object.keys(contract.operations).filter((op) => model.operations[op] === undefined)) {
    found.add("removed operation", "breaking", name, name);
  }
  for (const name of (contract.leftOut ?? []).filter((op) => model.operations[op] === undefined && !model.leftOut?.includes(op))) {
    found.add("removed operation", "additive", name, name, { contract: "left out by the harness" });
  }
  if (held.has("errorShapes")) {
    for (const [name, m] of Object.entries(model.errors)) {
      const c = contract.errors[name];
      if (c === undefined) {
        found.add("new error", "additive", name, "error shapes");
        continue;
      }
      flag("changed error status", name, String(c.status ?? "none"), String(m.status ?? "none"));
      flag("changed error fault", name, c.fault, m.fault);
      compareShape(c.shape, m.shape, root("output", name));
    }
    for (const name of Object.keys(contract.errors).filter((e) => model.errors[e] === undefined)) {
      found.add("removed error", "breaking", name, "error shapes");
    }
  }
  return {
    differences: found.differences(),
    compared: FACT_KINDS.filter((kind) => held.has(kind)),
    notCompared: FACT_KINDS.filter((kind) => !held.has(kind)),
  };
}
