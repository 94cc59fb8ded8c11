/**
 * The preview's workbook: a formula engine (src/engine: HyperFormula with every AIFLAG function
 * registered from the core) for what the cells hold and compute, plus what Excel would keep
 * beside the cells (styles, number formats, status colouring, column widths, chart places), the
 * active sheet and the selection. React reads it through `subscribe` / `version`.
 *
 * The user's own edits (typing into a cell, clearing cells) can be undone and redone, as with
 * Ctrl+Z and Ctrl+Y in Excel; what the add-in writes through the host cannot, as in Excel, where
 * an add-in's changes clear the undo history (removing a sheet or clearing cells for the add-in
 * clears it here too). Like Excel's workbook settings, `settings` holds what the add-in keeps in
 * the workbook (its insertion records).
 *
 * Development only, like src/engine: the production add-in never imports src/preview.
 */
import { DetailedCellError, type CellValue, type HyperFormula, type RawCellContent, type SimpleCellAddress } from "hyperformula";
import { columnIndex, parseCell, parseRange, type CellPosition, type RangeBox } from "../core/cells/a1";
import { createEngine } from "../engine/createEngine";
import { asTypedText } from "../host/typedText";
import type { CellStyle, ChartPlan, SheetPlan } from "../templates/plan";
import type { DisplayValue } from "./format";
import { plainMessage } from "./plainErrors";

/** What a sheet carries besides its cells (from a plan, or set by the host). */
export interface SheetLook {
  styles: Map<string, CellStyle>;
  numberFormats: Map<string, string>;
  /** Ranges whose RED / WATCH / OK texts are coloured, as Excel's conditional formats do. */
  statusRanges: RangeBox[];
  charts: ChartPlan[];
  /** Column index to width in Excel's characters. */
  widths: Map<number, number>;
  /** Rows and columns frozen at the top-left, as Excel's panes keep them in view while scrolling. */
  freeze: { rows: number; columns: number };
}

export interface Sheet {
  id: number;
  name: string;
}

export interface Selection {
  sheet: number;
  /** The cell the selection started from: the active cell, whose content the formula bar shows. */
  anchor: CellPosition;
  /** The opposite corner (the anchor itself for one cell). */
  focus: CellPosition;
}

const emptyLook = (): SheetLook => ({ styles: new Map(), numberFormats: new Map(), statusRanges: [], charts: [], widths: new Map(), freeze: { rows: 0, columns: 0 } });

export function boxOf(a: CellPosition, b: CellPosition): RangeBox {
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** The cells a chart covers, from its anchor and size in cells. */
export function chartBox(chart: ChartPlan): RangeBox {
  const a = parseCell(chart.anchor);
  return { top: a.row, left: a.col, bottom: a.row + chart.heightCells - 1, right: a.col + chart.widthCells - 1 };
}

/** An engine value as the grid reads it: errors keep their code, and the engine's own messages become plain sentences. */
export function displayValueOf(value: CellValue): DisplayValue {
  if (value instanceof DetailedCellError) return { code: value.value, message: plainMessage(value.value, value.message) };
  return value;
}

/** One user edit: what each cell held before and after, and where the selection was. */
interface Edit {
  sheet: number;
  cells: ReadonlyArray<{ position: CellPosition; before: RawCellContent; after: RawCellContent }>;
  selection: Selection;
}

/** How many edits Ctrl+Z can go back (Excel keeps 100). */
export const UNDO_LIMIT = 100;

export class PreviewWorkbook {
  readonly engine: HyperFormula;
  private readonly looks = new Map<number, SheetLook>();
  private readonly listeners = new Set<() => void>();
  private current: Selection | undefined;
  private changes = 0;
  private readonly undoStack: Edit[] = [];
  private readonly redoStack: Edit[] = [];
  private readonly settingValues = new Map<string, string>();

  constructor(engine: HyperFormula = createEngine()) {
    this.engine = engine;
    const first = this.sheets()[0];
    if (first) this.current = { sheet: first.id, anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } };
  }

  // --- change notification (React's useSyncExternalStore) ---

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Grows with every change: the snapshot React compares. */
  version = (): number => this.changes;

  private changed(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }

  // --- sheets ---

  sheets(): Sheet[] {
    return this.engine.getSheetNames().map((name) => ({ id: this.sheetId(name) ?? -1, name }));
  }

  sheetId(name: string): number | undefined {
    return this.engine.getSheetId(name);
  }

  sheetName(id: number): string {
    const name = this.engine.getSheetName(id);
    if (name === undefined) throw new Error(`the workbook has no sheet ${id}`);
    return name;
  }

  look(sheet: number): SheetLook {
    let look = this.looks.get(sheet);
    if (!look) {
      look = emptyLook();
      this.looks.set(sheet, look);
    }
    return look;
  }

  /** Keeps a plan sheet's formatting for the grid (its cells went to the engine through loadPlan). */
  applyLook(sheet: number, plan: SheetPlan): void {
    const look = this.look(sheet);
    for (const cell of plan.cells) {
      if (cell.style) look.styles.set(cell.ref, cell.style);
      if (cell.numberFormat) look.numberFormats.set(cell.ref, cell.numberFormat);
    }
    for (const f of plan.statusFormats ?? []) look.statusRanges.push(parseRange(f.range));
    look.charts.push(...(plan.charts ?? []));
    for (const { column, width } of plan.columnWidths ?? []) look.widths.set(columnIndex(column), width);
    if (plan.freeze) look.freeze = { ...plan.freeze };
    this.changed();
  }

  /** Styles and number formats of cells the host wrote (the formulas beside a block, an inserted formula). */
  formatCells(sheet: number, cells: ReadonlyArray<{ ref: string; style?: CellStyle; numberFormat?: string }>): void {
    const look = this.look(sheet);
    for (const { ref, style, numberFormat } of cells) {
      if (style) look.styles.set(ref, style);
      if (numberFormat) look.numberFormats.set(ref, numberFormat);
    }
    this.changed();
  }

  /**
   * Empties the box's cells and removes the look of `formatted` cells, for the add-in (not
   * undoable; the undo history is cleared, as an add-in's change clears Excel's).
   */
  clearForAddIn(sheet: number, box: RangeBox, formatted: readonly string[]): void {
    this.engine.batch(() => {
      for (let row = box.top; row <= box.bottom; row++) for (let col = box.left; col <= box.right; col++) this.engine.setCellContents(this.at(sheet, { row, col }), null);
    });
    const look = this.look(sheet);
    for (const ref of formatted) {
      look.styles.delete(ref);
      look.numberFormats.delete(ref);
    }
    this.forgetHistory();
  }

  /** Removes a sheet, for the add-in; another sheet opens if it was the active one. */
  removeSheet(sheet: number): void {
    this.engine.removeSheet(sheet);
    this.looks.delete(sheet);
    this.forgetHistory();
    const first = this.sheets()[0];
    if (this.current?.sheet === sheet && first) this.activate(first.id);
    else this.changed();
  }

  private forgetHistory(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.changed();
  }

  // --- what the add-in keeps in the workbook (Excel's workbook settings) ---

  settings(): Array<{ key: string; value: string }> {
    return [...this.settingValues.entries()].map(([key, value]) => ({ key, value }));
  }

  setSetting(key: string, value: string): void {
    this.settingValues.set(key, value);
  }

  deleteSetting(key: string): void {
    this.settingValues.delete(key);
  }

  // --- selection ---

  selection(): Selection | undefined {
    return this.current;
  }

  selectionBox(): RangeBox | undefined {
    return this.current && boxOf(this.current.anchor, this.current.focus);
  }

  activate(sheet: number): void {
    this.current = { sheet, anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } };
    this.changed();
  }

  select(anchor: CellPosition, focus: CellPosition = anchor): void {
    if (!this.current) return;
    this.current = { sheet: this.current.sheet, anchor, focus };
    this.changed();
  }

  /** Keeps the anchor, moves the opposite corner (shift+click, drag, shift+arrow). */
  extend(focus: CellPosition): void {
    if (!this.current) return;
    this.current = { ...this.current, focus };
    this.changed();
  }

  // --- cells ---

  private at(sheet: number, p: CellPosition): SimpleCellAddress {
    return { sheet, row: p.row, col: p.col };
  }

  value(sheet: number, p: CellPosition): DisplayValue {
    return displayValueOf(this.engine.getCellValue(this.at(sheet, p)));
  }

  /**
   * What the formula bar shows: the formula, or the constant as one would type it. Texts are
   * stored with the engine's leading apostrophe (loadPlan writes them so); as in Excel, it shows
   * only where typing the text without it would give something else ("2025", "=x").
   */
  input(sheet: number, p: CellPosition): string {
    const raw = this.engine.getCellSerialized(this.at(sheet, p));
    if (raw === null || raw === undefined) return "";
    if (raw instanceof Date) return raw.toISOString();
    if (typeof raw === "string" && raw.startsWith("'")) return asTypedText(raw.slice(1));
    return String(raw);
  }

  /**
   * The box's cells as Office.js `Range.formulas` gives them: a formula, else the constant (a
   * text without the engine's leading apostrophe), "" for an empty cell.
   */
  formulas(sheet: number, box: RangeBox): unknown[][] {
    const out: unknown[][] = [];
    for (let row = box.top; row <= box.bottom; row++) {
      const line: unknown[] = [];
      for (let col = box.left; col <= box.right; col++) {
        const raw = this.engine.getCellSerialized(this.at(sheet, { row, col }));
        line.push(raw === null || raw === undefined ? "" : typeof raw === "string" && raw.startsWith("'") ? raw.slice(1) : raw instanceof Date ? raw.toISOString() : raw);
      }
      out.push(line);
    }
    return out;
  }

  /** Nothing typed in the cell and no spilled value over it (Excel's "empty" for inserting). */
  isEmpty(sheet: number, p: CellPosition): boolean {
    return this.engine.isCellEmpty(this.at(sheet, p));
  }

  /** A spilled cell: its value comes from a formula elsewhere. */
  isSpilled(sheet: number, p: CellPosition): boolean {
    return this.engine.isCellPartOfArray(this.at(sheet, p)) && this.engine.getCellFormula(this.at(sheet, p)) === undefined;
  }

  /** Percentages typed as "30%" keep showing as percentages, as in Excel. */
  typedFormat(sheet: number, p: CellPosition): string | undefined {
    return this.engine.getCellValueDetailedType(this.at(sheet, p)) === "NUMBER_PERCENT" ? "0%" : undefined;
  }

  /** Whatever the user typed: a value, a formula, or "" to clear. The engine reads it as Excel does. Undoable. */
  setInput(sheet: number, p: CellPosition, text: string): void {
    this.edit(sheet, [{ position: p, after: text === "" ? null : text }]);
  }

  /** Whether the text is a formula the engine cannot read (Excel refuses such an entry). */
  isUnreadableFormula(text: string): boolean {
    return text.startsWith("=") && text.length > 1 && !this.engine.validateFormula(text);
  }

  /** Sets the cells, keeping what they held for undo. */
  private edit(sheet: number, writes: ReadonlyArray<{ position: CellPosition; after: RawCellContent }>): void {
    const selection = this.current ?? { sheet, anchor: writes[0].position, focus: writes[0].position };
    const cells = writes.map((w) => ({ ...w, before: this.engine.getCellSerialized(this.at(sheet, w.position)) }));
    this.write(sheet, cells.map((c) => ({ position: c.position, content: c.after })));
    this.undoStack.push({ sheet, cells, selection });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.redoStack.length = 0;
    this.changed();
  }

  private write(sheet: number, entries: ReadonlyArray<{ position: CellPosition; content: RawCellContent }>): void {
    this.engine.batch(() => {
      for (const { position, content } of entries) this.engine.setCellContents(this.at(sheet, position), content);
    });
  }

  /** Puts back what the last edit changed and selects the cells it changed; false when there is nothing to undo. */
  undo(): boolean {
    return this.replay(this.undoStack, this.redoStack, "before");
  }

  /** Makes the last undone edit again; false when there is none. */
  redo(): boolean {
    return this.replay(this.redoStack, this.undoStack, "after");
  }

  /** Takes the last edit of `from`, writes its cells as they were `side` it, and keeps it on `to`. */
  private replay(from: Edit[], to: Edit[], side: "before" | "after"): boolean {
    const edit = from.pop();
    if (!edit) return false;
    this.write(edit.sheet, edit.cells.map((c) => ({ position: c.position, content: c[side] })));
    to.push(edit);
    this.current = edit.selection;
    this.changed();
    return true;
  }

  /** Several contents at once, recalculated once. */
  setContents(sheet: number, entries: ReadonlyArray<{ position: CellPosition; content: string }>): void {
    this.engine.batch(() => {
      for (const { position, content } of entries) this.engine.setCellContents(this.at(sheet, position), content);
    });
    this.changed();
  }

  /** Empties the cells (Delete on a selection). Undoable. */
  clear(sheet: number, cells: readonly CellPosition[]): void {
    const held = cells.filter((p) => !this.engine.isCellEmpty(this.at(sheet, p)));
    if (held.length > 0) this.edit(sheet, held.map((position) => ({ position, after: null })));
  }

  /** Rows and columns in use (0 x 0 for an empty sheet). */
  usedSize(sheet: number): { rows: number; cols: number } {
    const { height, width } = this.engine.getSheetDimensions(sheet);
    return { rows: height, cols: width };
  }
}
