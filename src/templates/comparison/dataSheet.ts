/**
 * The comparison template's Data sheet: the embedded figures of every company, years across,
 * one block of line items per company, inputs in blue, each block citing its source, the
 * dataset's caveats below. Blank: the same blocks, empty, for four companies of the analyst's.
 */
import { DATASET_YEARS, type CompanyData } from "../../data/hyperscalers";
import { cell, columnLetter } from "../a1";
import { BLANK_SOURCE, DATASET_SOURCE, datasetCaveats, caveatsOf, writeNotes, writeSheetHeader } from "../notes";
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
  /** Per company, in order: the row of its name and of each line item. */
  blocks: ReadonlyArray<{ nameCell: string; itemRow: Readonly<Record<FilingItemId, number>> }>;
}

export const dataYearCell = (layout: DataLayout, k: number) => onSheet(DATA_KEY, cell(FIRST_YEAR_COL + k, layout.yearRow));

export function dataSeries(layout: DataLayout, company: number, item: FilingItemId): string {
  const row = layout.blocks[company].itemRow[item];
  return rangeOnSheet(DATA_KEY, cell(FIRST_YEAR_COL, row), cell(FIRST_YEAR_COL + layout.years - 1, row));
}

export function dataLatest(layout: DataLayout, company: number, item: FilingItemId): string {
  return onSheet(DATA_KEY, cell(FIRST_YEAR_COL + layout.years - 1, layout.blocks[company].itemRow[item]));
}

export function dataFirst(layout: DataLayout, company: number, item: FilingItemId): string {
  return onSheet(DATA_KEY, cell(FIRST_YEAR_COL, layout.blocks[company].itemRow[item]));
}

export function buildDataSheet(companies: readonly CompanyData[] | null): { sheet: SheetPlan; layout: DataLayout } {
  const sb = new SheetBuilder(DATA_KEY, "Data");
  const years = DATASET_YEARS.length;
  const comment = columnLetter(FIRST_YEAR_COL + years);
  writeSheetHeader(sb, "Hyperscaler data", companies ? DATASET_SOURCE : BLANK_SOURCE);
  sb.value(`A${HEADER_ROW}`, "Company", { style: "header" });
  sb.value(`B${HEADER_ROW}`, "Line item", { style: "header" });
  sb.value(`${comment}${HEADER_ROW}`, "Source / comment", { style: "header" });
  DATASET_YEARS.forEach((y, k) => sb.value(cell(FIRST_YEAR_COL + k, HEADER_ROW), y, { style: "header", numberFormat: YEAR_FORMAT }));

  const count = companies ? companies.length : BLANK_COMPANIES;
  for (const c of companies ?? []) {
    if (c.years.map((y) => y.fiscalYear).join() !== DATASET_YEARS.join()) {
      throw new Error(`the comparison lines companies up on fiscal years ${DATASET_YEARS.join(", ")}; ${c.name} has others`);
    }
  }
  const blocks: Array<DataLayout["blocks"][number]> = [];
  let row = HEADER_ROW + 1;
  for (let i = 0; i < count; i++) {
    const company = companies ? companies[i] : null;
    const name = company ? company.name : `Company ${i + 1}`;
    const nameCell = `A${row}`;
    const itemRow: Partial<Record<FilingItemId, number>> = {};
    FILING_ITEM_IDS.forEach((id, j) => {
      const item = FILING_ROWS[id];
      sb.value(`A${row}`, name, { style: j === 0 ? "label" : "note" });
      sb.value(`B${row}`, item.label, { style: "label" });
      for (let k = 0; k < years; k++) {
        sb.input(cell(FIRST_YEAR_COL + k, row), company ? item.figure(company.years[k]) : null, { style: "input", numberFormat: rowFormat(id) });
      }
      const note = j === 0 ? (company ? company.source : "Cite the filing and fiscal years.") : item.comment;
      sb.value(`${comment}${row}`, note, { style: "note" });
      itemRow[id] = row;
      row++;
    });
    blocks.push({ nameCell, itemRow: itemRow as Record<FilingItemId, number> });
    row++;
  }
  writeNotes(sb, row, companies ? datasetCaveats() : caveatsOf(null));
  sb.width("A", 18).width("B", 44).width(comment, 80).freeze(HEADER_ROW, 2);
  return { sheet: sb.build(), layout: { years, yearRow: HEADER_ROW, blocks } };
}
