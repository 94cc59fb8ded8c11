/**
 * The embedded source's reader: the sample companies as `Financials`, every figure citing the
 * filing it was copied from (provenance "dataset"), with the disclosed server lives and capex
 * guidance as disclosures. The data are stored by line-item id, so nothing is mapped here.
 */
import type { Fact, Financials, LineSeries } from "../../model/financials";
import { LINE_ITEM_IDS, lineItem, type LineItemId } from "../../model/lineItems";
import { CAPEX_GUIDANCE } from "./capexGuidance";
import { DATASET_CAVEATS, EMBEDDED_SCALE, HYPERSCALERS, type EmbeddedCompany, type Ticker } from "./hyperscalers";
import { serverBookLife } from "./usefulLives";

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function seriesOf(c: EmbeddedCompany, id: LineItemId): LineSeries {
  const values = c.years.map((y): Fact | null => {
    const value = y[id];
    if (value === null || value === undefined) return null;
    const key = `${y.fiscalYear} ${id}`;
    const reference = c.figureSources?.[key] ?? `${c.name} Form 10-K, fiscal year ${y.fiscalYear}`;
    const restated = c.restated?.[key];
    return { value, provenance: { source: "dataset", reference, ...(restated ? { restated } : {}) } };
  });
  return { label: c.labels[id] ?? capitalised(lineItem(id).label), values };
}

export function financialsOf(c: EmbeddedCompany): Financials {
  const held = LINE_ITEM_IDS.filter((id) => c.years.some((y) => id in y));
  const bookLife = serverBookLife(c.ticker);
  const guidance = CAPEX_GUIDANCE[c.ticker];
  return {
    company: { name: c.name, ticker: c.ticker, cik: c.cik, fiscalYearEnd: c.fiscalYearEnd },
    source: c.source,
    units: { currency: "USD", scale: EMBEDDED_SCALE },
    periodsPerYear: 1,
    periods: c.years.map((y) => ({ label: `FY${y.fiscalYear}`, kind: "annual", fiscalYear: y.fiscalYear, end: y.periodEnd })),
    items: Object.fromEntries(held.map((id) => [id, seriesOf(c, id)])),
    gaps: c.gaps,
    disclosures: { ...(bookLife ? { serverBookLife: bookLife } : {}), ...(guidance ? { capexGuidance: guidance } : {}) },
    caveats: [...c.caveats, ...DATASET_CAVEATS],
  };
}

/** Every sample company, in the dataset's order. */
export const EMBEDDED: readonly Financials[] = HYPERSCALERS.map(financialsOf);

/** A sample company by ticker ("msft" too), or undefined. */
export function embeddedCompany(ticker: string): Financials | undefined {
  return EMBEDDED.find((f) => f.company.ticker === ticker.trim().toUpperCase());
}

export const EMBEDDED_TICKERS: readonly Ticker[] = HYPERSCALERS.map((c) => c.ticker);
