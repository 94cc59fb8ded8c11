/**
 * The preview's host: the same `Host` the taskpane uses in Excel, implemented on the preview
 * workbook. The logic is the add-in's own (resolvePlan for sheet names, loadPlan to put a plan
 * in the engine, planFormulas + findEmptyArea for the formulas beside a block, the shared
 * outcome sentences); only the writing differs.
 *
 * - insertFormula: into the active cell when it is empty (nothing typed, nothing spilled there).
 * - writePlan: new sheets only (an existing name gets " (2)"...), cells through loadPlan, the
 *   formatting kept for the grid; the plan's `activate` sheet opens.
 * - readSelection: the selected block trimmed to the sheet's used cells, values as Office.js
 *   `Range.values` gives them (errors as their code text).
 * - writeFormulasBeside: a window from the planned target along the plan's direction, occupied
 *   where a cell holds anything or carries formatting or a chart; moved to the first empty
 *   area; every write checked empty before any is made.
 * - loadOnOpen: unavailable (the workbook is the page's own).
 */
import { DetailedCellError } from "hyperformula";
import { cellAddress, rangeAddress, sheetPrefix, type RangeBox } from "../core/cells/a1";
import { planFormulas, type Analysis, type BlockValue, type SheetWindow } from "../analysis";
import { loadPlan } from "../engine/loadPlan";
import { placeInWindow, searchWindow, writtenResult } from "../host/besideWriter";
import { insertResult, type BesideResult, type Host, type InsertResult, type PlanResult, type SelectionResult } from "../host/host";
import { NO_LOAD_ON_OPEN } from "../host/loadOnOpen";
import { besideResult, planResult, selectionResult } from "../host/messages";
import { MAX_SELECTION_CELLS } from "../host/selectionReader";
import type { WorkbookPlan } from "../templates/plan";
import { resolvePlan } from "../templates/resolve";
import { boxOf, chartBox, inBox, type PreviewWorkbook } from "./workbook";

/** The taskpane's header reads "Connected to Preview". */
export const PREVIEW_HOST_NAME = "Preview";

/** A cell as `Range.values` reports it: errors as their code, blanks as "". */
function blockValueOf(book: PreviewWorkbook, sheet: number, row: number, col: number): BlockValue {
  const v = book.engine.getCellValue({ sheet, row, col });
  if (v instanceof DetailedCellError) return v.value;
  return v ?? "";
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

export function createPreviewHost(book: PreviewWorkbook): Host {
  return {
    connected: true,
    hostName: PREVIEW_HOST_NAME,

    async insertFormula(formula: string): Promise<InsertResult> {
      const sel = book.selection();
      if (!sel) return insertResult.copyByHand(formula);
      const address = `${sheetPrefix(book.sheetName(sel.sheet))}${cellAddress(sel.anchor)}`;
      if (!book.isEmpty(sel.sheet, sel.anchor)) return insertResult.cellNotEmpty(address);
      book.setInput(sel.sheet, sel.anchor, formula);
      return insertResult.inserted(address);
    },

    async writePlan(plan: WorkbookPlan): Promise<PlanResult> {
      if (plan.sheets.length === 0) return planResult.unsupported("This template has no sheets to insert.");
      const existing = book.sheets().map((s) => s.name);
      const resolved = resolvePlan(plan, existing);
      const loaded = loadPlan(resolved, book.engine);
      for (const sheet of resolved.sheets) book.applyLook(loaded.sheetId(sheet.key), sheet);
      const active = resolved.sheets.find((s) => s.key === plan.activate) ?? resolved.sheets[0];
      book.activate(loaded.sheetId(active.key));
      const taken = new Set(existing.map((n) => n.toLowerCase()));
      const renamed = plan.sheets.filter((s) => taken.has(s.name.toLowerCase())).map((s) => s.name);
      return planResult.inserted(
        resolved.sheets.map((s) => s.name),
        active.name,
        renamed,
      );
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
      const values: BlockValue[][] = [];
      for (let r = block.top; r <= block.bottom; r++) {
        const row: BlockValue[] = [];
        for (let c = block.left; c <= block.right; c++) row.push(blockValueOf(book, sel.sheet, r, c));
        values.push(row);
      }
      if (values.every((row) => row.every((v) => v === ""))) return selectionResult.empty();
      return { outcome: "read", selection: { sheet: name, address, values } };
    },

    async writeFormulasBeside(analysis: Analysis): Promise<BesideResult> {
      const first = planFormulas(analysis);
      if (first.kind === "nothing") return besideResult.nothing(first.message);
      const sheet = book.sheetId(first.sheet);
      if (sheet === undefined) return besideResult.sheetGone(first.sheet);
      const box = searchWindow(first.target, first.direction);
      const window = readWindow(book, sheet, box);
      const plan = placeInWindow(analysis, first, window, box);
      if ("outcome" in plan) return plan;

      // Texts with the engine's apostrophe, so that no label is read as a number or a date.
      book.setContents(
        sheet,
        plan.writes.map((w) => ({ position: w.position, content: w.formula ?? `'${w.text ?? ""}` })),
      );
      const top = plan.target.top;
      book.styleCells(sheet, [
        ...plan.writes.filter((w) => w.position.row === top).map((w) => ({ ref: w.address, style: "header" as const })),
        // The Status column: coloured by its RED / WATCH / OK text, as in the templates.
        ...plan.writes
          .filter((w) => w.position.row > top && w.position.col === plan.target.left + 2 && w.formula !== undefined)
          .map((w) => ({ ref: w.address, style: "status" as const })),
      ]);
      book.formatCells(sheet, plan.writes.flatMap((w) => (w.numberFormat ? [{ ref: w.address, numberFormat: w.numberFormat }] : [])));
      return writtenResult(first, plan);
    },

    // The preview's workbook lives only as long as the page: there is nothing to load with it.
    ...NO_LOAD_ON_OPEN,
  };
}
