/**
 * Every flag of the catalogue against one company's figures: computed through the core's one boundary
 * (`invokeFunction`, which never throws) when its inputs are found, listed with what it needs
 * otherwise. Utilities (EXPLAIN, FLAGS, SCORE) read no model and are left out.
 */
import type { CellOutput } from "../../core/cells/values";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { ValueKind } from "../../core/format/valueKind";
import type { Financials, MoneyUnits } from "../../model/financials";
import type { HardwareShare } from "../hardwareShare";
import { byPeriodOf, directionOf, type Direction, type PeriodResult } from "./byPeriod";
import { feedFlag, type FormulaArg, type Setting, type UsedInput } from "./feed";
import { resultOf } from "./result";
import { sensitivityOf, type Sensitivity } from "./sensitivity";
import type { Assumptions, MissingInput } from "./sources";

interface FlagHeading {
  id: string;
  title: string;
  /** What the value measures, from the registry ("FCF conversion (FCF / net income)"). */
  valueLabel: string;
}

export interface ComputedFlag extends FlagHeading {
  state: "computed";
  /** The top-left cell of the core's result for `output = "value"`. */
  value: CellOutput;
  /** The same for `output = "status"`; undefined for a flag without status (BONUSDEP). */
  status?: CellOutput;
  period: string;
  inputs: readonly UsedInput[];
  settings: readonly Setting[];
  notes: readonly string[];
  formulaArgs: readonly FormulaArg[];
  /** How the value reads (the registry's kind) and the figures' money units: every view formats from these. */
  valueKind?: ValueKind;
  units: MoneyUnits;
  /** Element-wise flags: the result of every period whose inputs are present, oldest first. */
  byPeriod?: readonly PeriodResult[];
  /** Element-wise flags with two consecutive periods or more: how the value moved. */
  direction?: Direction;
  /** Flags with an economic life: the result at each life of the sensitivity, beside the book life. */
  sensitivity?: Sensitivity;
  /** The share of capex read as hardware, for flags that read capex as vintages. */
  hardwareShare?: HardwareShare;
}

export interface NeedsInputFlag extends FlagHeading {
  state: "needs-input";
  missing: readonly MissingInput[];
  /** "FCFCONV needs: operating cash flow". */
  message: string;
}

export type FlagResult = ComputedFlag | NeedsInputFlag;

function describeMissing(m: MissingInput): string {
  const what = m.itemKind === "estimate" ? " (an estimate)" : m.itemKind === "assumption" ? " (an assumption)" : "";
  const blank = m.blankRow === undefined ? "" : ` ("${m.blankRow}" is blank)`;
  return `${m.label}${what}${blank}`;
}

export function needsMessage(id: string, missing: readonly MissingInput[], reason?: string): string {
  if (missing.length === 0) return `${id} cannot be computed: ${reason ?? "its inputs were not found"}.`;
  return `${id} needs: ${missing.map(describeMissing).join(", ")}`;
}

export function computeFlag(def: FunctionDefinition, f: Financials, assumptions: Assumptions = {}): FlagResult {
  const heading = { id: def.id, title: def.words.title, valueLabel: def.words.valueLabel };
  const feed = feedFlag(def, f, assumptions);
  if (!feed.ok) return { ...heading, state: "needs-input", missing: feed.missing, message: needsMessage(def.id, feed.missing, feed.reason) };
  const result = resultOf(def, feed);
  const { period, inputs, settings, notes, formulaArgs, hardwareShare } = feed;
  const byPeriod = def.kind === "elementwise" ? byPeriodOf(def, f, assumptions) : undefined;
  const direction = byPeriod ? directionOf(def, byPeriod, f.units) : undefined;
  const sensitivity = sensitivityOf(def, f, assumptions, feed);
  return {
    ...heading,
    state: "computed",
    ...result,
    period,
    inputs,
    settings,
    notes,
    formulaArgs,
    ...(def.valueKind ? { valueKind: def.valueKind } : {}),
    units: f.units,
    ...(byPeriod ? { byPeriod } : {}),
    ...(direction ? { direction } : {}),
    ...(sensitivity ? { sensitivity } : {}),
    ...(hardwareShare ? { hardwareShare } : {}),
  };
}

/** Flags that read a company's figures: every registry entry but the utilities. */
export function modelFlags(registry: readonly FunctionDefinition[]): FunctionDefinition[] {
  return registry.filter((def) => def.kind !== "utility");
}

export function computeFlags(registry: readonly FunctionDefinition[], f: Financials, assumptions: Assumptions = {}): FlagResult[] {
  return modelFlags(registry).map((def) => computeFlag(def, f, assumptions));
}
