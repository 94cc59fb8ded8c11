/**
 * The preview's host: the same `Host` the taskpane uses in Excel, implemented on the preview
 * workbook. The logic is the add-in's own (resolvePlan for sheet names, loadPlan to put a plan
 * in the engine, planFormulas + findEmptyArea + planInPlace for the formulas beside a block,
 * the insertion records and removal rules, the shared outcome sentences); only the writing differs.
 *
 * - insertFormula: into the active cell when it is empty (nothing typed, nothing spilled there),
 *   with the number format asked for.
 * - writePlan: new sheets only (an existing name gets " (2)"...), cells through loadPlan, the
 *   formatting kept for the grid; the plan's `activate` sheet opens. With `replace`, the sheets
 *   this template inserted before go first, if unchanged.
 * - readSelection: the selected block trimmed to the sheet's used cells, values as Office.js
 *   `Range.values` gives them (errors as their code text), with their number formats.
 * - readSelectionAddress: the selection as selected, its values.
 * - writeFormulasBeside: a window from the planned target along the plan's direction, occupied
 *   where a cell holds anything or carries formatting or a chart; moved to the first empty
 *   area, or the table written before updated in place; every write checked empty first.
 * - Every insertion is recorded in the workbook's settings, as in Excel (src/host/insertions).
 * - loadOnOpen: unavailable (the workbook is the page's own).
 */
import { DetailedCellError } from "hyperformula";
import { cellAddress, parseRange, rangeAddress, sheetPrefix, type CellPosition, type RangeBox, inBox } from "../core/cells/a1";
import { planFormulas, type Analysis, type BlockValue, type CellWrite, type SheetWindow } from "../analysis";
import { loadPlan } from "../engine/loadPlan";
import { formattedCells, placeInWindow, planAtPrevious, planInPlace, searchWindow, unionBox, writtenResult, type Planned } from "../host/besideWriter";
import {
  insertResult,
  type BesideResult,
  type Host,
  type InsertResult,
  type PlanResult,
  type RangeResult,
  type RemoveResult,
  type SelectionResult,
  type TemplateOptions,
} from "../host/host";
import { createInsertionEvents } from "../host/insertions/events";
import { fingerprint } from "../host/insertions/fingerprint";
import {
  besideRecordFor,
  formulaRecord,
  nextRecordId,
  recordKey,
  recordsOf,
  recordsToDrop,
  serialiseRecord,
  summaryOf,
  templateRecord,
  templateRecordFor,
  type InsertionRecord,
  type RecordedRange,
  type RecordedSheet,
} from "../host/insertions/record";
import { decideRemoval, removalMessages } from "../host/insertions/removal";
import { NO_LOAD_ON_OPEN } from "../host/loadOnOpen";
import { besideResult, planResult, replaceMessages, selectionResult } from "../host/messages";
import { MAX_SELECTION_CELLS } from "../host/selectionReader";
import { MAX_BUILDER_CELLS } from "../host/selectedRange";
import type { WorkbookPlan } from "../templates/plan";
import { resolvePlan } from "../templates/resolve";
import { boxOf, chartBox, type PreviewWorkbook } from "./workbook";

/** The taskpane's header reads "Connected to Preview". */
export const PREVIEW_HOST_NAME = "Preview";

/** A cell as `Range.values` reports it: errors as their code, blanks as "". */
function blockValueOf(book: PreviewWorkbook, sheet: number, row: number, col: number): BlockValue {
  const v = book.engine.getCellValue({ sheet, row, col });
  if (v instanceof DetailedCellError) return v.value;
  return v ?? "";
}

function valuesOf(book: PreviewWorkbook, sheet: number, box: RangeBox): BlockValue[][] {
  const values: BlockValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: BlockValue[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(blockValueOf(book, sheet, r, c));
    values.push(row);
  }
  return values;
}

/** Cells that hold formatting or lie under a chart count as occupied: a table must not land on them. */
function occupiedByLook(book: PreviewWorkbook, sheet: number, row: number, col: number): boolean {
  const look = book.look(sheet);
  const ref = cellAddress({ row, col });
  if (look.styles.has(ref) || look.numberFormats.has(ref)) return true;
  return look.charts.some((chart) => inBox(chartBox(chart), { row, col }));
}

/** The window as findEmptyArea reads it: anything non-empty is occupied. */
function readWindow(book: PreviewWorkbook, sheet: number, box: RangeBox): SheetWindow {
  const cells: string[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: string[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const held = !book.isEmpty(sheet, { row: r, col: c }) || occupiedByLook(book, sheet, r, c);
      row.push(held ? "x" : "");
    }
    cells.push(row);
  }
  return { top: box.top, left: box.left, cells };
}

/** The sheet's used cells, from A1, as `getUsedRange` would give them. */
function usedBox(book: PreviewWorkbook, sheet: number): RangeBox {
  const { rows, cols } = book.usedSize(sheet);
  return { top: 0, left: 0, bottom: Math.max(rows, 1) - 1, right: Math.max(cols, 1) - 1 };
}

function fingerprintOf(book: PreviewWorkbook, sheet: number, box: RangeBox): string {
  const address = rangeAddress(box);
  return fingerprint(address, book.formulas(sheet, box));
}

/** The workbook's settings as the records' store (the same keys and values as in Excel). */
function recordStore(book: PreviewWorkbook) {
  return {
    all: (): InsertionRecord[] => recordsOf(book.settings()),
    add(record: InsertionRecord, replaced: readonly InsertionRecord[] = []): void {
      const gone = new Set(replaced.map((r) => r.id));
      const kept = this.all().filter((r) => !gone.has(r.id));
      for (const old of [...replaced, ...recordsToDrop(kept)]) book.deleteSetting(recordKey(old.id));
      book.setSetting(recordKey(record.id), serialiseRecord(record));
    },
    delete: (id: number) => book.deleteSetting(recordKey(id)),
  };
}

/** The sheet a record names, by id, if it is still in the workbook. */
function sheetById(book: PreviewWorkbook, id: string): number | undefined {
  const n = Number(id);
  return book.sheets().some((s) => s.id === n) ? n : undefined;
}

/** What a recorded sheet holds now, or undefined when it is gone. */
function sheetNow(book: PreviewWorkbook, s: RecordedSheet) {
  const id = sheetById(book, s.id);
  return id === undefined ? undefined : { name: book.sheetName(id), fingerprint: fingerprintOf(book, id, usedBox(book, id)) };
}

function rangeNow(book: PreviewWorkbook, r: RecordedRange): string | undefined {
  const id = sheetById(book, r.sheetId);
  return id === undefined ? undefined : fingerprintOf(book, id, parseRange(r.address));
}

/** Texts with the engine's apostrophe, so that no label is read as a number or a date. */
function contentOf(w: CellWrite): string {
  return w.formula ?? (w.value !== undefined ? String(w.value) : `'${w.text ?? ""}`);
}

export function createPreviewHost(book: PreviewWorkbook): Host {
  const records = recordStore(book);
  const events = createInsertionEvents();

  const writeTable = (sheet: number, plan: Planned): RecordedRange => {
    book.setContents(sheet, plan.writes.map((w) => ({ position: w.position, content: contentOf(w) })));
    book.formatCells(sheet, plan.writes.filter((w) => w.style !== undefined || w.numberFormat !== undefined).map((w) => ({ ref: w.address, ...(w.style ? { style: w.style } : {}), ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}) })));
    return { sheetId: String(sheet), sheet: plan.sheet, address: plan.targetAddress, fingerprint: fingerprintOf(book, sheet, plan.target), formatted: formattedCells(plan.writes) };
  };

  return {
    connected: true,
    hostName: PREVIEW_HOST_NAME,

    async insertFormula(formula: string, numberFormat?: string): Promise<InsertResult> {
      const sel = book.selection();
      if (!sel) return insertResult.copyByHand(formula);
      const local = cellAddress(sel.anchor);
      const address = `${sheetPrefix(book.sheetName(sel.sheet))}${local}`;
      if (!book.isEmpty(sel.sheet, sel.anchor)) return insertResult.cellNotEmpty(address);
      book.setInput(sel.sheet, sel.anchor, formula);
      if (numberFormat !== undefined) book.formatCells(sel.sheet, [{ ref: local, numberFormat }]);
      const box = { top: sel.anchor.row, left: sel.anchor.col, bottom: sel.anchor.row, right: sel.anchor.col };
      const range: RecordedRange = {
        sheetId: String(sel.sheet),
        sheet: book.sheetName(sel.sheet),
        address: local,
        fingerprint: fingerprintOf(book, sel.sheet, box),
        formatted: numberFormat === undefined ? [] : [local],
      };
      records.add(formulaRecord(records.all(), formula, range));
      events.changed();
      return insertResult.inserted(address);
    },

    async writePlan(plan: WorkbookPlan, options: TemplateOptions = {}): Promise<PlanResult> {
      if (plan.sheets.length === 0) return planResult.unsupported("This template has no sheets to insert.");
      const all = records.all();
      const template = options.template ?? plan.title;
      const previous = options.replace ? templateRecordFor(all, template) : undefined;
      let deleted: string[] = [];
      if (previous) {
        const present = previous.sheets.filter((s) => sheetById(book, s.id) !== undefined);
        const decision = decideRemoval({ ...previous, sheets: present }, { sheets: present.map((s) => sheetNow(book, s)), ranges: [] });
        if (!decision.ok) return { outcome: "refused", message: replaceMessages.refused(decision.reason) };
        deleted = present.map((s) => book.sheetName(Number(s.id)));
        for (const s of present) book.removeSheet(Number(s.id));
      }
      const existing = book.sheets().map((s) => s.name);
      const resolved = resolvePlan(plan, existing);
      const loaded = loadPlan(resolved, book.engine);
      for (const sheet of resolved.sheets) book.applyLook(loaded.sheetId(sheet.key), sheet);
      const active = resolved.sheets.find((s) => s.key === plan.activate) ?? resolved.sheets[0];
      book.activate(loaded.sheetId(active.key));
      const taken = new Set(existing.map((n) => n.toLowerCase()));
      const renamed = plan.sheets.filter((s) => taken.has(s.name.toLowerCase())).map((s) => s.name);
      const added = resolved.sheets.map((s) => {
        const id = loaded.sheetId(s.key);
        return { id: String(id), name: s.name, fingerprint: fingerprintOf(book, id, usedBox(book, id)) };
      });
      records.add(templateRecord(all, plan.title, template, added), previous ? [previous] : []);
      events.changed();
      const inserted = planResult.inserted(
        resolved.sheets.map((s) => s.name),
        active.name,
        renamed,
      );
      if (!options.replace) return inserted;
      return { ...inserted, message: `${inserted.message} ${previous ? replaceMessages.replaced(deleted) : replaceMessages.none}` };
    },

    async readSelection(): Promise<SelectionResult> {
      const sel = book.selection();
      if (!sel) return selectionResult.empty();
      const used = book.usedSize(sel.sheet);
      const box = boxOf(sel.anchor, sel.focus);
      // Trimmed to the used cells, as Excel's getUsedRange intersection does.
      const block: RangeBox = { ...box, bottom: Math.min(box.bottom, used.rows - 1), right: Math.min(box.right, used.cols - 1) };
      if (block.bottom < block.top || block.right < block.left) return selectionResult.empty();
      const name = book.sheetName(sel.sheet);
      const address = `${sheetPrefix(name)}${rangeAddress(block)}`;
      const cells = (block.bottom - block.top + 1) * (block.right - block.left + 1);
      if (cells > MAX_SELECTION_CELLS) return selectionResult.tooLarge(cells, address, MAX_SELECTION_CELLS);
      const values = valuesOf(book, sel.sheet, block);
      if (values.every((row) => row.every((v) => v === ""))) return selectionResult.empty();
      return { outcome: "read", selection: { sheet: name, address, values, numberFormats: numberFormatsOf(book, sel.sheet, block) } };
    },

    async readSelectionAddress(): Promise<RangeResult> {
      const sel = book.selection();
      if (!sel) return { outcome: "unavailable", message: "Select a cell or a block of cells first." };
      const box = boxOf(sel.anchor, sel.focus);
      const sheet = book.sheetName(sel.sheet);
      const address = rangeAddress(box);
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      const base = { sheet, address, reference: `${sheetPrefix(sheet)}${address}`, rows, cols };
      return { outcome: "read", range: rows * cols > MAX_BUILDER_CELLS ? base : { ...base, values: valuesOf(book, sel.sheet, box) } };
    },

    async writeFormulasBeside(analysis: Analysis): Promise<BesideResult> {
      const first = planFormulas(analysis);
      if (first.kind === "nothing") return besideResult.nothing(first.message);
      const sheet = book.sheetId(first.sheet);
      if (sheet === undefined) return besideResult.sheetGone(first.sheet);
      const all = records.all();
      const block = analysis.block ? { sheetId: String(sheet), address: rangeAddress(analysis.block) } : undefined;
      const previousRecord = block && besideRecordFor(all, block);
      const previous = previousRecord?.ranges.find((r) => r.sheetId === String(sheet));
      const box = searchWindow(first.target, first.direction);

      let plan: Planned;
      let result: BesideResult;
      let replaced: InsertionRecord[] = [];
      const fresh = (): Planned | BesideResult => placeInWindow(analysis, first, readWindow(book, sheet, box), box);
      if (previousRecord && previous) {
        const atPrevious = planAtPrevious(analysis, previous);
        const old = parseRange(previous.address);
        const around = atPrevious.kind === "plan" ? unionBox(old, atPrevious.target) : old;
        const inPlace = planInPlace(analysis, previous, fingerprintOf(book, sheet, old), readWindow(book, sheet, around));
        if (inPlace.ok) {
          book.clearForAddIn(sheet, old, previous.formatted);
          plan = inPlace.plan;
          replaced = [previousRecord];
          result = besideResult.updated(`${sheetPrefix(plan.sheet)}${plan.targetAddress}`, plan.writes.filter((w) => w.formula !== undefined).length);
        } else {
          const placed = fresh();
          if ("outcome" in placed) return besideResult.notInPlace(placed, inPlace.reason);
          plan = placed;
          result = besideResult.notInPlace(writtenResult(first, placed), inPlace.reason);
        }
      } else {
        const placed = fresh();
        if ("outcome" in placed) return placed;
        plan = placed;
        result = writtenResult(first, placed);
      }
      const range = writeTable(sheet, plan);
      if (block) {
        records.add({ id: nextRecordId(all), kind: "beside", what: `the formulas beside ${sheetPrefix(analysis.sheet)}${block.address}`, sheets: [], ranges: [range], block }, replaced);
      }
      events.changed();
      return result;
    },

    async lastInsertion() {
      const all = records.all();
      const last = all[all.length - 1];
      return last ? summaryOf(last) : undefined;
    },

    async removeLastInsertion(): Promise<RemoveResult> {
      const all = records.all();
      const last = all[all.length - 1];
      if (!last) return { outcome: "nothing", message: removalMessages.nothing };
      const decision = decideRemoval(last, { sheets: last.sheets.map((s) => sheetNow(book, s)), ranges: last.ranges.map((r) => rangeNow(book, r)) });
      if (!decision.ok) return { outcome: "refused", message: removalMessages.refused(last, decision.reason) };
      for (const r of last.ranges) book.clearForAddIn(Number(r.sheetId), parseRange(r.address), r.formatted);
      for (const s of last.sheets) book.removeSheet(Number(s.id));
      records.delete(last.id);
      events.changed();
      return { outcome: "removed", message: removalMessages.removed(last) };
    },

    onInsertionsChange: events.subscribe,

    // The preview's workbook lives only as long as the page: there is nothing to load with it.
    ...NO_LOAD_ON_OPEN,
  };
}

/** The number format of each cell of the box, as Office.js `Range.numberFormat` gives it ("General" by default). */
function numberFormatsOf(book: PreviewWorkbook, sheet: number, box: RangeBox): string[][] {
  const look = book.look(sheet);
  const out: string[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: string[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const p: CellPosition = { row: r, col: c };
      row.push(look.numberFormats.get(cellAddress(p)) ?? book.typedFormat(sheet, p) ?? "General");
    }
    out.push(row);
  }
  return out;
}
