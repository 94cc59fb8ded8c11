/**
 * The sentences of the Analyse panel, from an analysis. Pure, so the words are tested without a DOM.
 */
import { rangeAddress, type CellPosition } from "../core/cells/a1";
import { isCellError } from "../core/cells/errors";
import { formatPlain } from "../core/format/numbers";
import { writableFlags, type Analysis, type ComputedFlag } from "../analysis";
import { flagValueText } from "./flagValue";
import type { Outcome } from "./useHostAction";

function boundsOf(cells: readonly CellPosition[]): string {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return rangeAddress({ top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) });
}

/** "Model, B2:E7: 5 rows recognised over 3 periods (FY2023 to FY2025), labels in the first column." */
export function summaryOf(analysis: Analysis): string {
  const where = analysis.block ? `${analysis.sheet}, ${rangeAddress(analysis.block)}` : analysis.sheet;
  const rows = `${analysis.rows.length} ${analysis.rows.length === 1 ? "row" : "rows"} recognised`;
  const n = analysis.periods.length;
  const span = n === 0 ? "" : n === 1 ? ` (${analysis.periods[0].label})` : ` (${analysis.periods[0].label} to ${analysis.periods[n - 1].label})`;
  const periods = `${n} ${n === 1 ? "period" : "periods"}${span}`;
  const layout = analysis.orientation === "rows" ? "labels in the first column" : "labels in the first row";
  return `${where}: ${rows} over ${periods}, ${layout}.`;
}

/** "Revenue (C3:E3)", one per row the flag reads, then the settings: "growth_threshold = 0.3 (default)". */
export function usesOf(flag: ComputedFlag): string[] {
  const rows = flag.inputs.map((i) => (i.cells.length > 0 ? `${i.label} (${boundsOf(i.cells)})` : i.label));
  const settings = flag.settings.map((s) => `${s.param} = ${formatPlain(s.value)} (${s.why === "periods-per-year" ? "from the periods" : s.why})`);
  return [...rows, ...settings];
}

/** Flags with a value: an error value (too few periods, a figure out of range) is never counted as computed. */
export function computedFlags(analysis: Analysis): ComputedFlag[] {
  return writableFlags(analysis);
}

/** Flags the core was asked to compute and answered with an error value, which says why. */
export function failedFlags(analysis: Analysis): ComputedFlag[] {
  return analysis.flags.filter((f): f is ComputedFlag => f.state === "computed" && isCellError(f.value));
}

/** "FCFCONV: #VALUE! revenue, period 1: ...": the core's error value and its reason. */
export function failureOf(flag: ComputedFlag): string {
  return isCellError(flag.value) ? `${flag.value.code} ${flag.value.message}` : "";
}

/**
 * The status line after an analysis: how many flags have a value, in a warning tone when little
 * or nothing could be computed (fewer than a quarter of the flags), so that "0 of 13" never
 * reads as a success. An odd selection's sentence stands in for it.
 */
export function analysedOutcome(analysis: Analysis): Outcome {
  if (analysis.notice && analysis.flags.length === 0) return { message: analysis.notice, tone: "warning" };
  const n = computedFlags(analysis).length;
  const of = analysis.flags.length;
  const little = n === 0 || n * 4 < of;
  const rest = little && of > 0 ? " The others need figures or assumptions: see below." : "";
  return { message: `Analysed: ${n} of ${of} flags computed.${rest}`, tone: little ? "warning" : "success" };
}

/** "0.70x (WATCH)": a result cell and its status, as the pane words them. */
function resultText(flag: ComputedFlag, r: { value: ComputedFlag["value"]; status?: ComputedFlag["status"] }): string {
  const status = typeof r.status === "string" && r.status !== "" ? ` (${r.status})` : "";
  return `${flagValueText(flag.id, r.value, flag.units)}${status}`;
}

/**
 * The flag's results beyond its latest value, one line each: every period's value and status
 * and how it moved ("By year: FY2023 0.82x (OK), ..."; "Direction: ... fell in FY2025."), and the
 * value at each economic life of the sensitivity beside the book life.
 */
export function resultLines(flag: ComputedFlag): string[] {
  const lines: string[] = [];
  if (flag.byPeriod && flag.byPeriod.length > 1) lines.push(`By year: ${flag.byPeriod.map((p) => `${p.period} ${resultText(flag, p)}`).join(", ")}`);
  if (flag.direction) lines.push(`Direction: ${flag.direction.text}`);
  const s = flag.sensitivity;
  if (s && s.points.length > 0) {
    const book = s.bookLife === undefined ? "" : ` against a book life of ${formatPlain(s.bookLife)} years`;
    lines.push(`By economic life${book}: ${s.points.map((p) => `${formatPlain(p.life)} years ${resultText(flag, p)}`).join(", ")}`);
  }
  return lines;
}
