/**
 * The screened fiscal year of a company's annual figures, and the figures as they stood at the end
 * of a year: every period after it dropped, so that the analysis, which reads the latest period
 * its inputs allow, reads that year and never a later one.
 */
import type { Financials, LineSeries } from "../model/financials";

/**
 * Index of the period to screen: the one labelled `fiscalYear` (the company's own number for the
 * year; the later one if two share it), or the latest period when none is asked for; -1 if none.
 */
export function screenedIndex(f: Financials, fiscalYear?: number): number {
  if (fiscalYear === undefined) return f.periods.length - 1;
  for (let k = f.periods.length - 1; k >= 0; k--) if (f.periods[k].fiscalYear === fiscalYear) return k;
  return -1;
}

/** The figures up to and including period k (the same fact objects, shorter series). */
export function throughPeriod(f: Financials, k: number): Financials {
  if (k === f.periods.length - 1) return f;
  const items: Financials["items"] = {};
  for (const [id, series] of Object.entries(f.items) as Array<[keyof Financials["items"], LineSeries]>) {
    items[id] = { ...series, values: series.values.slice(0, k + 1) };
  }
  return { ...f, periods: f.periods.slice(0, k + 1), items };
}
