/**
 * AWS's machine-readable model of AppFabric as the pinned aws-sdk v2 package ships it, as facts: the minified
 * model (operations, bindings, structures, required members, member types, unions, idempotency), its
 * paginators (each List's items member) and the enums of the typings generated from the same model. Its
 * minifier drops lengths, patterns and errors; the comparison leaves out what a side does not hold.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ts from "typescript";
import { factsOfModel } from "../../drift/factsOfModel.ts";
import type { OperationFacts, ServiceFacts, ShapeFacts } from "../../drift/ServiceFacts.ts";

const resolveInSdk = (path: string): string => createRequire(import.meta.url).resolve(`aws-sdk/${path}`);

export const MODEL_FILE = resolveInSdk("apis/appfabric-2023-05-19.min.json");
const PAGINATORS_FILE = resolveInSdk("apis/appfabric-2023-05-19.paginators.json");
const TYPINGS_FILE = resolveInSdk("clients/appfabric.d.ts");

interface Typings {
  /** `type Format = "json"|"parquet"|string` */
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** `type TagList = Tag[]` */
  readonly lists: ReadonlyMap<string, string>;
  /** Each interface's members and the names of their types. */
  readonly interfaces: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function typeName(node: ts.TypeNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isTypeReferenceNode(node)) return node.typeName.getText();
  return ts.isArrayTypeNode(node) ? `${typeName(node.elementType) ?? "?"}[]` : undefined;
}

function readTypings(path: string): Typings {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
  const enums = new Map<string, string[]>(), lists = new Map<string, string>(), interfaces = new Map<string, Map<string, string>>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
      const literals = node.type.types.filter(ts.isLiteralTypeNode).map((t) => t.literal).filter(ts.isStringLiteral);
      if (literals.length > 0) enums.set(node.name.text, literals.map((l) => l.text));
    }
    if (ts.isTypeAliasDeclaration(node) && ts.isArrayTypeNode(node.type)) lists.set(node.name.text, typeName(node.type.elementType) ?? "");
    if (ts.isInterfaceDeclaration(node)) {
      interfaces.set(node.name.text, new Map(node.members.filter(ts.isPropertySignature)
        .map((member) => [member.name.getText(), typeName(member.type) ?? ""] as const)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { enums, lists, interfaces };
}

/** The shape with the enums its typings name, walked member by member beside the typings. */
function withEnums(shape: ShapeFacts, type: string, typings: Typings): ShapeFacts {
  if (shape.kind === "string") {
    const values = typings.enums.get(type);
    return values === undefined ? shape : { ...shape, enum: values };
  }
  if (shape.kind === "list") {
    const item = type.endsWith("[]") ? type.slice(0, -2) : typings.lists.get(type) ?? "";
    return { ...shape, member: withEnums(shape.member, item, typings) };
  }
  if (shape.kind !== "structure" && shape.kind !== "union") return shape;
  const types = typings.interfaces.get(type);
  return { ...shape, members: Object.fromEntries(Object.entries(shape.members).map(([name, member]) =>
    [name, { ...member, shape: withEnums(member.shape, types?.get(name) ?? "", typings) }])) };
}

export function awsSdkV2Model(): ServiceFacts {
  const { facts } = factsOfModel(JSON.parse(readFileSync(MODEL_FILE, "utf8")));
  const paginators = JSON.parse(readFileSync(PAGINATORS_FILE, "utf8")) as { pagination: Record<string, { result_key: string }> };
  const typings = readTypings(TYPINGS_FILE);
  const operation = (name: string, op: OperationFacts): OperationFacts => {
    const items = paginators.pagination[name]?.result_key;
    return {
      ...op, ...(items === undefined ? {} : { pageItems: items }),
      input: withEnums(op.input, `${name}Request`, typings) as OperationFacts["input"],
      output: withEnums(op.output, `${name}Response`, typings) as OperationFacts["output"],
    };
  };
  return { ...facts, operations: Object.fromEntries(Object.entries(facts.operations).map(([name, op]) => [name, operation(name, op)])) };
}
