/**
 * What the company's figures lack, with the reason, for the "SEC data" sheet and the taskpane:
 * line items with no figure in any period (the source says why, `Financials.gaps`), then items
 * with a figure in some periods only (which periods). Missing is never zero: these cells stay
 * blank on the sheets. Pure.
 */
import { periodRuns, type Financials } from "../../model/financials";
import { LINE_ITEM_IDS, LINE_ITEMS, type LineItemId } from "../../model/lineItems";
import { periodColumnsOf } from "../company";
import { capitalised } from "../redFlag/lineItems";

export interface Gap {
  item: LineItemId;
  /** "Capital expenditure". */
  label: string;
  /** "all periods", or the periods without a figure: "FY2013 to FY2021, FY2023". */
  periods: string;
  why: string;
}

/** What `Gap.periods` says of an item with no figure at all. */
export const ALL_PERIODS = "all periods";

/** Why a period of a present item has no figure: the source gives no per-period reason. */
export const MISSING_PERIODS_WHY =
  "No 10-K figure under the tags read for these periods: the company filed the line under a tag of its own then, did not report it, or the period predates its XBRL filings.";

/** The same, for quarters: a quarter needs a 10-Q figure, or year-to-date figures it can be derived from. */
export const MISSING_QUARTERS_WHY =
  "No 10-Q figure under the tags read for these quarters, and none to derive one from (a quarter from year-to-date figures, a fourth quarter from the fiscal year less nine months): the company filed the line under a tag of its own then, gave it in its 10-K only, did not report it, or the quarter predates its XBRL filings.";

/** Every gap, in the vocabulary's (statement) order: absent items first, then partial ones. */
export function gapsOf(f: Financials): Gap[] {
  const absent: Gap[] = [];
  const partial: Gap[] = [];
  const whyMissing = periodColumnsOf(f).kind === "quarters" ? MISSING_QUARTERS_WHY : MISSING_PERIODS_WHY;
  for (const item of LINE_ITEM_IDS) {
    const label = capitalised(LINE_ITEMS[item].label);
    const why = f.gaps[item];
    const series = f.items[item];
    if (why !== undefined && series === undefined) {
      absent.push({ item, label, periods: ALL_PERIODS, why });
      continue;
    }
    if (!series) continue;
    const missing = series.values.flatMap((v, k) => (v === null ? [k] : []));
    if (missing.length > 0) partial.push({ item, label, periods: periodRuns(f.periods, missing), why: whyMissing });
  }
  return [...absent, ...partial];
}
