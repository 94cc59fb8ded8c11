/**
 * What the company's figures lack, with the reason, for the "SEC data" sheet and the taskpane:
 * line items with no figure in any period (the source says why, `Financials.gaps`), then items
 * with a figure in some periods only (which periods). Missing is never zero: these cells stay
 * blank on the sheets. Pure.
 */
import { periodRuns, type Financials } from "../../model/financials";
import { LINE_ITEM_IDS, LINE_ITEMS, type LineItemId } from "../../model/lineItems";
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

/** Every gap, in the vocabulary's (statement) order: absent items first, then partial ones. */
export function gapsOf(f: Financials): Gap[] {
  const absent: Gap[] = [];
  const partial: Gap[] = [];
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
    if (missing.length > 0) partial.push({ item, label, periods: periodRuns(f.periods, missing), why: MISSING_PERIODS_WHY });
  }
  return [...absent, ...partial];
}
