/**
 * The hardware share: how much of total capex the depreciation flags should treat as servers
 * and network equipment. Filings give total capex (land, buildings, construction, logistics and
 * hardware together); a server life applied to all of it would make buildings wear out in six
 * years. The share is an assumption the analyst can set; without one it is calibrated so that
 * the mid-year depreciation schedule over the server book life L, run on total capex, reproduces
 * the depreciation the company reported for the latest year both are known:
 *
 *   a_k   = n - k + 0.5                                   age of vintage k (1 = oldest) at the end of year n,
 *                                                         bought mid-year
 *   D_L   = sum_k (C_k / L) x max(0, min(a_k, L) - max(a_k - 1, 0))      modelled depreciation of year n
 *   share = min(1, D_reported / D_L)
 *
 * - Reported depreciation of property and equipment (`depreciation`) calibrates it.
 * - Where only depreciation and amortization is known, that figure also holds amortisation of
 *   intangibles, content or leases, so the share it gives is an upper bound (said in the note).
 * - With neither, or no book life, the share stays 1 (uncalibrated, said in the note).
 * - Capex is read over its longest run of consecutive years ending at the calibration year:
 *   fewer years than the book life leave older vintages out, so D_L is too low and the share
 *   too high (said in the note). Missing capex is never taken as zero.
 *
 * The red-flag and depreciation templates write the same calibration in native formulas; a test
 * checks that both give the same share. Pure.
 */
import { formatPlain } from "../core/format/numbers";
import type { Financials, LineSeries } from "../model/financials";
import { moneyText } from "./valueText";

/** Where the share came from. */
export type ShareBasis = "assumption" | "row" | "calibrated" | "upper-bound" | "uncalibrated";

/** Where a hardware share came from, in words (an assumption's "used by" note beside a block). */
export const SHARE_BASIS_WORDS: Readonly<Record<ShareBasis, string>> = {
  assumption: "your assumption",
  row: "from its row",
  calibrated: "calibrated on reported depreciation",
  "upper-bound": "upper bound from reported depreciation and amortization",
  uncalibrated: "no depreciation reported to calibrate it on",
};


/** The calibration's working: what the templates show in cells. */
export interface ShareWorking {
  /** D_L on total capex, in the figures' units. */
  modelled: number;
  /** The reported figure it is matched to. */
  reported: number;
  reportedItem: "depreciation" | "depreciation_amortization";
  /** The book life L. */
  life: number;
  /** The calibration year's label ("FY2025") and the first capex vintage read ("FY2016"). */
  period: string;
  firstVintage: string;
  vintages: number;
}

export interface HardwareShare {
  value: number;
  basis: ShareBasis;
  working?: ShareWorking;
  /** One sentence: the share, where it came from, its working. */
  note: string;
}

/** The latest year's depreciation of capex vintages (one a year, oldest first) under the mid-year convention. */
export function midYearDepreciation(capex: readonly number[], life: number): number {
  const n = capex.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const age = n - i - 0.5;
    total += (Math.abs(capex[i]) / life) * Math.max(0, Math.min(age, life) - Math.max(age - 1, 0));
  }
  return total;
}

/** The share that makes D_L on `capex` equal `reported`: min(1, reported / D_L); 1 when D_L is 0. */
export function calibratedShare(capex: readonly number[], life: number, reported: number): number {
  const modelled = midYearDepreciation(capex, life);
  return modelled > 0 ? Math.min(1, Math.max(0, reported / modelled)) : 1;
}

const has = (s: LineSeries | undefined, k: number) => s !== undefined && s.values[k] !== null && s.values[k] !== undefined;

/** The latest period holding both capex and the item, or -1. */
function latestWithBoth(f: Financials, item: ShareWorking["reportedItem"]): number {
  for (let k = f.periods.length - 1; k >= 0; k--) if (has(f.items.capex, k) && has(f.items[item], k)) return k;
  return -1;
}

/** The capex vintages ending at period `end`: its longest run of consecutive years with a figure. */
function vintagesTo(f: Financials, end: number): { values: number[]; start: number } {
  let start = end;
  while (start > 0 && has(f.items.capex, start - 1)) start--;
  const values = f.items.capex!.values.slice(start, end + 1).map((x) => Math.abs(x!.value));
  return { values, start };
}

const percent = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;

function uncalibrated(why: string): HardwareShare {
  return { value: 1, basis: "uncalibrated", note: `Hardware share 1 (uncalibrated): ${why}; the depreciation flags treat all capex as hardware.` };
}

/**
 * The hardware share for a company's figures over book life `life`: the analyst's (`given`), a
 * `hardware_share` row of the figures, else calibrated as above.
 */
export function hardwareShare(f: Financials, life: number | undefined, given?: number): HardwareShare {
  if (given !== undefined) return { value: given, basis: "assumption", note: `Hardware share ${formatPlain(given)} (given): capex x ${formatPlain(given)} is read as hardware.` };
  const row = f.items.hardware_share?.values.filter((x) => x !== null).at(-1);
  if (row) return { value: row.value, basis: "row", note: `Hardware share ${formatPlain(row.value)} (from the figures' "${f.items.hardware_share!.label}" row).` };
  if (life === undefined || !(life > 0)) return uncalibrated("no book life to calibrate it with");
  const item = latestWithBoth(f, "depreciation") >= 0 ? "depreciation" : latestWithBoth(f, "depreciation_amortization") >= 0 ? "depreciation_amortization" : undefined;
  if (item === undefined) return uncalibrated("the figures hold no depreciation for a year with capex");
  const end = latestWithBoth(f, item);
  const { values, start } = vintagesTo(f, end);
  const reported = f.items[item]!.values[end]!.value;
  const modelled = midYearDepreciation(values, life);
  if (!(modelled > 0)) return uncalibrated("the capex it would be calibrated on is zero");
  const value = Math.min(1, Math.max(0, reported / modelled));
  const working: ShareWorking = {
    modelled,
    reported,
    reportedItem: item,
    life,
    period: f.periods[end].label,
    firstVintage: f.periods[start].label,
    vintages: values.length,
  };
  const basis: ShareBasis = item === "depreciation" ? "calibrated" : "upper-bound";
  const what = item === "depreciation" ? "reported depreciation of property and equipment" : "reported depreciation and amortization";
  const capped = reported > modelled ? `, capped at 1; the figures give ${percent(reported / modelled)}` : "";
  const short = values.length < life ? ` Capex covers only ${values.length} years, fewer than the book life: older vintages are missing, so the share is too high.` : "";
  const bound = item === "depreciation_amortization" ? " It is an upper bound: D&A also holds amortisation of intangibles, content or leases." : "";
  const m = (x: number) => moneyText(x, f.units);
  return {
    value,
    basis,
    working,
    note:
      `Hardware share ${percent(value)} (${basis === "calibrated" ? "calibrated" : "upper bound"}${capped}): the mid-year schedule over the ` +
      `${formatPlain(life)}-year book life on total capex (${working.firstVintage} to ${working.period}) gives ${m(modelled)} of ` +
      `${working.period} depreciation, against ${m(reported)} of ${what}.${bound}${short}`,
  };
}
