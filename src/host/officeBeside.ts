/**
 * "Write formulas beside the block" through Office.js (the decisions: besideWriter.ts). Syncs,
 * none in a loop:
 *   sync 1: the sheet's id, the insertion records (when recording), and a window of the sheet
 *           from the planned target along the plan's direction, values AND formulas (a cell is
 *           occupied when either is non-empty);
 *   only when a record says AIFLAG wrote beside this very block before:
 *   sync 2: that table's cells, and a window covering it and the new table at its place;
 *           (decide: `planInPlace`; a table changed since, or with no room to grow, stays as it
 *           is and the new one goes to the first empty place, as below)
 *   sync 3: every write in one batch (the old table cleared first when updated in place), their
 *           number formats and styles, then the written rectangle read back for the record;
 *   sync 4: the record (the previous one of this block replaced).
 * Without a record for the block: syncs 1, 3 and 4. Without recording (ExcelApi 1.4 missing):
 * syncs 1 and 3, as before records existed.
 */
import { parseRange, rangeAddress, sheetPrefix } from "../core/cells/a1";
import { planFormulas, type Analysis, type CellWrite, type SheetWindow } from "../analysis";
import { STYLE_FORMATS } from "../templates/styles";
import { formattedCells, occupancy, placeInWindow, planAtPrevious, planInPlace, searchWindow, unionBox, writeRuns, writtenResult, type Planned } from "./besideWriter";
import type { BesideResult } from "./host";
import { queueAddRecord, queueReadBack, queueReadRecords } from "./insertions/officeStore";
import { besideRecordFor, nextRecordId, type InsertionRecord, type RecordedRange } from "./insertions/record";
import { besideResult } from "./messages";
import { applyFormat } from "./officeWriter";

/** Excel's error code for a sheet that is not in the workbook. */
const ITEM_NOT_FOUND = "ItemNotFound";

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

export interface BesideOptions {
  steps?: number;
  /** Record the insertion in the workbook (and update a recorded table in place). */
  record?: boolean;
}

/** Number formats first (a value then shows in its format), then the contents, then the styles. */
function queueWrites(sheet: Excel.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) if (w.numberFormat !== undefined) sheet.getRange(w.address).numberFormat = [[w.numberFormat]];
  for (const run of writeRuns(writes)) {
    const range = sheet.getRange(run.address);
    if (run.kind === "formula") range.formulas = [run.entries];
    else range.values = [run.entries];
  }
  for (const w of writes) if (w.style !== undefined) applyFormat(sheet.getRange(w.address), STYLE_FORMATS[w.style]);
}

/** The previous table's cells, cleared: contents, and the formats AIFLAG set there. */
function queueClear(sheet: Excel.Worksheet, previous: RecordedRange): void {
  sheet.getRange(previous.address).clear("Contents");
  for (const f of previous.formatted) sheet.getRange(f).clear("Formats");
}

function windowOf(range: Excel.Range, top: number, left: number): SheetWindow {
  return { top, left, cells: occupancy(range.values, range.formulas) };
}

export async function writeBeside(context: Excel.RequestContext, analysis: Analysis, options: BesideOptions = {}): Promise<BesideResult> {
  const first = planFormulas(analysis);
  if (first.kind === "nothing") return besideResult.nothing(first.message);
  const box = searchWindow(first.target, first.direction, options.steps);
  const sheet = context.workbook.worksheets.getItem(first.sheet);
  sheet.load("id");
  const readRecords = options.record ? queueReadRecords(context) : () => [];
  const read = sheet.getRange(rangeAddress(box));
  read.load(["values", "formulas"]);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === ITEM_NOT_FOUND) return besideResult.sheetGone(first.sheet);
    throw error;
  }

  const records = readRecords();
  const block = analysis.block ? { sheetId: sheet.id, address: rangeAddress(analysis.block) } : undefined;
  const previousRecord = block && besideRecordFor(records, block);
  const previous = previousRecord?.ranges.find((r) => r.sheetId === sheet.id);

  let plan: Planned | undefined;
  let result: BesideResult | undefined;
  let replaced: InsertionRecord[] = [];
  if (previousRecord && previous) {
    const atPrevious = planAtPrevious(analysis, previous);
    const around = atPrevious.kind === "plan" ? unionBox(parseRange(previous.address), atPrevious.target) : parseRange(previous.address);
    const old = queueReadBack(sheet.getRange(previous.address));
    const aroundRead = sheet.getRange(rangeAddress(around));
    aroundRead.load(["values", "formulas"]);
    await context.sync();
    const inPlace = planInPlace(analysis, previous, old().fingerprint, windowOf(aroundRead, around.top, around.left));
    if (inPlace.ok) {
      plan = inPlace.plan;
      queueClear(sheet, previous);
      replaced = [previousRecord];
      result = besideResult.updated(`${sheetPrefix(plan.sheet)}${plan.targetAddress}`, plan.writes.filter((w) => w.formula !== undefined).length);
    } else {
      const placed = placeInWindow(analysis, first, windowOf(read, box.top, box.left), box);
      if ("outcome" in placed) return besideResult.notInPlace(placed, inPlace.reason);
      plan = placed;
      result = besideResult.notInPlace(writtenResult(first, placed), inPlace.reason);
    }
  } else {
    const placed = placeInWindow(analysis, first, windowOf(read, box.top, box.left), box);
    if ("outcome" in placed) return placed;
    plan = placed;
    result = writtenResult(first, placed);
  }

  queueWrites(sheet, plan.writes);
  const written = options.record ? queueReadBack(sheet.getRange(plan.targetAddress)) : undefined;
  await context.sync();

  if (written && block) {
    const back = written();
    const range: RecordedRange = { sheetId: sheet.id, sheet: plan.sheet, address: back.address, fingerprint: back.fingerprint, formatted: formattedCells(plan.writes) };
    const record: InsertionRecord = {
      id: nextRecordId(records),
      kind: "beside",
      what: `the formulas beside ${sheetPrefix(analysis.sheet)}${block.address}`,
      sheets: [],
      ranges: [range],
      block,
    };
    queueAddRecord(context, record, records, replaced);
    await context.sync();
  }
  return result;
}
