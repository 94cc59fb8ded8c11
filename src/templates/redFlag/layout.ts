/**
 * Where the red-flag model's inputs sit, as the Inputs sheet laid them out. The Flags and
 * Checks sheets reach inputs only through this, by key, so moving a row moves every formula.
 */
import { cell, columnLetter } from "../a1";
import { onSheet, rangeOnSheet } from "../sheetRef";
import type { AssumptionKey } from "./assumptions";
import type { LineItemKey } from "./lineItems";

/** Stable keys of the model's sheets (formulas refer to sheets by key, see sheetRef.ts). */
export const INPUTS_KEY = "inputs";
export const FLAGS_KEY = "flags";
export const CHECKS_KEY = "checks";

/** Announcements the guidance block has room for (Alphabet's 2025 guidance had three). */
export const GUIDANCE_SLOTS = 3;

export interface InputsLayout {
  /** Row of the fiscal-year header cells (numbers, shown as FY2023...). */
  yearRow: number;
  /** Column index (0-based) of the first year; years run right from it. */
  firstYearCol: number;
  years: number;
  itemRow: Readonly<Record<LineItemKey, number>>;
  assumptionCell: Readonly<Record<AssumptionKey, string>>;
  guidedYearCell: string;
  guidanceRow: number;
  commitmentRow: number;
}

/** Column index of year k (0 = oldest). */
export function yearCol(layout: InputsLayout, k: number): number {
  return layout.firstYearCol + k;
}

export function latestYearCol(layout: InputsLayout): number {
  return yearCol(layout, layout.years - 1);
}

/** An item's cell in year k, as a cross-sheet absolute reference. */
export function itemCell(layout: InputsLayout, item: LineItemKey, k: number): string {
  return onSheet(INPUTS_KEY, cell(yearCol(layout, k), layout.itemRow[item]));
}

export function latestItemCell(layout: InputsLayout, item: LineItemKey): string {
  return itemCell(layout, item, layout.years - 1);
}

/** An item's cells in every year, oldest first. */
export function itemSeries(layout: InputsLayout, item: LineItemKey): string {
  const row = layout.itemRow[item];
  return rangeOnSheet(INPUTS_KEY, cell(yearCol(layout, 0), row), cell(latestYearCol(layout), row));
}

/** Years k..k+1 of an item, for a change between two years. */
export function itemPair(layout: InputsLayout, item: LineItemKey, k: number): string {
  const row = layout.itemRow[item];
  return rangeOnSheet(INPUTS_KEY, cell(yearCol(layout, k), row), cell(yearCol(layout, k + 1), row));
}

export function yearHeader(layout: InputsLayout, k: number): string {
  return onSheet(INPUTS_KEY, cell(yearCol(layout, k), layout.yearRow));
}

export function assumption(layout: InputsLayout, key: AssumptionKey): string {
  return onSheet(INPUTS_KEY, layout.assumptionCell[key]);
}

function guidanceRange(layout: InputsLayout, row: number): string {
  return rangeOnSheet(INPUTS_KEY, cell(layout.firstYearCol, row), cell(layout.firstYearCol + GUIDANCE_SLOTS - 1, row));
}

export const guidanceSeries = (layout: InputsLayout) => guidanceRange(layout, layout.guidanceRow);
export const commitmentSeries = (layout: InputsLayout) => guidanceRange(layout, layout.commitmentRow);
export const guidedYear = (layout: InputsLayout) => onSheet(INPUTS_KEY, layout.guidedYearCell);

/** Letter of the comment column: right of the years and of the guidance slots. */
export function commentColumn(layout: Pick<InputsLayout, "firstYearCol" | "years">): string {
  return columnLetter(layout.firstYearCol + Math.max(layout.years, GUIDANCE_SLOTS));
}
