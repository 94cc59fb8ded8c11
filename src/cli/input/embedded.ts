/** The embedded sample companies (src/data) in the CLI's input shape. */
import { HYPERSCALERS, type AnnualFigures, type CompanyData } from "../../data/hyperscalers";
import type { LineItemId } from "../../analysis/labels/lineItems";
import { serverBookLife } from "../../data/usefulLives";
import type { CompanySeries } from "./readCsv";

const COLUMNS: ReadonlyArray<[LineItemId, keyof AnnualFigures]> = [
  ["revenue", "revenue"],
  ["cost_of_revenue", "costOfRevenue"],
  ["operating_income", "operatingIncome"],
  ["net_income", "netIncome"],
  ["operating_cash_flow", "operatingCashFlow"],
  ["capex", "capex"],
  ["depreciation", "depreciation"],
];

export function embeddedSeries(company: CompanyData): CompanySeries {
  const items: CompanySeries["items"] = {};
  for (const [item, field] of COLUMNS) items[item] = company.years.map((y) => y[field] as number | null);
  const bookLife = serverBookLife(company.ticker);
  return {
    company: company.name,
    source: company.source,
    years: company.years.map((y) => y.fiscalYear),
    items,
    ...(bookLife ? { assumptions: { book_life: bookLife.years } } : {}),
  };
}

export function embeddedCompanies(): CompanySeries[] {
  return HYPERSCALERS.map(embeddedSeries);
}
