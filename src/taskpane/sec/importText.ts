/**
 * The Import SEC data card in words, pure: what to tell the analyst about the company they typed
 * (the address to download from, or how to find the CIK), why the add-in does not download it
 * itself, what a read file holds (company, fiscal years or quarters, what is missing and why),
 * and what quarters are.
 */
import { periodRuns, type Financials } from "../../model/financials";
import { cikOrTicker, companyfactsAddress, EDGAR_COMPANY_SEARCH, padCik } from "../../sources/sec/address";
import { COLUMN_NOUN, periodColumnsOf, QUARTERS_NOT_ANNUALISED, type ColumnKind } from "../../templates/company";
import { ALL_PERIODS, gapsOf, type Gap } from "../../templates/secData/gaps";

/** One sentence: why the pane asks for a file instead of fetching it. */
export const WHY_NOT_FETCHED =
  "AIFLAG cannot download it for you: SEC's data API does not accept requests from web pages (it sends no CORS headers) and requires a User-Agent naming you, which a browser cannot set.";

export type CompanyHelp =
  | { kind: "none" }
  | { kind: "address"; cik: string; address: string }
  | { kind: "ticker"; ticker: string; message: string }
  | { kind: "invalid"; message: string };

/** What the pane says under the company field. */
export function companyHelp(text: string): CompanyHelp {
  if (text.trim() === "") return { kind: "none" };
  const company = cikOrTicker(text);
  if (!company) return { kind: "invalid", message: "Type a CIK, SEC's number for the company (digits, such as 789019), or a ticker (MSFT)." };
  if (company.kind === "cik") return { kind: "address", cik: padCik(company.cik), address: companyfactsAddress(company.cik) };
  return {
    kind: "ticker",
    ticker: company.ticker,
    message:
      `SEC's list of tickers cannot be read from the pane either: find ${company.ticker}'s CIK (a number) with EDGAR company search, ` +
      `${EDGAR_COMPANY_SEARCH}, where it shows beside the company's name, and type it here.`,
  };
}

/** The gaps as the pane lists them: items with no figure (each with its reason), then items lacking some years (one reason for all). */
export interface GapGroups {
  absent: readonly Gap[];
  partial: readonly Gap[];
  /** The reasons of the partial items, each said once. */
  partialWhy: string;
}

export function groupGaps(gaps: readonly Gap[]): GapGroups {
  const partial = gaps.filter((g) => g.periods !== ALL_PERIODS);
  return { absent: gaps.filter((g) => g.periods === ALL_PERIODS), partial, partialWhy: [...new Set(partial.map((g) => g.why))].join(" ") };
}

export interface ImportSummary {
  company: string;
  /** "CIK 0000789019", or "" when the source gives none. */
  cik: string;
  /** What the periods are: fiscal years or quarters. */
  kind: ColumnKind;
  /** "FY2008 to FY2025", "Q1 FY2009 to Q2 FY2026". */
  periods: string;
  periodCount: number;
  /** Line items with at least one figure. */
  itemCount: number;
  gaps: readonly Gap[];
}

export function importSummary(f: Financials): ImportSummary {
  const positions = f.periods.map((_, k) => k);
  return {
    company: f.company.name,
    cik: f.company.cik === undefined ? "" : `CIK ${padCik(f.company.cik)}`,
    kind: periodColumnsOf(f).kind,
    periods: positions.length === 0 ? "none" : periodRuns(f.periods, positions),
    periodCount: positions.length,
    itemCount: Object.keys(f.items).length,
    gaps: gapsOf(f),
  };
}

/** "Fiscal years FY2008 to FY2025 (18); 32 line items with figures.", or the same of quarters. */
export function periodsLine(s: ImportSummary): string {
  return `${s.kind === "quarters" ? "Quarters" : "Fiscal years"} ${s.periods} (${s.periodCount}); ${s.itemCount} line items with figures.`;
}

/** Under the "Periods" choice: what quarters are, and what the model does with them. */
export const QUARTERS_HINT =
  "Quarters are the 10-Q figures. Where a filing gives a quarter only within year-to-date figures, Q2 and Q3 are derived from them " +
  "(six months less Q1, nine months less six) and Q4 is the fiscal year less nine months; each derived figure is marked *. " +
  `${QUARTERS_NOT_ANNUALISED} Flags whose thresholds assume a year (returns, lives, forensic scores) say so instead of a value.`;

/** "years" or "quarters": what the missing-figures list says an item lacks some of. */
export const missingNoun = (kind: ColumnKind) => `${COLUMN_NOUN[kind]}s`;

/** "Read, parsed and normalised in 212 ms, ...": what the pane says under the summary (the worker's own times). */
export function readTimeText(timings: { readMs: number; parseMs: number; normaliseMs: number }): string {
  const ms = Math.round(timings.readMs + timings.parseMs + timings.normaliseMs);
  return `Read, parsed and normalised in ${ms} ms, off the pane's thread.`;
}
