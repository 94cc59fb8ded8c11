/**
 * "Analyse selection", the pure half: a block of the analyst's model in, what AIFLAG can say
 * about it out. The host reads the selection; the pane shows this; `planFormulas` turns it into
 * cell writes. Never throws on any block: problems are reported as sentences.
 */
import type { RangeBox } from "../core/cells/a1";
import type { FunctionDefinition } from "../core/framework/definition";
import { REGISTRY } from "../core/registry";
import { gridOf, type Orientation } from "./block/grid";
import { readModel, type Model, type ModelRow, type Period } from "./block/readModel";
import { blockBox, topLeftOf, type Selection } from "./block/selection";
import { computeFlags, type FlagResult } from "./flags/computeFlags";
import type { Assumptions } from "./flags/sources";
import type { LineItemId } from "./labels/lineItems";

export interface AnalysisOptions {
  /** The catalogue to run; the core's registry by default (tests pass others). */
  registry?: readonly FunctionDefinition[];
  /** Values for parameters the model does not hold, by parameter name: { book_life: 6 }. */
  assumptions?: Assumptions;
}

export interface Analysis {
  sheet: string;
  /** The block on its sheet (0-based, inclusive); undefined when the address was unreadable. */
  block?: RangeBox;
  orientation: Orientation;
  /** Oldest first. */
  periods: readonly Period[];
  periodOrder: Model["order"];
  periodsPerYear?: number;
  /** One per recognised line item, in the block's order. */
  rows: readonly ModelRow[];
  unrecognised: readonly string[];
  /** Every model flag of the registry, in registry order: computed or needing input. */
  flags: readonly FlagResult[];
  /** Block-level sentences: nothing recognised, no periods, an unreadable address. */
  problems: readonly string[];
}

/** The null object: what the pane shows before anything is selected. */
export const EMPTY_ANALYSIS: Analysis = {
  sheet: "",
  orientation: "rows",
  periods: [],
  periodOrder: "assumed",
  rows: [],
  unrecognised: [],
  flags: [],
  problems: ["Select a block of your model: labels in the first column, periods across (or the transpose)."],
};

function problemsOf(model: Model): string[] {
  const out: string[] = [];
  if (model.rows.size === 0) out.push("No row label was recognised as a line item (revenue, cost of revenue, net income, capex...).");
  if (model.periods.length === 0) out.push("No period holds a number: select the labels together with the figures.");
  if (model.order === "unordered") out.push("The period headers are not in time order: they were sorted oldest first for the flags.");
  return out;
}

export function analyseSelection(selection: Selection, options: AnalysisOptions = {}): Analysis {
  const corner = topLeftOf(selection.address);
  if (!corner) return { ...EMPTY_ANALYSIS, sheet: selection.sheet, problems: [`"${selection.address}" is not a cell address.`] };
  if (selection.values.length === 0 || selection.values.every((r) => r.length === 0)) {
    return { ...EMPTY_ANALYSIS, sheet: selection.sheet, block: blockBox(corner, selection.values) };
  }
  const grid = gridOf(selection.values, corner);
  const model = readModel(grid);
  const rows = [...model.rows.values()].sort((a, b) => a.labelCell.row - b.labelCell.row || a.labelCell.col - b.labelCell.col);
  return {
    sheet: selection.sheet,
    block: blockBox(corner, selection.values),
    orientation: grid.orientation,
    periods: model.periods,
    periodOrder: model.order,
    ...(model.periodsPerYear === undefined ? {} : { periodsPerYear: model.periodsPerYear }),
    rows,
    unrecognised: model.unrecognised,
    flags: computeFlags(options.registry ?? REGISTRY, model, options.assumptions ?? {}),
    problems: problemsOf(model),
  };
}

/** The recognised row of a line item, if any. */
export function rowFor(analysis: Analysis, item: LineItemId): ModelRow | undefined {
  return analysis.rows.find((r) => r.item === item);
}
