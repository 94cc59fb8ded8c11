/**
 * The report: every flag the core can compute for each company, through the same analysis the
 * taskpane runs on a selected block (`analyseFinancials`, on the company's figures from any
 * source), so the CLI and the add-in can never disagree about what a flag says.
 *
 * One row per flag computed, its own result first, then (decisions where the issue is silent):
 * - an element-wise flag's results in every period whose inputs are present, oldest first,
 *   and its direction ("... fell in each of the last two years");
 * - a flag with an economic life: its results at each life of the sensitivity (3, 4, 5 years),
 *   each against the book life;
 * - money with its units ("$39.6B", and `unit` in --json), every other value by its kind ("0.70x").
 * The table and --csv show each of those results on a line of its own (format.ts).
 */
import { analyseFinancials, type Assumptions, type ComputedFlag, type FlagResult } from "../../analysis";
import type { HardwareShare } from "../../analysis/hardwareShare";
import { moneyUnitText, valueText } from "../../analysis/valueText";
import type { CellOutput } from "../../core/cells/values";
import { isCellError } from "../../core/cells/errors";
import { formatPlain } from "../../core/format/numbers";
import type { Financials } from "../../model/financials";
import { assumptionNotes, needsNote } from "./notes";

/** One result of a flag: its value as a number and in words, its status. */
export interface ReportCell {
  period: string;
  /** What this result holds beside the flag's own: "economic life 4 vs book 6". */
  case?: string;
  value: number | null;
  /** The value as people read it: "$39.6B", "0.70x", "-0.1 pts"; the error code for an error. */
  valueText: string;
  /** For money: what `value` is counted in ("USD millions"). */
  unit?: string;
  status: string;
  /** The error message when the value is an Excel error (e.g. #N/A: net income is not positive). */
  error?: string;
}

/** A flag's result for one company, with its results in every period and at every life where it has them. */
export interface ReportRow extends ReportCell {
  company: string;
  flag: string;
  title: string;
  /** The assumptions used and where each came from ("book_life = 6 (disclosed)"), then the analysis's notes. */
  notes: string[];
  /** Element-wise flags: every period whose inputs are present, oldest first (the last is this row's own). */
  byPeriod?: ReportCell[];
  /** Element-wise flags: how the value moved, and whether it fell in each of the last two periods. */
  direction?: { text: string; fellInLastTwo: boolean };
  /** Flags with an economic life: the result at each life of the sensitivity. */
  sensitivity?: ReportCell[];
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

/** One result of the flag, in words and with its unit. */
function resultCell(flag: ComputedFlag, at: { period: string; value: CellOutput; status?: CellOutput; case?: string }): ReportCell {
  const value = cellOf(at.value);
  const money = flag.valueKind === "amount" ? moneyUnitText(flag.units) : undefined;
  return {
    period: at.period,
    ...(at.case ? { case: at.case } : {}),
    value: value.value,
    valueText: value.value === null ? value.text : valueText(flag.valueKind, value.value, flag.units),
    ...(money && value.value !== null ? { unit: money } : {}),
    status: flag.status === undefined ? "n/a" : cellOf(at.status).text,
    ...(value.error ? { error: value.error } : {}),
  };
}

/** The notes of a flag, the hardware share's long working replaced by its figure (the working is listed once per company). */
function notesOf(flag: ComputedFlag, given: ReadonlySet<string>): string[] {
  const share = flag.hardwareShare;
  const basis = share?.basis === "assumption" ? (given.has("hardware_share") ? "given" : "assumption") : share?.basis;
  const shareNote = share ? [`hardware_share = ${formatPlain(Math.round(share.value * 1000) / 1000)} (${basis})`] : [];
  return [...assumptionNotes(flag, given), ...shareNote, ...flag.notes.filter((n) => n !== share?.note)];
}

function rowOf(company: string, flag: FlagResult, given: ReadonlySet<string>): ReportRow | undefined {
  if (flag.state !== "computed") return undefined;
  const s = flag.sensitivity;
  const lifeUsed = s ? (flag.settings.find((x) => x.param === s.param)?.value ?? flag.inputs.find((i) => i.param === s.param)?.values.at(-1)) : undefined;
  const caseOf = (life: number) => `economic life ${formatPlain(life)}${s?.bookLife === undefined ? "" : ` vs book ${formatPlain(s.bookLife)}`}`;
  const own = resultCell(flag, { ...flag, ...(lifeUsed === undefined ? {} : { case: caseOf(lifeUsed) }) });
  return {
    company,
    flag: flag.id,
    title: flag.title,
    ...own,
    notes: notesOf(flag, given),
    ...(flag.byPeriod && flag.byPeriod.length > 0 ? { byPeriod: flag.byPeriod.map((p) => resultCell(flag, p)) } : {}),
    ...(flag.direction ? { direction: { text: flag.direction.text, fellInLastTwo: flag.direction.fellInLastTwo } } : {}),
    ...(s && s.points.length > 0 ? { sensitivity: s.points.map((p) => resultCell(flag, { period: flag.period, value: p.value, status: p.status, case: caseOf(p.life) })) } : {}),
  };
}

export function companyReport(financials: Financials, assumptions: ReportAssumptions): CompanyReport {
  const company = financials.company.name;
  const { flags } = analyseFinancials(financials, { assumptions: assumptions.values });
  const rows = flags.map((f) => rowOf(company, f, assumptions.given)).filter((r): r is ReportRow => r !== undefined);
  const needs = flags.flatMap((f) => (f.state === "needs-input" ? [needsNote(f, assumptions.options)] : []));
  const share = flags.find((f): f is ComputedFlag => f.state === "computed" && f.hardwareShare !== undefined)?.hardwareShare;
  return { company, source: financials.source, rows, needs, ...(share ? { hardwareShare: share } : {}) };
}
