/**
 * "Write formulas beside the block": the decisions both hosts make (Office.js in
 * officeBeside.ts, the preview in src/preview), pure. Where the table goes (`placeInWindow`: the
 * first empty place along from the planned target, never over the block), whether a table AIFLAG
 * wrote beside the same block before can be updated in place (`planInPlace`), and how the writes
 * go out (`writeRuns`: contiguous cells of a row of one kind as one range; cells that get no
 * write are not written at all, not even "", so no cell that holds anything changes).
 * The window reaches SEARCH_STEPS columns to the right (or rows down, for the transpose).
 */
import { parseRange, rangeAddress, sheetPrefix, type RangeBox, inBox } from "../core/cells/a1";
import { findEmptyArea, isEmptyContent, planFormulas, type Analysis, type CellWrite, type FormulaPlan, type SheetWindow } from "../analysis";
import type { RecordedRange } from "./insertions/record";
import type { BesideResult } from "./host";
import { besideResult } from "./messages";
import { asTypedText } from "./typedText";

/** How far the search for room goes past the target, in columns (or rows). */
export const SEARCH_STEPS = 128;

/** Excel's last row and column, 0-based. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

type Direction = Extract<FormulaPlan, { kind: "plan" }>["direction"];

/** The target and the cells past it along `direction` where the table may move. */
export function searchWindow(target: RangeBox, direction: Direction, steps = SEARCH_STEPS): RangeBox {
  return direction === "right" ? { ...target, right: Math.min(MAX_COL, target.right + steps) } : { ...target, bottom: Math.min(MAX_ROW, target.bottom + steps) };
}

/** One grid of what each cell holds: its formula when it has one, else its value. */
export function occupancy(values: readonly (readonly unknown[])[], formulas: readonly (readonly unknown[])[]): unknown[][] {
  return values.map((row, r) => row.map((value, c) => (isEmptyContent(formulas[r]?.[c]) ? value : formulas[r][c])));
}

export interface WriteRun {
  /** "H2:K2". */
  address: string;
  /** Formulas and numbers go through `formulas`, texts through `values`. */
  kind: "formula" | "text";
  /** One row, as written. */
  entries: Array<string | number>;
}

const kindOf = (w: CellWrite): WriteRun["kind"] => (w.text === undefined ? "formula" : "text");
const entryOf = (w: CellWrite): string | number => (w.formula !== undefined ? w.formula : w.value !== undefined ? w.value : asTypedText(w.text ?? ""));

/** The writes as runs: consecutive cells of one row with the same kind. Cells with no write are in no run. */
export function writeRuns(writes: readonly CellWrite[]): WriteRun[] {
  const sorted = [...writes].sort((a, b) => a.position.row - b.position.row || a.position.col - b.position.col);
  const runs: WriteRun[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur && cur.position.row === prev.position.row && cur.position.col === prev.position.col + 1 && kindOf(cur) === kindOf(prev)) continue;
    const first = sorted[start];
    runs.push({
      address: rangeAddress({ top: first.position.row, left: first.position.col, bottom: prev.position.row, right: prev.position.col }),
      kind: kindOf(first),
      entries: sorted.slice(start, i).map(entryOf),
    });
    start = i;
  }
  return runs;
}

/** Every write must land on a cell read as empty inside the window; anything else is a bug: nothing is written. */
export function assertWritesEmpty(writes: readonly CellWrite[], window: SheetWindow): void {
  for (const w of writes) {
    const row = window.cells[w.position.row - window.top];
    const inside = row !== undefined && w.position.col >= window.left && w.position.col - window.left < row.length;
    if (!inside || !isEmptyContent(row[w.position.col - window.left])) {
      throw new Error(`refusing to write ${w.address}: it was not read as empty, so nothing was written`);
    }
  }
}

export type Planned = Extract<FormulaPlan, { kind: "plan" }>;

/**
 * The one decision both hosts make once they have read `window` (covering `box`): the first
 * empty place for the table from the planned target, never over the analysed block; the plan
 * again at that place if it moved; and a last check that every write lands on an empty cell.
 */
export function placeInWindow(analysis: Analysis, first: Planned, window: SheetWindow, box: RangeBox): Planned | BesideResult {
  const rows = first.target.bottom - first.target.top + 1;
  const cols = first.target.right - first.target.left + 1;
  const from = { row: first.target.top, col: first.target.left };
  const area = findEmptyArea({ window, rows, cols, from, direction: first.direction, avoid: analysis.block ? [analysis.block] : [] });
  if (!area.found) return besideResult.noRoom(rows, cols, rangeAddress(box));
  const moved = area.box.top !== from.row || area.box.left !== from.col;
  const plan = moved ? planFormulas(analysis, { anchor: { row: area.box.top, col: area.box.left } }) : first;
  if (plan.kind === "nothing") return besideResult.nothing(plan.message);
  assertWritesEmpty(plan.writes, window);
  return plan;
}

/** The rectangle covering both boxes. */
export function unionBox(a: RangeBox, b: RangeBox): RangeBox {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

/** The plan anchored where the previous table starts (what `planInPlace` checks). */
export function planAtPrevious(analysis: Analysis, previous: RecordedRange): FormulaPlan {
  const old = parseRange(previous.address);
  try {
    return planFormulas(analysis, { anchor: { row: old.top, col: old.left } });
  } catch {
    // A place that would overlap the block (the block grew since): not in place, then.
    return { kind: "nothing", message: "The block now reaches the formulas AIFLAG wrote beside it." };
  }
}

export type InPlace = { ok: true; plan: Planned } | { ok: false; reason: string };

/**
 * Whether the table AIFLAG wrote beside this block before (`previous`, from its record) can be
 * updated in place: it must be exactly as AIFLAG left it (`now` is its fingerprint as read; a
 * user's edit there is kept, never overwritten), and the new table, anchored at the same place,
 * must land only on the old table's cells or on cells read as empty in `window` (which covers
 * both). The caller then clears the old table and writes `plan`.
 */
export function planInPlace(analysis: Analysis, previous: RecordedRange, now: string | undefined, window: SheetWindow): InPlace {
  const where = `${sheetPrefix(previous.sheet)}${previous.address}`;
  if (now !== previous.fingerprint) return { ok: false, reason: `the formulas AIFLAG wrote beside this block in ${where} were changed since, so they were left as they are` };
  const plan = planAtPrevious(analysis, previous);
  if (plan.kind === "nothing") return { ok: false, reason: plan.message };
  const old = parseRange(previous.address);
  const outside = plan.writes.filter((w) => !inBox(old, w.position));
  try {
    assertWritesEmpty(outside, window);
  } catch {
    return { ok: false, reason: `the cells next to the formulas AIFLAG wrote in ${where} now hold something, so the new table could not grow there` };
  }
  return { ok: true, plan };
}

/** The cells of a plan that carry a style or a number format, one address each. */
export function formattedCells(writes: readonly CellWrite[]): string[] {
  return writes.filter((w) => w.style !== undefined || w.numberFormat !== undefined).map((w) => w.address);
}

/** The sentence for a table written where `plan` put it (saying so when it moved from `first`). */
export function writtenResult(first: Planned, plan: Planned): BesideResult {
  const prefix = sheetPrefix(plan.sheet);
  const formulas = plan.writes.filter((w) => w.formula !== undefined).length;
  const moved = plan.targetAddress !== first.targetAddress;
  return besideResult.written(`${prefix}${plan.targetAddress}`, formulas, moved ? `${prefix}${first.targetAddress}` : undefined);
}
