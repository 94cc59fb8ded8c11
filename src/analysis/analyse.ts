/**
 * The analysis: one company's figures (`Financials`, from any source) in, every flag of the
 * catalogue out, computed through the core or listed with what it needs. `analyseFinancials` is
 * the one entry point; the CLI report runs it on each company, and "Analyse selection" runs it
 * on the figures the selection source read from a block. Never throws: problems are sentences.
 */
import type { FunctionDefinition } from "../core/framework/definition";
import { REGISTRY } from "../core/registry";
import { withDerivedItems } from "../model/derived";
import { EMPTY_FINANCIALS, type Financials } from "../model/financials";
import { blocksComputation, EMPTY_READING, readSelection, type Selection, type SelectionReading } from "../sources/selection";
import { computeFlags, type FlagResult } from "./flags/computeFlags";
import type { Assumptions } from "./flags/sources";

export interface AnalysisOptions {
  /** The catalogue to run; the core's registry by default (tests pass others). */
  registry?: readonly FunctionDefinition[];
  /** Values for parameters, by parameter name ({ book_life: 6 }): they win over the figures, because the analyst chose them. */
  assumptions?: Assumptions;
}

export interface FinancialsAnalysis {
  /** Every model flag of the registry, in registry order: computed or needing input. */
  flags: readonly FlagResult[];
}

/** "Analyse selection": what the selection source read, and the flags on its figures. */
export interface Analysis extends SelectionReading, FinancialsAnalysis {}

/** The null object: what the pane shows before anything is selected. */
export const EMPTY_ANALYSIS: Analysis = { ...EMPTY_READING, flags: [] };

/**
 * Every flag on the figures, with the line items derived from them (invested capital, working
 * capital, average total assets, the effective tax rate: `src/model/derived.ts`) added first; a
 * line the figures hold themselves wins.
 */
export function analyseFinancials(financials: Financials, options: AnalysisOptions = {}): FinancialsAnalysis {
  return { flags: computeFlags(options.registry ?? REGISTRY, withDerivedItems(financials), options.assumptions ?? {}) };
}

export function analyseSelection(selection: Selection, options: AnalysisOptions = {}): Analysis {
  const reading = readSelection(selection);
  // An unreadable address or an empty block gives no figures at all (the null object): no flag is
  // listed. Nor for a selection that is not a model's block (one cell, text only, figures without
  // labels): its sentence comes first, and nothing is computed.
  if (reading.financials === EMPTY_FINANCIALS || blocksComputation(reading.shape)) return { ...reading, flags: [] };
  return { ...reading, ...analyseFinancials(reading.financials, options) };
}
