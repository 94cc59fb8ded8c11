/**
 * Every flag of the catalogue against one company's figures: computed through the core's one boundary
 * (`invokeFunction`, which never throws) when its inputs are found, listed with what it needs
 * otherwise. Utilities (EXPLAIN, FLAGS, SCORE) read no model and are left out.
 */
import type { CellOutput } from "../../core/cells/values";
import type { FunctionDefinition } from "../../core/framework/definition";
import { invokeFunction } from "../../core/framework/invoke";
import type { Financials } from "../../model/financials";
import { feedFlag, type FormulaArg, type Setting, type UsedInput } from "./feed";
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

function topLeft(def: FunctionDefinition, args: Parameters<typeof invokeFunction>[1]): CellOutput {
  return invokeFunction(def, args)[0][0];
}

export function computeFlag(def: FunctionDefinition, f: Financials, assumptions: Assumptions = {}): FlagResult {
  const heading = { id: def.id, title: def.words.title, valueLabel: def.words.valueLabel };
  const feed = feedFlag(def, f, assumptions);
  if (!feed.ok) return { ...heading, state: "needs-input", missing: feed.missing, message: needsMessage(def.id, feed.missing, feed.reason) };
  const value = topLeft(def, [...feed.args, "value"]);
  const status = def.hasStatus ? topLeft(def, [...feed.args, "status"]) : undefined;
  const { period, inputs, settings, notes, formulaArgs } = feed;
  return { ...heading, state: "computed", value, ...(status === undefined ? {} : { status }), period, inputs, settings, notes, formulaArgs };
}

/** Flags that read a company's figures: every registry entry but the utilities. */
export function modelFlags(registry: readonly FunctionDefinition[]): FunctionDefinition[] {
  return registry.filter((def) => def.kind !== "utility");
}

export function computeFlags(registry: readonly FunctionDefinition[], f: Financials, assumptions: Assumptions = {}): FlagResult[] {
  return modelFlags(registry).map((def) => computeFlag(def, f, assumptions));
}
