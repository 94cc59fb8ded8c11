/**
 * Where the red-flag model's inputs sit, as the Inputs sheet laid them out. The Flags and
 * Checks sheets reach inputs only through this, by the analysis's line-item ids and the
 * assumption keys (bindings.ts), so moving a row moves every formula.
 */
import { cell, columnLetter } from "../cellRefs";
import { onSheet, rangeOnSheet } from "../sheetRef";
import type { LineItemId } from "../../model/lineItems";
import type { ColumnKind, YearSpans } from "../company";
import type { SlotItemId } from "./lineItems";

/** Stable keys of the model's sheets (formulas refer to sheets by key, see sheetRef.ts). */
export const INPUTS_KEY = "inputs";
export const FLAGS_KEY = "flags";
export const CHECKS_KEY = "checks";

/** Announcements the guidance block has room for (Alphabet's 2025 guidance had three). */
export const GUIDANCE_SLOTS = 3;

export interface InputsLayout {
  /** What the columns are: fiscal years or quarters ("years" below counts either). */
  columns: ColumnKind;
  /** Row of the period header cells: fiscal years as numbers shown as FY2023, quarters as their labels. */
  yearRow: number;
  /** The header cells' number format, for the sheets that repeat them. */
  headerFormat: string;
  /** Row of the period end dates (ISO text, which sorts as the dates do). */
  endRow: number;
  /** Column index (0-based) of the first year; years run right from it. */
  firstYearCol: number;
  years: number;
  itemRow: Readonly<Partial<Record<LineItemId, number>>>;
  assumptionCell: Readonly<Record<string, string>>;
  guidedYearCell: string;
  /** Rows of the guidance block (announcements across, not years). */
  slotRow: Readonly<Record<SlotItemId, number>>;
  /** Which years hold capex vintages and which hold statements (company.ts). */
  spans: YearSpans;
  /** Row of hardware capex (capex x the hardware share), when a flag reads capex as vintages. */
  hardwareRow?: number;
}

function rowOf(layout: InputsLayout, item: LineItemId): number {
  const row = layout.itemRow[item];
  if (row === undefined) throw new Error(`the Inputs sheet has no row for ${item}`);
  return row;
}

/** Column index of year k (0 = oldest). */
export function yearCol(layout: InputsLayout, k: number): number {
  return layout.firstYearCol + k;
}

export function latestYearCol(layout: InputsLayout): number {
  return yearCol(layout, layout.years - 1);
}

/** An item's cell in year k, as a cross-sheet absolute reference. */
export function itemCell(layout: InputsLayout, item: LineItemId, k: number): string {
  return onSheet(INPUTS_KEY, cell(yearCol(layout, k), rowOf(layout, item)));
}

export function latestItemCell(layout: InputsLayout, item: LineItemId): string {
  return itemCell(layout, item, layout.years - 1);
}

/** An item's cells in every year with statements, oldest first. */
export function itemSeries(layout: InputsLayout, item: LineItemId): string {
  const row = rowOf(layout, item);
  return rangeOnSheet(INPUTS_KEY, cell(yearCol(layout, layout.spans.statementStart), row), cell(latestYearCol(layout), row));
}

/** An item's cells over the capex vintages, oldest first. */
export function vintageSeries(layout: InputsLayout, item: LineItemId): string {
  const row = rowOf(layout, item);
  return rangeOnSheet(INPUTS_KEY, cell(yearCol(layout, layout.spans.vintageStart), row), cell(latestYearCol(layout), row));
}

/** Hardware capex over the vintages: what the depreciation flags read. */
export function hardwareSeries(layout: InputsLayout): string {
  if (layout.hardwareRow === undefined) throw new Error("the Inputs sheet has no hardware capex row");
  return rangeOnSheet(INPUTS_KEY, cell(yearCol(layout, layout.spans.vintageStart), layout.hardwareRow), cell(latestYearCol(layout), layout.hardwareRow));
}

/** The indices of the years with statements, oldest first. */
export function statementYears(layout: InputsLayout): number[] {
  return Array.from({ length: layout.years - layout.spans.statementStart }, (_x, i) => layout.spans.statementStart + i);
}

/** Years k..k+1 of an item, for a change between two years. */
export function itemPair(layout: InputsLayout, item: LineItemId, k: number): string {
  const row = rowOf(layout, item);
  return rangeOnSheet(INPUTS_KEY, cell(yearCol(layout, k), row), cell(yearCol(layout, k + 1), row));
}

export function yearHeader(layout: InputsLayout, k: number): string {
  return onSheet(INPUTS_KEY, cell(yearCol(layout, k), layout.yearRow));
}

/** Column k's period as an Excel expression of text: "FY"&B6 for a fiscal year (a number), B6 for a quarter (its label). */
export function periodText(layout: InputsLayout, k: number): string {
  return layout.columns === "quarters" ? yearHeader(layout, k) : `"FY"&${yearHeader(layout, k)}`;
}

/** Columns `from` to the last, as an Excel expression of text: "FY"&B6&"-FY"&S6, or B6&"-"&S6 for quarters. */
export function periodRangeText(layout: InputsLayout, from: number): string {
  const [first, last] = [yearHeader(layout, from), yearHeader(layout, layout.years - 1)];
  return layout.columns === "quarters" ? `${first}&"-"&${last}` : `"FY"&${first}&"-FY"&${last}`;
}

/** Column k's end date, as a cross-sheet reference. */
export function periodEnd(layout: InputsLayout, k: number): string {
  return onSheet(INPUTS_KEY, cell(yearCol(layout, k), layout.endRow));
}

export function assumption(layout: InputsLayout, key: string): string {
  const ref = layout.assumptionCell[key];
  if (ref === undefined) throw new Error(`the Inputs sheet has no assumption ${key}`);
  return onSheet(INPUTS_KEY, ref);
}

/** A guidance-block item's cells, oldest announcement first. */
export function slotSeries(layout: InputsLayout, item: SlotItemId): string {
  const row = layout.slotRow[item];
  return rangeOnSheet(INPUTS_KEY, cell(layout.firstYearCol, row), cell(layout.firstYearCol + GUIDANCE_SLOTS - 1, row));
}
export const guidedYear = (layout: InputsLayout) => onSheet(INPUTS_KEY, layout.guidedYearCell);

/** Letter of the comment column: right of the years and of the guidance slots. */
export function commentColumn(layout: Pick<InputsLayout, "firstYearCol" | "years">): string {
  return columnLetter(layout.firstYearCol + Math.max(layout.years, GUIDANCE_SLOTS));
}
