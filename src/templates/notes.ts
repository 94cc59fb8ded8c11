/**
 * What every sheet says about where its numbers come from: a title, the source, the units cell
 * and the caveats, so a sheet copied out of its workbook still carries them. Everything is read
 * from the companies' `Financials`; nothing here knows a source.
 */
import type { Financials } from "../model/financials";
import { companyLabel, unitsText, type TemplateCompany } from "./company";
import type { SheetBuilder } from "./sheetBuilder";

export { companyLabel };

export const BLANK_SOURCE =
  "Source: your data. Enter figures from the company's Form 10-K / annual report and cite the filing in the comment column.";

const BLANK_CAVEATS: readonly string[] = [
  "Enter amounts in USD millions, as reported; say in the comment column which filing and fiscal year each row comes from.",
  "Capex = purchases of property and equipment in the cash-flow statement, entered positive; say whether it includes finance leases.",
  "Free cash flow here is CFO - capex as entered; company-defined free cash flow can differ.",
];

export function sourceOf(company: TemplateCompany): string {
  return company ? `Source: ${company.source}` : BLANK_SOURCE;
}

export function caveatsOf(company: TemplateCompany): readonly string[] {
  return company ? company.caveats : BLANK_CAVEATS;
}

/** The sources of several companies, for sheets that show them all: each once, in order. */
export function sourcesOf(companies: readonly Financials[]): string {
  if (companies.length === 0) return BLANK_SOURCE;
  return `Sources: ${[...new Set(companies.map((c) => c.source))].join(" ")}`;
}

/**
 * The caveats of several companies: those every company shares once, as they are; the others
 * once each, prefixed with the company's name ("Amazon: ...").
 */
export function combinedCaveats(companies: readonly Financials[]): readonly string[] {
  if (companies.length === 0) return BLANK_CAVEATS;
  const shared = companies[0].caveats.filter((line) => companies.every((c) => c.caveats.includes(line)));
  const own = companies.flatMap((c) => c.caveats.filter((line) => !shared.includes(line)).map((line) => `${c.company.name}: ${line}`));
  return [...own, ...shared];
}

/** Rows 1-3 of every sheet: title, source, and the units cell (B3). */
export function writeSheetHeader(sb: SheetBuilder, title: string, source: string, units: string): void {
  sb.value("A1", title, { style: "title" });
  sb.value("A2", source, { style: "note" });
  sb.value("A3", "Units", { style: "label" });
  sb.value("B3", units, { style: "note" });
}

/** The units of several companies' money: theirs when they agree, else a sentence saying each is shown in its own. */
export function unitsOfAll(companies: readonly Financials[]): string {
  const all = [...new Set(companies.map((c) => unitsText(c)))];
  return all.length <= 1 ? (all[0] ?? unitsText(null)) : `each company's own: ${all.join(", ")}`;
}

/** A "Notes and caveats" block from `row` down; returns the first row after it. */
export function writeNotes(sb: SheetBuilder, row: number, lines: readonly string[]): number {
  sb.value(`A${row}`, "Notes and caveats", { style: "header" });
  lines.forEach((line, i) => sb.value(`A${row + 1 + i}`, line, { style: "note" }));
  return row + 1 + lines.length;
}
