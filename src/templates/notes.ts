/**
 * What every sheet says about where its numbers come from: a title, the source, the units cell
 * and the caveats of the dataset, so a sheet copied out of its workbook still carries them.
 */
import { DATASET_CAVEATS, HYPERSCALERS, UNITS, type CompanyData } from "../data/hyperscalers";
import type { SheetBuilder } from "./sheetBuilder";

export const BLANK_SOURCE =
  "Source: your data. Enter figures from the company's Form 10-K / annual report and cite the filing in the comment column.";

const BLANK_CAVEATS: readonly string[] = [
  "Enter amounts in USD millions, as reported; say in the comment column which filing and fiscal year each row comes from.",
  "Capex = purchases of property and equipment in the cash-flow statement, entered positive; say whether it includes finance leases.",
  "Free cash flow here is CFO - capex as entered; company-defined free cash flow can differ.",
];

export function sourceOf(company: CompanyData | null): string {
  return company ? `Source: ${company.source}` : BLANK_SOURCE;
}

export function caveatsOf(company: CompanyData | null): readonly string[] {
  return company ? [...company.caveats, ...DATASET_CAVEATS] : BLANK_CAVEATS;
}

/** The sources of the whole dataset, for sheets that show every company. */
export const DATASET_SOURCE =
  `Sources: ${HYPERSCALERS.map((c) => c.name).join(", ")} Form 10-K / earnings releases, fiscal years 2023-2025 ` +
  "(Microsoft's fiscal year ends June 30, the others' December 31).";

export function datasetCaveats(): readonly string[] {
  return [...HYPERSCALERS.flatMap((c) => c.caveats.map((line) => `${c.name}: ${line}`)), ...DATASET_CAVEATS];
}

/** How titles name the company: "Microsoft (MSFT)", or "your company" in a blank template. */
export function companyLabel(company: CompanyData | null): string {
  return company ? `${company.name} (${company.ticker})` : "your company";
}

/** Rows 1-3 of every sheet: title, source, and the units cell (B3). */
export function writeSheetHeader(sb: SheetBuilder, title: string, source: string): void {
  sb.value("A1", title, { style: "title" });
  sb.value("A2", source, { style: "note" });
  sb.value("A3", "Units", { style: "label" });
  sb.value("B3", UNITS, { style: "note" });
}

/** A "Notes and caveats" block from `row` down; returns the first row after it. */
export function writeNotes(sb: SheetBuilder, row: number, lines: readonly string[]): number {
  sb.value(`A${row}`, "Notes and caveats", { style: "header" });
  lines.forEach((line, i) => sb.value(`A${row + 1 + i}`, line, { style: "note" }));
  return row + 1 + lines.length;
}
