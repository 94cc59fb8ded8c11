/**
 * How the templates read a company's figures (`Financials`, from any source): fiscal years
 * across, money shown in millions of the company's currency whatever scale the source used, and
 * the words every sheet carries (the company's name, the source, the units, the caveats).
 *
 * Money is converted from `units.scale` (1 = as filed, 1e6 = millions) to millions; a source that
 * does not say its scale (a sheet's block) is shown as given. Ratios, shares and lives are never
 * scaled.
 */
import type { Financials } from "../model/financials";
import { lineItem, type LineItemId } from "../model/lineItems";
import { DATASET_YEARS } from "../sources/embedded/hyperscalers";

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
