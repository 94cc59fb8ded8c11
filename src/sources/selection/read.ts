/**
 * The selection source: a block of the analyst's own model (as the host read it) in, the
 * company's figures as `Financials` out, every figure citing its cell, together with what the
 * reading found (orientation, period order and frequency, each recognised row's label cell and
 * match, the labels it did not recognise) for the pane to show. Never throws on any block:
 * problems are sentences.
 *
 * The block says neither the company nor the units: the company is named after the sheet, the
 * money scale is left undefined (figures are shown as given) and the currency is the default.
 */
import { rangeAddress, sheetPrefix, type RangeBox } from "../../core/cells/a1";
import { EMPTY_FINANCIALS, type Fact, type Financials, type LineSeries, type Period, type PeriodKind } from "../../model/financials";
import type { LineItemId } from "../../model/lineItems";
import { gridOf, type Orientation } from "./grid";
import { readBlock, type BlockModel, type BlockPeriod, type ModelRow } from "./readBlock";
import { blockBox, topLeftOf, type Selection } from "./selection";

export interface SelectionReading {
  sheet: string;
  /** The block on its sheet (0-based, inclusive); undefined when the address was unreadable. */
  block?: RangeBox;
  orientation: Orientation;
  /** Oldest first. */
  periods: readonly BlockPeriod[];
  periodOrder: BlockModel["order"];
  periodsPerYear?: number;
  /** One per recognised line item, in the block's order. */
  rows: readonly ModelRow[];
  unrecognised: readonly string[];
  /** Block-level sentences: nothing recognised, no periods, an unreadable address. */
  problems: readonly string[];
  /** The figures, one series per recognised row (a recognised but blank row has every value null). */
  financials: Financials;
}

/** What the pane says before anything is selected. */
export const SELECT_A_BLOCK = "Select a block of your model: labels in the first column, periods across (or the transpose).";

/** The null object: nothing read. */
export const EMPTY_READING: SelectionReading = {
  sheet: "",
  orientation: "rows",
  periods: [],
  periodOrder: "assumed",
  rows: [],
  unrecognised: [],
  problems: [SELECT_A_BLOCK],
  financials: EMPTY_FINANCIALS,
};

function problemsOf(model: BlockModel): string[] {
  const out: string[] = [];
  if (model.rows.size === 0) out.push("No row label was recognised as a line item (revenue, cost of revenue, net income, capex...).");
  if (model.periods.length === 0) out.push("No period holds a number: select the labels together with the figures.");
  if (model.order === "unordered") out.push("The period headers are not in time order: they were sorted oldest first for the flags.");
  return out;
}

const KIND_BY_FREQUENCY: Readonly<Record<number, PeriodKind>> = { 1: "annual", 4: "quarter" };

/** A header period as the model's Period: its year (and quarter) come from the header's key. */
function periodOf(p: BlockPeriod, kind: PeriodKind): Period {
  if (p.key === undefined || kind === "other") return { label: p.label, kind };
  const year = Math.floor(p.key / 12);
  return kind === "annual" ? { label: p.label, kind, fiscalYear: year } : { label: p.label, kind, fiscalYear: year, quarter: Math.floor((p.key % 12) / 3) + 1 };
}

function seriesOf(sheet: string, row: ModelRow): LineSeries {
  const values = row.values.map((value, k): Fact | null => {
    if (value === null) return null;
    const { row: r, col } = row.cells[k];
    return { value, provenance: { source: "cell", sheet, row: r, col, ...(row.fromText[k] ? { fromText: true } : {}) } };
  });
  return { label: row.label, values };
}

function financialsOf(sheet: string, box: RangeBox, model: BlockModel, rows: readonly ModelRow[]): Financials {
  const kind = (model.periodsPerYear !== undefined && KIND_BY_FREQUENCY[model.periodsPerYear]) || "other";
  const items: Partial<Record<LineItemId, LineSeries>> = {};
  for (const row of rows) items[row.item] = seriesOf(sheet, row);
  return {
    ...EMPTY_FINANCIALS,
    company: { name: sheet },
    source: `${sheetPrefix(sheet)}${rangeAddress(box)}`,
    ...(model.periodsPerYear === undefined ? {} : { periodsPerYear: model.periodsPerYear }),
    periods: model.periods.map((p) => periodOf(p, kind)),
    items,
  };
}

export function readSelection(selection: Selection): SelectionReading {
  const corner = topLeftOf(selection.address);
  if (!corner) return { ...EMPTY_READING, sheet: selection.sheet, problems: [`"${selection.address}" is not a cell address.`] };
  const block = blockBox(corner, selection.values);
  if (selection.values.length === 0 || selection.values.every((r) => r.length === 0)) return { ...EMPTY_READING, sheet: selection.sheet, block };
  const grid = gridOf(selection.values, corner);
  const model = readBlock(grid);
  const rows = [...model.rows.values()].sort((a, b) => a.labelCell.row - b.labelCell.row || a.labelCell.col - b.labelCell.col);
  return {
    sheet: selection.sheet,
    block,
    orientation: grid.orientation,
    periods: model.periods,
    periodOrder: model.order,
    ...(model.periodsPerYear === undefined ? {} : { periodsPerYear: model.periodsPerYear }),
    rows,
    unrecognised: model.unrecognised,
    problems: problemsOf(model),
    financials: financialsOf(selection.sheet, block, model, rows),
  };
}

/** The recognised row of a line item, if any. */
export function rowFor(reading: Pick<SelectionReading, "rows">, item: LineItemId): ModelRow | undefined {
  return reading.rows.find((r) => r.item === item);
}
