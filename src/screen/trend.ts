/**
 * The FCF-conversion trend: FCFCONV (free cash flow / net income) for each of the last fiscal
 * years, each computed by the analysis on the figures as they stood at that year's end, so that
 * a year lacking an input gives no value rather than an earlier year's. The analysis's concern is
 * conversion that "keeps compressing": the trend says whether it fell in each of the last two years.
 */
import { analyseFinancials, type Assumptions } from "../analysis";
import type { FunctionDefinition } from "../core/framework/definition";
import type { Financials } from "../model/financials";
import { throughPeriod } from "./fiscalYear";
import { readsPeriod } from "./reads";
import type { FcfTrend } from "./types";

export const FCFCONV_ID = "FCFCONV";

/** Years the trend shows, the screened one included. */
export const TREND_YEARS = 5;

/** Fell in each of the last two steps: t-2 > t-1 > t; null when one of the three is unknown. */
export function fellTwice(values: ReadonlyArray<number | null>): boolean | null {
  if (values.length < 3) return null;
  const [a, b, c] = values.slice(-3);
  return a === null || b === null || c === null ? null : a > b && b > c;
}

export function fcfTrend(f: Financials, k: number, years: number, registry: readonly FunctionDefinition[], assumptions: Assumptions): FcfTrend {
  const def = registry.find((d) => d.id === FCFCONV_ID);
  const first = Math.max(0, k - years + 1);
  const labels: string[] = [];
  const values: Array<number | null> = [];
  for (let j = first; j <= k; j++) {
    labels.push(f.periods[j].label);
    if (!def) {
      values.push(null);
      continue;
    }
    const upTo = throughPeriod(f, j);
    const [flag] = analyseFinancials(upTo, { registry: [def], assumptions }).flags;
    values.push(flag?.state === "computed" && typeof flag.value === "number" && readsPeriod(flag, upTo, j) ? flag.value : null);
  }
  return { years: labels, values, fellTwoYears: fellTwice(values) };
}
