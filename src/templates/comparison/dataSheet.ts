/**
 * The comparison template's Data sheet: the figures of every company (a list of `Financials`,
 * from any source), fiscal years across, one block of line items per company filled by
 * line-item id, inputs in blue, each block citing its source, the caveats below. The columns
 * are every fiscal year any company holds, oldest first; a company lacking a year leaves its
 * cells blank there. Blank: the same blocks, empty, for four companies of the analyst's.
 */
import type { Financials } from "../../model/financials";
import { cell, columnLetter } from "../a1";
import { BLANK_YEARS, fiscalYearsOf, shownAt, unitsText, yearSpans } from "../company";
import { combinedCaveats, sourcesOf, unitsOfAll, writeNotes, writeSheetHeader } from "../notes";
import type { SheetPlan } from "../plan";
import { FILING_ITEM_IDS, FILING_ROWS, rowFormat, type FilingItemId } from "../redFlag/lineItems";
import { YEAR_FORMAT } from "../formats";
import { SheetBuilder } from "../sheetBuilder";
import { onSheet, rangeOnSheet } from "../sheetRef";

export const DATA_KEY = "data";
/** Rows the blank comparison has room for: as many companies as the dataset holds. */
export const BLANK_COMPANIES = 4;

const HEADER_ROW = 5;
const FIRST_YEAR_COL = 2; // column C: A company, B line item

export interface DataLayout {
  years: number;
  yearRow: number;
  /**
   * Per company, in order: the row of its name and of each line item, and the column (0-based
   * among the years) of its first year with statements (earlier years may hold capex alone).
   */
  blocks: ReadonlyArray<{ nameCell: string; itemRow: Readonly<Record<FilingItemId, number>>; statementStart: number }>;
}

export const dataYearCell = (layout: DataLayout, k: number) => onSheet(DATA_KEY, cell(FIRST_YEAR_COL + k, layout.yearRow));

/** The company's cells of `item` over its years with statements. */
export function dataSeries(layout: DataLayout, company: number, item: FilingItemId): string {
  const block = layout.blocks[company];
  const row = block.itemRow[item];
  return rangeOnSheet(DATA_KEY, cell(FIRST_YEAR_COL + block.statementStart, row), cell(FIRST_YEAR_COL + layout.years - 1, row));
}

/** The company's cell of `item` in year column k. */
export function dataAt(layout: DataLayout, company: number, item: FilingItemId, k: number): string {
  return onSheet(DATA_KEY, cell(FIRST_YEAR_COL + k, layout.blocks[company].itemRow[item]));
}

export function dataLatest(layout: DataLayout, company: number, item: FilingItemId): string {
  return onSheet(DATA_KEY, cell(FIRST_YEAR_COL + layout.years - 1, layout.blocks[company].itemRow[item]));
}

/** The company's cell of `item` in its first year with statements. */
export function dataFirst(layout: DataLayout, company: number, item: FilingItemId): string {
  const block = layout.blocks[company];
  return onSheet(DATA_KEY, cell(FIRST_YEAR_COL + block.statementStart, block.itemRow[item]));
}

/** Every fiscal year any company holds, oldest first. */
function yearsOfAll(companies: readonly Financials[]): number[] {
  return [...new Set(companies.flatMap(fiscalYearsOf))].sort((a, b) => a - b);
}

export function buildDataSheet(companies: readonly Financials[]): { sheet: SheetPlan; layout: DataLayout } {
  const sb = new SheetBuilder(DATA_KEY, "Data");
  const columns = companies.length > 0 ? yearsOfAll(companies) : [...BLANK_YEARS];
  const years = columns.length;
  const comment = columnLetter(FIRST_YEAR_COL + years);
  const units = companies.length > 0 ? unitsOfAll(companies) : unitsText(null);
  writeSheetHeader(sb, "Company data", sourcesOf(companies), units);
  sb.value(`A${HEADER_ROW}`, "Company", { style: "header" });
  sb.value(`B${HEADER_ROW}`, `Line item (money in ${units})`, { style: "header" });
  sb.value(`${comment}${HEADER_ROW}`, "Source / comment", { style: "header" });
  columns.forEach((y, k) => sb.value(cell(FIRST_YEAR_COL + k, HEADER_ROW), y, { style: "header", numberFormat: YEAR_FORMAT }));

  const count = companies.length > 0 ? companies.length : BLANK_COMPANIES;
  const blocks: Array<DataLayout["blocks"][number]> = [];
  let row = HEADER_ROW + 1;
  for (let i = 0; i < count; i++) {
    const company = companies.length > 0 ? companies[i] : null;
    const name = company ? company.company.name : `Company ${i + 1}`;
    // Where each column's year sits among the company's own periods (-1: not held).
    const period = company ? columns.map((y) => fiscalYearsOf(company).indexOf(y)) : columns.map(() => -1);
    const nameCell = `A${row}`;
    const itemRow: Partial<Record<FilingItemId, number>> = {};
    FILING_ITEM_IDS.forEach((id, j) => {
      sb.value(`A${row}`, name, { style: j === 0 ? "label" : "note" });
      sb.value(`B${row}`, FILING_ROWS[id].label, { style: "label" });
      for (let k = 0; k < years; k++) {
        const v = company && period[k] >= 0 ? shownAt(company, id, period[k]) : null;
        sb.input(cell(FIRST_YEAR_COL + k, row), v, { style: "input", numberFormat: rowFormat(id) });
      }
      const note = j === 0 ? (company ? company.source : "Cite the filing and fiscal years.") : FILING_ROWS[id].comment;
      sb.value(`${comment}${row}`, note, { style: "note" });
      itemRow[id] = row;
      row++;
    });
    const own = company ? fiscalYearsOf(company)[yearSpans(company).statementStart] : BLANK_YEARS[yearSpans(null).statementStart];
    blocks.push({ nameCell, itemRow: itemRow as Record<FilingItemId, number>, statementStart: Math.max(0, columns.indexOf(own)) });
    row++;
  }
  writeNotes(sb, row, combinedCaveats(companies));
  sb.width("A", 18).width("B", 44).width(comment, 80).freeze(HEADER_ROW, 2);
  return { sheet: sb.build(), layout: { years, yearRow: HEADER_ROW, blocks } };
}
