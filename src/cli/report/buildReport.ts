/**
 * The report: every flag the core can compute for each company, through the same analysis the
 * taskpane runs on a selected block (`analyseFinancials`, on the company's figures from any
 * source), so the CLI and the add-in can never disagree about what a flag says.
 */
import { analyseFinancials, type Assumptions, type FlagResult } from "../../analysis";
import type { CellOutput } from "../../core/cells/values";
import { isCellError } from "../../core/cells/errors";
import type { Financials } from "../../model/financials";
import { assumptionNotes, needsNote } from "./notes";

export interface ReportRow {
  company: string;
  flag: string;
  title: string;
  period: string;
  value: number | null;
  status: string;
  /** The error message when the value is an Excel error (e.g. #N/A: net income is not positive). */
  error?: string;
  /** The assumptions used and where each came from ("book_life = 6 (disclosed)"), then the analysis's notes. */
  notes: string[];
}

export interface CompanyReport {
  company: string;
  source: string;
  rows: ReportRow[];
  /** Flags that could not be computed, with what they need and how to give it. */
  needs: string[];
}

/** The assumptions a report runs with: values by parameter name, and which of them the user gave. */
export interface ReportAssumptions {
  values: Assumptions;
  given: ReadonlySet<string>;
  /** The command-line option that sets a parameter ("--book-life YEARS"), by parameter name. */
  options: Readonly<Record<string, string>>;
}

function cellText(x: CellOutput | undefined): { value: number | null; text: string; error?: string } {
  if (x === undefined) return { value: null, text: "" };
  if (isCellError(x)) return { value: null, text: x.code, error: x.message };
  if (typeof x === "number") return { value: x, text: String(x) };
  return { value: null, text: x };
}

function rowOf(company: string, flag: FlagResult, given: ReadonlySet<string>): ReportRow | undefined {
  if (flag.state !== "computed") return undefined;
  const value = cellText(flag.value);
  const status = cellText(flag.status);
  return {
    company,
    flag: flag.id,
    title: flag.title,
    period: flag.period,
    value: value.value,
    status: flag.status === undefined ? "n/a" : status.text,
    ...(value.error ? { error: value.error } : {}),
    notes: [...assumptionNotes(flag, given), ...flag.notes],
  };
}

export function companyReport(financials: Financials, assumptions: ReportAssumptions): CompanyReport {
  const company = financials.company.name;
  const { flags } = analyseFinancials(financials, { assumptions: assumptions.values });
  const rows = flags.map((f) => rowOf(company, f, assumptions.given)).filter((r): r is ReportRow => r !== undefined);
  const needs = flags.flatMap((f) => (f.state === "needs-input" ? [needsNote(f, assumptions.options)] : []));
  return { company, source: financials.source, rows, needs };
}
