/**
 * Step 2 of feeding a flag: which periods of each line it reads, and the arguments that result,
 * both for the core (numbers) and for a formula (the facts, whose provenance says which cells).
 *
 * Decisions:
 * - Element-wise flags read ONE period: the latest in which every required line holds a number
 *   (Alphabet's blank 2025 depreciation moves a depreciation flag back to 2024 rather than
 *   failing). An optional row blank in that period is left out, with a note.
 * - Series flags read the longest run of consecutive periods, ending at the latest period in
 *   which every required row holds a number, over which all of them do. An optional series
 *   row (CAPEXCREEP's commitments) is used only if it is complete over that run.
 * - Single-figure rows (a life, a rate) read their latest number, whatever the period.
 * - `at` asks for one given period instead of the latest (the by-period results of an
 *   element-wise flag): the flag is fed only if every required line holds a number there.
 * - Capex read as vintages (PARAM_SOURCES `vintages: "hardware"`) is multiplied by the hardware
 *   share (hardwareShare.ts), calibrated over the flag's own book life; the note says how.
 */
import { cellAddress, type CellPosition } from "../../core/cells/a1";
import type { RawArg } from "../../core/cells/values";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Fact, Financials, LineSeries } from "../../model/financials";
import type { LineItemId } from "../../model/lineItems";
import { hardwareShare, SHARE_BASIS_WORDS, type HardwareShare } from "../hardwareShare";
import { cellOf } from "../provenance";
import { applyImplied, inputParams, isMissing, sourceOf, type ArgSource, type Assumptions, type MissingInput, type SettingWhy } from "./sources";

export interface UsedInput {
  param: string;
  item: LineItemId;
  /** The line's label as the source names it. */
  label: string;
  /** Oldest first; one fact for a single period. */
  facts: readonly Fact[];
  values: readonly number[];
  /** Where the facts sit on the sheet, when every one was read from a cell; empty otherwise. */
  cells: readonly CellPosition[];
  /** Cells among `cells` whose number was text: the written formula sees text there. */
  textCells: readonly CellPosition[];
  caveat?: string;
}

export interface Setting {
  param: string;
  value: number;
  why: SettingWhy;
}

/** A factor the facts are multiplied by before the flag reads them (the hardware share). */
export interface FactScale {
  value: number;
  /** What the factor is, to name the helper row that applies it ("hardware share"). */
  label: string;
  /** The assumption it is, as a parameter name ("hardware_share"). */
  param: string;
  /** Where its value came from, in words ("calibrated on reported depreciation"). */
  why: string;
}

export type FormulaArg =
  /** `label`: the line's label, to name a helper row if the cells must be reordered or scaled. */
  | { kind: "facts"; facts: readonly Fact[]; label: string; times?: FactScale }
  | { kind: "number"; value: number }
  | { kind: "omitted" };

export type Feed =
  | {
      ok: true;
      /** For `invokeFunction`, in parameter order, without `output`. */
      args: RawArg[];
      formulaArgs: FormulaArg[];
      inputs: UsedInput[];
      settings: Setting[];
      notes: string[];
      /** The periods read: "FY2025", or "FY2023 to FY2025" for a series; "" when none. */
      period: string;
      /** Index of the last period read (-1 when none): the period of an element-wise result. */
      periodIndex: number;
      /** The share of capex read as hardware, when the flag reads capex as vintages. */
      hardwareShare?: HardwareShare;
    }
  | { ok: false; missing: MissingInput[]; reason?: string };

type LineSource = Extract<ArgSource, { kind: "row" }>;

const has = (series: LineSeries, k: number) => series.values[k] !== null && series.values[k] !== undefined;

/** The last period in which the line holds a number (lines fed to flags hold at least one). */
function latestOf(series: LineSeries): number {
  for (let k = series.values.length - 1; k >= 0; k--) if (has(series, k)) return k;
  return -1;
}

function latestCommon(lines: readonly LineSeries[], count: number): number {
  for (let k = count - 1; k >= 0; k--) if (lines.every((r) => has(r, k))) return k;
  return -1;
}

/** The periods each line source reads (ending at period `at` for element-wise lines, when given), or a reason why no period fits. */
function periodsFor(sources: readonly LineSource[], f: Financials, at?: number): Map<LineSource, number[]> | string {
  const out = new Map<LineSource, number[]>();
  const n = f.periods.length;
  for (const s of sources) if (s.take === "latest") out.set(s, [latestOf(s.series)]);
  for (const take of ["period", "series"] as const) {
    const group = sources.filter((s) => s.take === take);
    const required = group.filter((s) => !s.param.optional);
    if (group.length === 0) continue;
    const needed = (required.length > 0 ? required : group).map((s) => s.series);
    const end = take === "period" && at !== undefined ? (needed.every((r) => has(r, at)) ? at : -1) : latestCommon(needed, n);
    if (end === -1) return `no period holds ${group.map((s) => `"${s.series.label}"`).join(", ")} together`;
    let start = end;
    if (take === "series") while (start > 0 && required.every((s) => has(s.series, start - 1))) start--;
    const span = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    for (const s of group) if (span.every((k) => has(s.series, k))) out.set(s, span);
  }
  return out;
}

function periodText(f: Financials, span: readonly number[] | undefined): string {
  if (!span || span.length === 0) return "";
  const first = f.periods[span[0]].label;
  const last = f.periods[span[span.length - 1]].label;
  return first === last ? first : `${first} to ${last}`;
}

/** The cells of the facts when each one came from a cell, else none. */
function cellsOf(facts: readonly Fact[]): { cells: CellPosition[]; textCells: CellPosition[] } {
  const cells = facts.map(cellOf);
  if (cells.some((c) => c === undefined)) return { cells: [], textCells: [] };
  const textCells = facts.flatMap((x, k) => (x.provenance.source === "cell" && x.provenance.fromText ? [cells[k] as CellPosition] : []));
  return { cells: cells as CellPosition[], textCells };
}

/** The book life a flag's other arguments give it (a number, or the latest figure of a life row), for the hardware share. */
function bookLifeOf(sources: readonly ArgSource[]): number | undefined {
  const life = sources.find((s) => s.param.name === "book_life");
  if (life?.kind === "number") return life.value;
  if (life?.kind === "row") return life.series.values[latestOf(life.series)]?.value;
  return undefined;
}

/** The share of a hardware-vintage line, as the analyst gave it, or calibrated. */
function shareFor(sources: readonly ArgSource[], f: Financials, assumptions: Assumptions): HardwareShare {
  const given = Object.prototype.hasOwnProperty.call(assumptions, "hardware_share") ? assumptions.hardware_share : undefined;
  return hardwareShare(f, bookLifeOf(sources), given);
}

export interface FeedOptions {
  /** Feed an element-wise flag the figures of this period (index into `Financials.periods`). */
  at?: number;
}

export function feedFlag(def: FunctionDefinition, f: Financials, assumptions: Assumptions = {}, options: FeedOptions = {}): Feed {
  const found = inputParams(def).map((p) => sourceOf(def, p, f, assumptions));
  const missing = found.filter(isMissing);
  if (missing.length > 0) return { ok: false, missing };
  const sources = applyImplied(found as ArgSource[]);
  const lines = sources.filter((s): s is LineSource => s.kind === "row");
  const spans = periodsFor(lines, f, options.at);
  if (typeof spans === "string") return { ok: false, missing: [], reason: spans };
  const feed: Omit<Extract<Feed, { ok: true }>, "period" | "periodIndex"> = { ok: true, args: [], formulaArgs: [], inputs: [], settings: [], notes: [] };
  for (const s of sources) {
    if (s.kind === "omitted") {
      feed.args.push(null);
      feed.formulaArgs.push({ kind: "omitted" });
      if (s.note) feed.notes.push(s.note);
    } else if (s.kind === "list") {
      const values = s.facts.map((x) => x.value);
      feed.args.push([values]);
      feed.formulaArgs.push({ kind: "facts", facts: s.facts, label: s.label });
      feed.inputs.push({ param: s.param.name, item: s.item, label: s.label, facts: s.facts, values, cells: [], textCells: [] });
    } else if (s.kind === "number") {
      feed.args.push(s.value);
      feed.formulaArgs.push({ kind: "number", value: s.value });
      feed.settings.push({ param: s.param.name, value: s.value, why: s.why });
    } else {
      const span = spans.get(s);
      const label = s.series.label;
      if (!span) {
        // An optional line incomplete over the periods read: left out rather than fail the flag.
        feed.args.push(null);
        feed.formulaArgs.push({ kind: "omitted" });
        feed.notes.push(`"${label}" is not used: it is blank in some of the periods read.`);
        continue;
      }
      const facts = span.map((k) => s.series.values[k] as Fact);
      const values = facts.map((x) => x.value);
      let read = values;
      let times: FactScale | undefined;
      if (s.hardware) {
        const share = shareFor(sources, f, assumptions);
        feed.hardwareShare = share;
        feed.notes.push(share.note);
        if (share.value !== 1) {
          times = { value: share.value, label: "hardware share", param: "hardware_share", why: SHARE_BASIS_WORDS[share.basis] };
          read = values.map((x) => x * share.value);
        }
      }
      feed.args.push(s.take === "series" ? [read] : read[0]);
      feed.formulaArgs.push({ kind: "facts", facts, label, ...(times ? { times } : {}) });
      const { cells, textCells } = cellsOf(facts);
      if (textCells.length > 0) {
        feed.notes.push(
          `"${label}" holds numbers stored as text (${textCells.map((c) => cellAddress(c)).join(", ")}): ` +
            "computed here, but a formula reading those cells shows #VALUE! until they hold numbers.",
        );
      }
      feed.inputs.push({ param: s.param.name, item: s.item, label, facts, values, cells, textCells, ...(s.caveat ? { caveat: s.caveat } : {}) });
      if (s.caveat) feed.notes.push(s.caveat);
    }
  }
  const main = lines.find((s) => s.take !== "latest" && spans.has(s));
  const span = main ? spans.get(main) : undefined;
  const list = sources.find((s): s is Extract<ArgSource, { kind: "list" }> => s.kind === "list");
  const period = span ? periodText(f, span) : (list?.period ?? "");
  if (options.at === undefined && span && span[span.length - 1] < f.periods.length - 1) {
    feed.notes.push(`Reads ${period}: later periods lack some of its inputs.`);
  }
  return { ...feed, period, periodIndex: span ? span[span.length - 1] : -1 };
}
