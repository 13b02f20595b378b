/** The classes of invalid input the generator plants, one per documented constraint kind. */
export const DEFECT_KINDS = [
  "missingRequired", "unionEmpty", "unionTwoMembers", "unionUnknownMember", "unknownMember",
  "badEnum", "tooShort", "tooLong", "badPattern", "wrongType", "tooManyItems", "belowMinimum", "aboveMaximum",
] as const;

export type DefectKind = (typeof DEFECT_KINDS)[number];

/** One planted defect: what is wrong and where, as data. */
export interface Defect {
  readonly kind: DefectKind;
  /** Dotted path of the member the defect concerns, as ValidationException.fieldList names it. */
  readonly field: string;
  readonly description: string;
}

/** The error the contract says an input with this defect gets. */
export interface ExpectedError {
  readonly name: "ValidationException";
  readonly reason: "fieldValidationFailed";
  readonly field: string;
}

/** An invalid input labelled with its defect and the error it must get. */
export interface InvalidCase {
  readonly input: Readonly<Record<string, unknown>>;
  readonly defect: Defect;
  readonly expected: ExpectedError;
}
