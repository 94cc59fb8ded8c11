/**
 * What a flag declares, for both builders (`defineFlag.ts` for series, `defineElementwiseFlag.ts`
 * for element-wise flags), and what they share: the parameter kinds each reads, the fields every
 * flag definition gets.
 */
import type { Shape } from "../cells/values";
import type { ValueKind } from "../format/valueKind";
import { isChoice } from "../params/read";
import type { ArgsOf, ChoiceParam, ParamKind, ParamSpec } from "../params/spec";
import type { Example, GroupId, Words } from "./definition";
import type { Figure, FlagLogic, Measured } from "./explanation";
import { outputParam } from "./output";

/** The parameters a series flag reads: whole series, single numbers, choices. */
export type SeriesFlagParam = ParamSpec<string, "series" | "number"> | ChoiceParam;
/** The parameters an element-wise flag reads: cells or blocks broadcast together, single numbers, choices. */
export type ElementwiseFlagParam = ParamSpec<string, "cells" | "number"> | ChoiceParam;

export interface FlagSpec<P extends readonly ParamSpec[], M extends Measured> extends FlagLogic<ArgsOf<P>, M> {
  id: string;
  group: GroupId;
  valueKind: ValueKind;
  words: Words;
  params: P;
  examples: readonly Example[];
  /**
   * Why the flag means something on fiscal years only, when it does: its maths or thresholds
   * assume a year of flows (a return a year, a life in years, weights fitted on annual
   * statements) and no parameter says how many periods make a year. One sentence; a template laid
   * out in quarters shows it instead of a value.
   */
  yearsOnly?: string;
  /**
   * Cross-argument checks after each argument passed its own (equal series lengths,
   * sovereign <= total...). `where` names the cell (", period 3") for element-wise flags.
   */
  check?(a: ArgsOf<P>, where: string): void;
}

/** One element of an element-wise flag: the arguments it was measured on and what was measured. */
export interface MeasuredElement<A, M extends Measured> {
  a: A;
  m: M;
}

export interface ElementwiseFlagSpec<P extends readonly ParamSpec[], M extends Measured> extends FlagSpec<P, M> {
  /**
   * Figures that set each element against the others (INFERENCECOST compares each period with
   * the one before). Called for `output = "detail"` only, with every element in row-major order
   * and the common shape; returns one list of figures per element, shown after its own figures.
   */
  relate?(elements: ReadonlyArray<MeasuredElement<ArgsOf<P>, M>>, shape: Shape): Figure[][];
}

/** Refuses, when the flag is defined, a parameter its builder does not read (the types refuse it too). */
export function checkKinds(id: string, params: readonly ParamSpec[], kinds: readonly ParamKind[]): void {
  for (const p of params) {
    const ok = p.kind === "text" ? isChoice(p) : kinds.includes(p.kind);
    if (!ok) throw new Error(`${id}.${p.name}: a ${p.kind === "text" ? "text without choices" : p.kind} parameter is not read by this builder`);
  }
}

/** What every flag definition shares; `run` and `detail` are the builder's. */
export function flagFace<P extends readonly ParamSpec[], M extends Measured>(spec: FlagSpec<P, M>, kind: "series" | "elementwise") {
  const needs = spec.statusNeeds && spec.params.find((p) => p.name === spec.statusNeeds?.param);
  if (spec.statusNeeds && !(needs && needs.optional && needs.defaultValue === undefined)) {
    throw new Error(`${spec.id}: statusNeeds names ${spec.statusNeeds.param}, which must be an optional parameter without a default`);
  }
  return {
    id: spec.id,
    group: spec.group,
    kind,
    valueKind: spec.valueKind,
    words: spec.words,
    params: [...spec.params, outputParam],
    hasStatus: spec.classify !== undefined,
    ...(spec.statusNeeds ? { statusNeeds: spec.statusNeeds.param } : {}),
    ...(spec.yearsOnly ? { yearsOnly: spec.yearsOnly } : {}),
    examples: spec.examples,
  };
}
