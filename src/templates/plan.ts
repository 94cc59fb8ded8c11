/**
 * A workbook plan: what a template puts in a workbook, as plain data. Built by pure code from
 * the registry and the dataset; rendered by one writer per host (Office.js in Excel, the
 * formula engine in the preview, ExcelJS in the CLI). No Office, DOM or React types here.
 *
 * Sheet names in formulas are written as tokens, `{{sheet:<key>}}`, because the final name is
 * only known when the plan meets a workbook: an existing "Inputs" sheet makes ours "Inputs (2)"
 * (nothing is ever overwritten). `resolvePlan` turns tokens into quoted final names.
 */

/** Semantic styles; each writer maps them to its own formatting (inputs blue, as analysts expect). */
export type CellStyle =
  | "title" // sheet title
  | "note" // small grey text: units, sources, caveats
  | "header" // column / row headers
  | "label" // row labels
  | "input" // hard-coded inputs: blue font
  | "estimate" // analyst estimates the filings do not carry: blue font on a pale fill
  | "calc" // formulas: black font
  | "check" // check cells
  | "status"; // RED / WATCH / OK cells (conditionally formatted)

export type PlanValue = number | string | boolean;

export interface CellPlan {
  /** A1 address on its sheet, e.g. "C5". */
  ref: string;
  /**
   * A constant. At most one of value / formula; a cell with neither is a formatted blank: an
   * input the analyst fills (an estimate row), which a writer formats and leaves empty.
   * A string is text: writers must not let the host re-read it as a date or a number.
   */
  value?: PlanValue;
  /** A formula starting with "=", sheet names as `{{sheet:<key>}}` tokens. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

/** Colours a status range: RED / WATCH / OK text gets red / amber / green. */
export interface StatusFormatPlan {
  kind: "status";
  /** A1 range on the sheet, e.g. "D4:D20". */
  range: string;
}

export interface ChartPlan {
  type: "line" | "columnClustered";
  title: string;
  /** A1 range holding the series, with labels in the first column and headers in the first row. */
  dataRange: string;
  seriesBy: "rows" | "columns";
  /** Top-left cell the chart is placed at, and its size in cells. */
  anchor: string;
  widthCells: number;
  heightCells: number;
}

export interface SheetPlan {
  /** Stable key the formulas refer to (`{{sheet:key}}`). */
  key: string;
  /** Wanted name; the writer adds " (2)", " (3)"... when the workbook already has it. */
  name: string;
  cells: CellPlan[];
  /** Widths in Excel's own unit, characters of the default font (8.43 is Excel's default column). */
  columnWidths?: Array<{ column: string; width: number }>;
  statusFormats?: StatusFormatPlan[];
  charts?: ChartPlan[];
  /** Rows / columns frozen at the top-left. */
  freeze?: { rows: number; columns: number };
}

/** A named range scoped to its sheet (so inserting a template twice never collides). */
export interface NamePlan {
  name: string;
  sheetKey: string;
  /** A1 range on that sheet. */
  range: string;
  comment?: string;
}

export interface WorkbookPlan {
  /** What the plan is, for messages: "Red-flag model (Microsoft)". */
  title: string;
  sheets: SheetPlan[];
  names: NamePlan[];
  /** Key of the sheet to activate after insertion. */
  activate: string;
}

export const EMPTY_PLAN: WorkbookPlan = { title: "Nothing", sheets: [], names: [], activate: "" };

/**
 * A column width in characters as points, the unit of Office.js's `format.columnWidth`: Excel
 * sizes a column of w characters at w x 7 pixels plus 5 of padding for Calibri 11 (the maximum
 * digit width is 7 pixels), and a pixel is 0.75 point.
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

