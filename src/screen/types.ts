/**
 * What the market screen computes for one company, as plain data: it crosses from a worker
 * thread to the main thread (structured clone), so it holds no class instances or functions.
 */
import type { Status } from "../core/framework/status";

/** A flag computed on the screened fiscal year. */
export interface FlagCell {
  id: string;
  /** The flag's value; money (value kind "amount") in millions of the company's currency. Null when the value is an error. */
  value: number | null;
  /** RED / WATCH / OK; null when the flag has no status or its value is an error. */
  status: Status | null;
  /** The error the value is instead of a number ("#N/A: net income is -12: ..."). */
  error?: string;
  /** The periods the flag read: "FY2025", or "FY2008 to FY2025" for a series flag. */
  period: string;
}

/** A flag the company's figures for that year do not allow, and why. */
export interface FlagGap {
  id: string;
  /** "FCFCONV needs: capital expenditure", or "inputs end at FY2021: capital expenditure is missing for FY2025". */
  reason: string;
  /** Line items a filing would carry that the figures lack for the year (labels). */
  missingFiling: readonly string[];
  /** True when what is missing is an analyst estimate or an assumption, which companyfacts never holds. */
  needsAnalystInput: boolean;
}

/** FCF / net income for each of the last fiscal years, oldest first, and whether it fell twice running. */
export interface FcfTrend {
  /** Fiscal-year labels ("FY2021" ... "FY2025"). */
  years: readonly string[];
  /** FCFCONV's value for each year; null where a figure is missing or net income is not positive. */
  values: ReadonlyArray<number | null>;
  /** Fell in each of the last two years (t-2 > t-1 > t); null when one of the three is unknown. */
  fellTwoYears: boolean | null;
}

export interface ScreenedCompany {
  /** The archive entry or file it came from. */
  entry: string;
  name: string;
  cik: number;
  /** The screened year: its label ("FY2025"), number, and last day (yyyy-mm-dd). */
  fiscalYearLabel: string;
  fiscalYear: number;
  fiscalYearEnd: string;
  /** ISO code of every money figure (USD for nearly every SEC filer). */
  currency: string;
  /** Revenue of the screened year in millions of `currency`; null when not reported. */
  revenueMillions: number | null;
  flags: readonly FlagCell[];
  notComputed: readonly FlagGap[];
  /** SCORE of the statuses computed (0 = all OK, 100 = all RED); null when none was. */
  score: number | null;
  /** How many statuses the score averages. */
  scored: number;
  /** Distinct filing line items that flags needed and the year lacks. */
  missingInputs: readonly string[];
  fcfTrend: FcfTrend;
}

/** Why a company was not screened. */
export type SkipReason =
  | "unreadable entry"
  | "not JSON"
  | "not companyfacts"
  | "IFRS filer"
  | "no us-gaap data"
  | "no 10-K or 10-Q figures"
  | "no annual periods"
  | "no such fiscal year"
  | "over the size limit"
  | "out of memory"
  | "unexpected error";

export interface Skipped {
  entry: string;
  /** From the entry's name (CIK##########.json) or the document; null when neither gives it. */
  cik: number | null;
  reason: SkipReason;
  /** The plain message of the failure ("IFRS filers are not supported yet: ..."). */
  detail: string;
}
