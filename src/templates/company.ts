/**
 * How the templates read a company's figures (`Financials`, from any source): fiscal years
 * (or, where a template allows, quarters) across, money shown in millions of the company's currency whatever scale the source used, and
 * the words every sheet carries (the company's name, the source, the units, the caveats).
 *
 * Money is converted from `units.scale` (1 = as filed, 1e6 = millions) to millions; a source that
 * does not say its scale (a sheet's block) is shown as given. Ratios, shares and lives are never
 * scaled.
 */
import { excelMoneyFormat } from "../analysis/valueText";
import type { FunctionDefinition } from "../core/framework/definition";
import { VALUE_KIND_FORMATS } from "../core/format/valueKind";
import type { Financials } from "../model/financials";
import { MONEY_FORMAT, TEXT_FORMAT, YEAR_FORMAT } from "./formats";
import { lineItem, type LineItemId } from "../model/lineItems";
import { DATASET_YEARS, STATEMENT_YEARS } from "../sources/embedded/hyperscalers";

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

/** Whether a company's figures are quarters (every period a quarter). */
const inQuarters = (f: Financials): boolean => f.periods.length > 0 && f.periods.every((p) => p.kind === "quarter");

/**
 * The columns a company's figures give a template that lays out fiscal years or quarters (the
 * red-flag model, the SEC data sheet); a blank template has the sample's fiscal years.
 */
export function periodColumnsOf(f: TemplateCompany): PeriodColumns {
  if (f !== null && inQuarters(f)) {
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

/**
 * Which years a template reads for what. Capex is read as vintages over its longest run of
 * consecutive years ending at its latest (the depreciation flags need every vintage still on the
 * books); the statements (revenue, profit, cash flow) over the years from the first holding any
 * of them. A company whose early years hold capex alone (the samples: capex from FY2016, the rest
 * from FY2023) so gets checks, growth and conversion over the years that have statements, and
 * depreciation over every vintage. A blank template expects what the samples hold. Quarters have
 * no vintage span of their own: the flags that read vintages are fiscal years only.
 */
export interface YearSpans {
  /** Index of the first year of capex vintages. */
  vintageStart: number;
  /** Index of the first year with statements. */
  statementStart: number;
}

const holds = (f: Financials, item: LineItemId, k: number) => (f.items[item]?.values[k] ?? null) !== null;

export function yearSpans(f: TemplateCompany): YearSpans {
  if (f === null) return { vintageStart: 0, statementStart: BLANK_YEARS.indexOf(STATEMENT_YEARS[0]) };
  const statementItems = (Object.keys(f.items) as LineItemId[]).filter((id) => id !== "capex" && lineItem(id).unit === "money");
  const first = f.periods.findIndex((_p, k) => statementItems.some((id) => holds(f, id, k)));
  const statementStart = first === -1 ? 0 : first;
  // Over quarters no flag reads capex as vintages (the depreciation flags are fiscal years only):
  // capex is read over the quarters with statements, as every other row.
  if (inQuarters(f)) return { vintageStart: statementStart, statementStart };
  let end = f.periods.length - 1;
  while (end > 0 && !holds(f, "capex", end)) end--;
  let vintageStart = end;
  while (vintageStart > 0 && holds(f, "capex", vintageStart - 1)) vintageStart--;
  return { vintageStart, statementStart };
}

/**
 * The number format of a flag's money result (DEPCLIFF, DEPGAP, REVENUEGAP), the cells holding
 * millions: "$39.6B" for a company whose revenue or capex runs into the billions, "$850M"
 * otherwise (and for a blank template); as given when the source says no scale.
 */
export function flagMoneyFormat(f: TemplateCompany): string {
  if (f === null) return excelMoneyFormat("USD", false);
  if (f.units.scale === undefined) return MONEY_FORMAT;
  const sizes = (["revenue", "capex"] as const).flatMap((item) => f.periods.map((_p, k) => Math.abs(shownAt(f, item, k) ?? 0)));
  return excelMoneyFormat(f.units.currency, Math.max(0, ...sizes) >= 1000);
}

/**
 * The number format of a cell holding a flag's value: money as `flagMoneyFormat` shows it, the
 * other kinds in their value kind's format (a multiple "0.70x", a change in margin signed).
 */
export function flagValueFormat(def: FunctionDefinition, f: TemplateCompany): string | undefined {
  if (!def.valueKind) return undefined;
  return def.valueKind === "amount" ? flagMoneyFormat(f) : VALUE_KIND_FORMATS[def.valueKind].excel;
}
