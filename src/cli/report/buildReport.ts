/**
 * The report: every flag the core can compute for each company, through the same analysis the
 * taskpane runs on a selected block (`analyseFinancials`, on the company's figures from any
 * source), so the CLI and the add-in can never disagree about what a flag says.
 *
 * Rows (decisions where the issue is silent):
 * - an element-wise flag gets one row per period whose inputs are present, oldest first; the
 *   latest carries the notes, led by the direction ("... fell in each of the last two years");
 * - a flag with an economic life gets one row per life of the sensitivity (3, 4, 5 years),
 *   each against the book life (the `case` column); the life the analysis ran with, if another,
 *   comes first;
 * - money is shown with its units ("$39.6B"), every other value by its kind ("0.70x").
 */
import { analyseFinancials, type Assumptions, type ComputedFlag, type FlagResult } from "../../analysis";
import type { HardwareShare } from "../../analysis/hardwareShare";
import { moneyUnitText, valueText } from "../../analysis/valueText";
import type { CellOutput } from "../../core/cells/values";
import { isCellError } from "../../core/cells/errors";
import { formatPlain } from "../../core/format/numbers";
import type { Financials } from "../../model/financials";
import { assumptionNotes, needsNote } from "./notes";

export interface ReportRow {
  company: string;
  flag: string;
  title: string;
  period: string;
  /** What this row holds beside the flag's own result: "economic life 4 vs book 6". */
  case?: string;
  value: number | null;
  /** The value as people read it: "$39.6B", "0.70x", "-0.1 pts"; the error code for an error. */
  valueText: string;
  /** For money: what `value` is counted in ("USD millions"). */
  unit?: string;
  status: string;
  /** The error message when the value is an Excel error (e.g. #N/A: net income is not positive). */
  error?: string;
  /** The assumptions used and where each came from ("book_life = 6 (disclosed)"), then the analysis's notes. */
  notes: string[];
  /** On the latest row of an element-wise flag: whether the value fell in each of the last two periods. */
  fellInLastTwo?: boolean;
}

export interface CompanyReport {
  company: string;
  source: string;
  rows: ReportRow[];
  /** Flags that could not be computed, with what they need and how to give it. */
  needs: string[];
  /** The share of capex the depreciation flags read as hardware, with its working. */
  hardwareShare?: HardwareShare;
}

/** The assumptions a report runs with: values by parameter name, and which of them the user gave. */
export interface ReportAssumptions {
  values: Assumptions;
  given: ReadonlySet<string>;
  /** The command-line option that sets a parameter ("--book-life YEARS"), by parameter name. */
  options: Readonly<Record<string, string>>;
}

interface Cell {
  value: number | null;
  text: string;
  error?: string;
}

function cellOf(x: CellOutput | undefined): Cell {
  if (x === undefined) return { value: null, text: "" };
  if (isCellError(x)) return { value: null, text: x.code, error: x.message };
  if (typeof x === "number") return { value: x, text: String(x) };
  return { value: null, text: x };
}

/** One row from a result cell of the flag. */
function resultRow(company: string, flag: ComputedFlag, at: { period: string; value: CellOutput; status?: CellOutput; case?: string }, notes: string[]): ReportRow {
  const value = cellOf(at.value);
  const money = flag.valueKind === "amount" ? moneyUnitText(flag.units) : undefined;
  return {
    company,
    flag: flag.id,
    title: flag.title,
    period: at.period,
    ...(at.case ? { case: at.case } : {}),
    value: value.value,
    valueText: value.value === null ? value.text : valueText(flag.valueKind, value.value, flag.units),
    ...(money && value.value !== null ? { unit: money } : {}),
    status: flag.status === undefined ? "n/a" : cellOf(at.status).text,
    ...(value.error ? { error: value.error } : {}),
    notes,
  };
}

/** The notes of a flag, the hardware share's long working replaced by its figure (the working is listed once per company). */
function notesOf(flag: ComputedFlag, given: ReadonlySet<string>): string[] {
  const share = flag.hardwareShare;
  const shareNote = share ? [`hardware_share = ${formatPlain(Math.round(share.value * 1000) / 1000)} (${share.basis})`] : [];
  return [...assumptionNotes(flag, given), ...shareNote, ...flag.notes.filter((n) => n !== share?.note)];
}

function rowsOf(company: string, flag: FlagResult, given: ReadonlySet<string>): ReportRow[] {
  if (flag.state !== "computed") return [];
  const notes = notesOf(flag, given);
  if (flag.byPeriod && flag.byPeriod.length > 0) {
    const last = flag.byPeriod.length - 1;
    return flag.byPeriod.map((p, i) => {
      const row = resultRow(company, flag, p, i === last ? [...(flag.direction ? [flag.direction.text] : []), ...notes] : []);
      return i === last && flag.direction ? { ...row, fellInLastTwo: flag.direction.fellInLastTwo } : row;
    });
  }
  const s = flag.sensitivity;
  if (s && s.points.length > 0) {
    const lifeUsed = flag.settings.find((x) => x.param === s.param)?.value ?? flag.inputs.find((i) => i.param === s.param)?.values.at(-1);
    const book = s.bookLife === undefined ? "" : ` vs book ${formatPlain(s.bookLife)}`;
    const caseOf = (life: number) => `economic life ${formatPlain(life)}${book}`;
    const main = lifeUsed !== undefined && !s.points.some((p) => p.life === lifeUsed) ? [resultRow(company, flag, { ...flag, case: caseOf(lifeUsed) }, notes)] : [];
    const points = s.points.map((p) => resultRow(company, flag, { period: flag.period, value: p.value, status: p.status, case: caseOf(p.life) }, p.life === lifeUsed ? notes : notesWithLife(notes, s.param, p.life)));
    return [...main, ...points];
  }
  return [resultRow(company, flag, flag, notes)];
}

/** The notes of a sensitivity row: the life it was run at instead of the one the analysis chose. */
function notesWithLife(notes: readonly string[], param: string, life: number): string[] {
  return notes.map((n) => (n.startsWith(`${param} = `) ? `${param} = ${formatPlain(life)} (sensitivity)` : n));
}

export function companyReport(financials: Financials, assumptions: ReportAssumptions): CompanyReport {
  const company = financials.company.name;
  const { flags } = analyseFinancials(financials, { assumptions: assumptions.values });
  const rows = flags.flatMap((f) => rowsOf(company, f, assumptions.given));
  const needs = flags.flatMap((f) => (f.state === "needs-input" ? [needsNote(f, assumptions.options)] : []));
  const share = flags.find((f): f is ComputedFlag => f.state === "computed" && f.hardwareShare !== undefined)?.hardwareShare;
  return { company, source: financials.source, rows, needs, ...(share ? { hardwareShare: share } : {}) };
}
