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
import { readCellNumber } from "./cellNumber";
import { gridOf, type Grid, type Orientation } from "./grid";
import { readBlock, type BlockModel, type BlockPeriod, type ModelRow } from "./readBlock";
import { blockBox, topLeftOf, type BlockValue, type Selection } from "./selection";

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
  /** What kind of selection this is, when it is not a block of a model (see `shapeOf`). */
  shape: BlockShape;
  /** For an odd shape: the plain sentence to show before anything else. */
  notice?: string;
  /** The figures, one series per recognised row (a recognised but blank row has every value null). */
  financials: Financials;
}

/**
 * Selections that are not a block of a model, each said in a plain sentence before any
 * computation. "one-cell", "text-only" and "no-labels" leave nothing to compute
 * (`blocksComputation`); "one-period" computes what one period allows and says why trends are missing.
 */
export type BlockShape = "block" | "empty" | "one-cell" | "text-only" | "no-labels" | "one-period";

export const SHAPE_NOTICES = {
  oneCell: (address: string) =>
    `One cell is selected (${address}). Select the block of your model instead: the row labels, the figures beside them and the periods' header above.`,
  textOnly: "The selection holds text but no figures. Select the row labels together with the figures beside them.",
  noLabels:
    "The selection holds figures but no row labels. AIFLAG finds each line item by its label (Revenue, Net income, Purchases of property and equipment...), so select the column of labels as well.",
  onePeriod: (label: string) =>
    `One period only (${label}): flags that read a trend over time need two periods or more. The others are computed below; select more periods to compute the trends too.`,
} as const;

/** Whether a shape leaves nothing to compute. */
export function blocksComputation(shape: BlockShape): boolean {
  return shape === "empty" || shape === "one-cell" || shape === "text-only" || shape === "no-labels";
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
  shape: "empty",
  financials: EMPTY_FINANCIALS,
};

/** Whether a line (a row of the block, or a column of the transpose) holds a figure after its label. */
const holdsFigure = (line: readonly BlockValue[]) => line.slice(1).some((x) => readCellNumber(x).kind === "number");
const hasLabel = (line: readonly BlockValue[]) => typeof line[0] === "string" && line[0].trim() !== "" && readCellNumber(line[0]).kind !== "number";

/** The kind of selection, from its grid and what was read of it, with its sentence. */
export function shapeOf(grid: Grid, model: BlockModel, address: string): { shape: BlockShape; notice?: string } {
  const cells = grid.lines.length * (grid.lines[0]?.length ?? 0);
  if (cells === 1) return { shape: "one-cell", notice: SHAPE_NOTICES.oneCell(address) };
  const body = grid.lines.filter((_line, i) => i !== model.headerLine);
  const figures = body.some((line) => holdsFigure(line) || readCellNumber(line[0]).kind === "number");
  if (!figures) return { shape: "text-only", notice: SHAPE_NOTICES.textOnly };
  if (!body.some(hasLabel)) return { shape: "no-labels", notice: SHAPE_NOTICES.noLabels };
  if (model.periods.length === 1 && model.rows.size > 0) return { shape: "one-period", notice: SHAPE_NOTICES.onePeriod(model.periods[0].label) };
  return { shape: "block" };
}

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
  const grid = gridOf(selection.values, corner, selection.numberFormats);
  const model = readBlock(grid);
  const rows = [...model.rows.values()].sort((a, b) => a.labelCell.row - b.labelCell.row || a.labelCell.col - b.labelCell.col);
  const { shape, notice } = shapeOf(grid, model, `${sheetPrefix(selection.sheet)}${rangeAddress(block)}`);
  return {
    shape,
    ...(notice ? { notice } : {}),
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
