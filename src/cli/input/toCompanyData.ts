/**
 * A company's series in the dataset's shape, which the templates fill from. The sample companies
 * keep their own record (source and caveats); a CSV company must give the filing lines the
 * red-flag model lays out, every year.
 */
import { HYPERSCALERS, type AnnualFigures, type CompanyData, type Ticker } from "../../data/hyperscalers";
import type { LineItemId } from "../../analysis/labels/lineItems";
import { InputError } from "./inputError";
import type { CompanySeries } from "./readCsv";


export function companyDataOf(series: CompanySeries): CompanyData {
  const sample = HYPERSCALERS.find((c) => c.name === series.company && c.source === series.source);
  if (sample) return sample;
  const value = (item: LineItemId, k: number): number => {
    const v = series.items[item]?.[k];
    if (v === null || v === undefined) {
      throw new InputError(series.source, `the workbook needs ${item} for ${series.company} ${series.years[k]}`, undefined, item);
    }
    return v;
  };
  const years: AnnualFigures[] = series.years.map((fiscalYear, k) => {
    const revenue = value("revenue", k);
    const costOfRevenue = value("cost_of_revenue", k);
    return {
      fiscalYear,
      periodEnd: `${fiscalYear}`,
      revenue,
      costOfRevenue,
      grossProfit: revenue - Math.abs(costOfRevenue),
      operatingIncome: value("operating_income", k),
      netIncome: value("net_income", k),
      operatingCashFlow: value("operating_cash_flow", k),
      capex: value("capex", k),
      depreciation: series.items.depreciation?.[k] ?? null,
    };
  });
  return {
    ticker: series.company as Ticker,
    name: series.company,
    fiscalYearEnd: "as in the source file",
    source: `${series.source} (user data)`,
    caveats: ["Figures from the user's CSV, as given; AIFLAG has not checked them against filings."],
    years,
  };
}
