/**
 * The screen's order and selection. Highest SCORE first; ties by the number of statuses scored
 * (a score over more flags says more), then revenue (larger first), then CIK and entry name, so
 * that the order never depends on the order companies were read in.
 */
import type { ScreenedCompany } from "./types";

export interface RankedCompany extends ScreenedCompany {
  /** 1 for the highest score, among the companies kept. */
  rank: number;
}

export interface Selection {
  /** Leave out companies whose revenue is under this many USD millions, not reported, or not in USD. */
  minRevenue?: number;
  /** Keep the first N after ranking. */
  top?: number;
}

/** Why a screened company is not in the list, with how many. */
export type LeftOut = Record<string, number>;

const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

export function compareCompanies(a: ScreenedCompany, b: ScreenedCompany): number {
  return desc(a.score, b.score) || b.scored - a.scored || desc(a.revenueMillions, b.revenueMillions) || a.cik - b.cik || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0);
}

/** The reason the revenue filter leaves a company out, or undefined when it stays. */
export function revenueShortfall(c: ScreenedCompany, minRevenue: number): string | undefined {
  if (c.currency !== "USD") return "revenue not in USD (--min-revenue compares USD)";
  if (c.revenueMillions === null) return "revenue not reported for the year";
  return c.revenueMillions < minRevenue ? `revenue under ${minRevenue} USD millions` : undefined;
}

export function rankCompanies(companies: readonly ScreenedCompany[], selection: Selection = {}): { listed: RankedCompany[]; leftOut: LeftOut } {
  const leftOut: LeftOut = {};
  const kept: ScreenedCompany[] = [];
  for (const c of companies) {
    const why = selection.minRevenue === undefined ? undefined : revenueShortfall(c, selection.minRevenue);
    if (why === undefined) kept.push(c);
    else leftOut[why] = (leftOut[why] ?? 0) + 1;
  }
  kept.sort(compareCompanies);
  const top = selection.top ?? kept.length;
  if (kept.length > top) leftOut[`below the top ${top}`] = kept.length - top;
  return { listed: kept.slice(0, top).map((c, i) => ({ ...c, rank: i + 1 })), leftOut };
}
