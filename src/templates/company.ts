/**
 * How the templates read a company's figures (`Financials`, from any source): fiscal years
 * (or, where a template allows, quarters) across, money shown in millions of the company's currency whatever scale the source used, and
 * the words every sheet carries (the company's name, the source, the units, the caveats).
 *
 * Money is converted from `units.scale` (1 = as filed, 1e6 = millions) to millions; a source that
 * does not say its scale (a sheet's block) is shown as given. Ratios, shares and lives are never
 * scaled.
 */
import type { Financials } from "../model/financials";
import { lineItem, type LineItemId } from "../model/lineItems";
import { DATASET_YEARS } from "../sources/embedded/hyperscalers";
import { TEXT_FORMAT, YEAR_FORMAT } from "./formats";

/** The scale the sheets show money in: millions. */
export const SHOWN_SCALE = 1e6;

/** A template's company: its figures, or null for a blank template the analyst fills. */
export type TemplateCompany = Financials | null;

/** The fiscal year of each period, oldest first; a template lays out fiscal years only. */
export function fiscalYearsOf(f: Financials): number[] {
  return f.periods.map((p) => {
    if (p.kind !== "annual" || p.fiscalYear === undefined) {
      throw new Error(`the templates lay out fiscal years; ${f.company.name}'s period "${p.label}" is not one`);
    }
    return p.fiscalYear;
  });
}

/** What a template's columns are: the company's fiscal years, or its quarters. */
export type ColumnKind = "fiscal years" | "quarters";

/** The header cells of a template's period columns, oldest first, and how they read. */
export interface PeriodColumns {
  kind: ColumnKind;
  /**
   * A fiscal year is a number shown as FY2025 (formulas read it: the checks compare years); a
   * quarter is its label as text, "Q1 FY2025", since no number format can show it.
   */
  headers: ReadonlyArray<number | string>;
  numberFormat: string;
  /** The label of the row of period end dates under the headers. */
  endLabel: string;
}

/**
 * The columns a company's figures give a template that lays out fiscal years or quarters (the
 * red-flag model, the SEC data sheet); a blank template has the sample's fiscal years.
 */
export function periodColumnsOf(f: TemplateCompany): PeriodColumns {
  if (f !== null && f.periods.length > 0 && f.periods.every((p) => p.kind === "quarter")) {
    return { kind: "quarters", headers: f.periods.map((p) => p.label), numberFormat: TEXT_FORMAT, endLabel: "Quarter end" };
  }
  return { kind: "fiscal years", headers: f ? fiscalYearsOf(f) : BLANK_YEARS, numberFormat: YEAR_FORMAT, endLabel: "Fiscal year end" };
}

/** One column, in words: "year", "quarter". */
export const COLUMN_NOUN: Readonly<Record<ColumnKind, string>> = { "fiscal years": "year", quarters: "quarter" };

/** What a reader of quarterly columns must know before reading a flow against a year. */
export const QUARTERS_NOT_ANNUALISED =
  "A flow (revenue, cash flow, capex) is the quarter's own, not annualised; a balance is at the quarter's end.";

/** An amount in the source's units, in millions (as given when the source says no scale). */
export function inMillions(f: Financials, amount: number): number {
  return f.units.scale === undefined ? amount : (amount * f.units.scale) / SHOWN_SCALE;
}

/** The figure of `item` in period k as the sheets show it (money in millions), or null. */
export function shownAt(f: Financials, item: LineItemId, k: number): number | null {
  const fact = f.items[item]?.values[k] ?? null;
  if (fact === null) return null;
  return lineItem(item).unit === "money" ? inMillions(f, fact.value) : fact.value;
}

/** What a money cell holds: "USD millions" (the blank templates ask for USD millions). */
export function unitsText(f: TemplateCompany): string {
  if (f === null) return "USD millions";
  return f.units.scale === undefined ? `${f.units.currency}, as in the source` : `${f.units.currency} millions`;
}

/** How titles name the company: "Microsoft (MSFT)", or "your company" in a blank template. */
export function companyLabel(f: TemplateCompany): string {
  if (f === null) return "your company";
  return f.company.ticker ? `${f.company.name} (${f.company.ticker})` : f.company.name;
}

/** The fiscal years a blank template lays out: the sample data's, so a blank and a filled model line up. */
export const BLANK_YEARS: readonly number[] = DATASET_YEARS;
