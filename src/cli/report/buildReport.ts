/**
 * The report: every flag the core can compute for each company, through the same analysis the
 * taskpane runs on a selected block (the company's figures laid out as a block of labelled rows,
 * years across), so the CLI and the add-in can never disagree about what a flag says.
 */
import { analyseSelection, LINE_ITEMS, type Assumptions, type FlagResult } from "../../analysis";
import type { CellOutput } from "../../core/cells/values";
import { isCellError } from "../../core/cells/errors";
import type { CompanySeries } from "../input/readCsv";

export interface ReportRow {
  company: string;
  flag: string;
  title: string;
  period: string;
  value: number | null;
  status: string;
  /** The error message when the value is an Excel error (e.g. #N/A: net income is not positive). */
  error?: string;
  notes: string[];
}

export interface CompanyReport {
  company: string;
  source: string;
  rows: ReportRow[];
  /** Flags that could not be computed, with what they need. */
  needs: string[];
}

function asBlock(series: CompanySeries): Array<Array<string | number | null>> {
  const header: Array<string | number | null> = ["Line item", ...series.years.map((y) => `FY${y}`)];
  const lines = Object.entries(series.items).map(([item, values]) => [LINE_ITEMS[item as keyof typeof LINE_ITEMS].label, ...(values ?? [])]);
  return [header, ...lines];
}

function cellText(x: CellOutput | undefined): { value: number | null; text: string; error?: string } {
  if (x === undefined) return { value: null, text: "" };
  if (isCellError(x)) return { value: null, text: x.code, error: x.message };
  if (typeof x === "number") return { value: x, text: String(x) };
  return { value: null, text: x };
}

function rowOf(company: string, flag: FlagResult): ReportRow | undefined {
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
    notes: [...flag.notes, ...flag.settings.map((s) => `${s.param} = ${s.value} (${s.why})`)],
  };
}

export function companyReport(series: CompanySeries, assumptions: Assumptions): CompanyReport {
  const analysis = analyseSelection({ sheet: series.company, address: "A1", values: asBlock(series) }, { assumptions });
  const rows = analysis.flags.map((f) => rowOf(series.company, f)).filter((r): r is ReportRow => r !== undefined);
  const needs = analysis.flags.flatMap((f) => (f.state === "needs-input" ? [f.message] : []));
  return { company: series.company, source: series.source, rows, needs };
}
