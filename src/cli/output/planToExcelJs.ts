/**
 * Renders a resolved plan into an ExcelJS workbook: formulas with their cached values (so the
 * file shows numbers in Excel before the add-in loads), number formats, styles, status colours,
 * names and frozen panes. ExcelJS cannot write charts: the workbook notes where they would be.
 * Formulas are stored as the file format spells them (`fileFormula`).
 *
 * Which formulas are dynamic arrays. Excel 365 reads a formula stored the legacy way (no dynamic-
 * array metadata) with implicit intersection, and shows "@" wherever that could occur. Microsoft
 * Support, "Implicit intersection operator: @", counts "User Defined Functions (UDFs)" among the
 * functions that could return multi-cell ranges, so `=IF(D8>0,"needs input",AIFLAG.FCFCONV(...))`
 * would read `...@AIFLAG.FCFCONV(...)`. When the function returns one value, implicit intersection
 * returns that value unchanged ("If the value is a single item, then return the item"): the number
 * is right, only the "@" shows. When it returns several ("detail"), the legacy formula keeps the
 * top-left value only. So every formula that calls an AIFLAG function, and any formula whose result
 * spills, is written as a dynamic array (`t="array"`, `ref` = the cells its result fills, marked
 * dynamic by `finishPackage`), as Excel 365 saves such a formula typed into it: no "@", the
 * whole spill, and each spilled cell holding its cached value. Excel 2019 and earlier read the
 * same cell as a one-cell Ctrl+Shift+Enter array formula, which gives the same single value.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "hyperformula";
import { STATUSES } from "../../core/framework/status";
import { cell as a1, parseCell } from "../../templates/cellRefs";
import type { CellPlan } from "../../templates/plan";
import type { ResolvedPlan } from "../../templates/resolve";
import { STATUS_FORMATS, STYLE_FORMATS, type CellFormat } from "../../templates/styles";
import { callsAiflag, fileFormula } from "./fileFormula";

export { fileFormula } from "./fileFormula";

/** A formula's computed result: one cell ([[value]]) or, for a spilling formula, every cell it fills, top-left first. */
export type ResultOf = (sheetKey: string, ref: string) => CellValue[][];

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function fontOf(f: CellFormat): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.fontSize) font.size = f.fontSize;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  return font;
}

function styleOf(f: CellFormat): Partial<ExcelJS.Style> {
  const font = fontOf(f);
  return {
    ...(Object.keys(font).length ? { font } : {}),
    // A cell's solid fill is painted in the pattern's foreground colour (ECMA-376 Part 1, 18.8.32 patternFill).
    ...(f.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } } } : {}),
    ...(f.horizontalAlignment ? { alignment: { horizontal: f.horizontalAlignment.toLowerCase() as "left" | "center" | "right" } } : {}),
  };
}

/**
 * A conditional format's style (a differential format, `<dxf>`). Excel paints a dxf's fill in the
 * pattern's background colour and ignores its foreground colour: a dxf Excel itself saves for
 * "Light Red Fill with Dark Red Text" reads `<patternFill><bgColor rgb="FFFFC7CE"/></patternFill>`,
 * and one with only `fgColor` shows no fill in Excel. Both colours are written, equal, so readers
 * that take the foreground (LibreOffice, ExcelJS itself) agree.
 */
function differentialStyleOf(f: CellFormat): Partial<ExcelJS.Style> {
  const font = fontOf(f);
  return {
    ...(Object.keys(font).length ? { font } : {}),
    ...(f.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) }, bgColor: { argb: argb(f.fill) } } } : {}),
  };
}

/**
 * RED / WATCH / OK in their colours, for a range whose cells hold a status alone: "cell value
 * equal to "RED"". ExcelJS writes a text rule ("containsText", "beginsWith") without its `text`
 * attribute, which Excel's own files carry; a cellIs rule is whole with its operator and formula
 * (ECMA-376 Part 1, 18.3.1.10). The fill sets `bgColor`: Excel ignores `fgColor` in a differential format.
 */
export function statusRules(): ExcelJS.ConditionalFormattingRule[] {
  return STATUSES.map((status, i) => ({
    type: "cellIs",
    operator: "equal",
    formulae: [`"${status}"`],
    priority: i + 1,
    style: differentialStyleOf({ ...STATUS_FORMATS[status], bold: true }),
  }));
}

/** A cached result ExcelJS can store: numbers, text, booleans; errors as Excel error values. */
function cached(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "value" in value) return { error: String(value.value) } as ExcelJS.CellErrorValue;
  return value;
}

/** Writes a formula cell, and the cached values of the cells its result spills into. */
function writeFormula(ws: ExcelJS.Worksheet, cell: CellPlan & { formula: string }, block: CellValue[][]): void {
  const rows = block.length;
  const cols = block[0]?.length ?? 1;
  const formula = fileFormula(cell.formula);
  const target = ws.getCell(cell.ref);
  if (rows * cols <= 1 && !callsAiflag(cell.formula)) {
    target.value = { formula, result: cached(block[0]?.[0] ?? null) } as ExcelJS.CellFormulaValue;
    return;
  }
  const { col, row } = parseCell(cell.ref);
  const ref = rows * cols <= 1 ? cell.ref : `${cell.ref}:${a1(col + cols - 1, row + rows - 1)}`;
  target.value = { formula, result: cached(block[0][0]), shareType: "array", ref } as ExcelJS.CellFormulaValue;
  block.forEach((values, r) =>
    values.forEach((value, c) => {
      if (r > 0 || c > 0) ws.getCell(a1(col + c, row + r)).value = cached(value);
    }),
  );
}

export function addPlanToWorkbook(wb: ExcelJS.Workbook, plan: ResolvedPlan, resultOf: ResultOf): void {
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.ref);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.style) Object.assign(target, styleOf(STYLE_FORMATS[cell.style]));
    }
    // Values after formats: a spill fills cells the plan may have formatted, never ones it filled.
    for (const cell of sheet.cells) {
      if (cell.formula !== undefined) writeFormula(ws, { ...cell, formula: cell.formula }, resultOf(sheet.key, cell.ref));
      else if (cell.value !== undefined) ws.getCell(cell.ref).value = cell.value;
    }
    for (const { column, width } of sheet.columnWidths ?? []) ws.getColumn(column).width = width; // both in characters of the default font
    for (const sf of sheet.statusFormats ?? []) {
      ws.addConditionalFormatting({ ref: sf.range, rules: statusRules() });
    }
    if (sheet.freeze) ws.views = [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
  }
  for (const name of plan.names) {
    const sheet = plan.sheets.find((s) => s.key === name.sheetKey);
    if (!sheet) continue;
    const [a, b = a] = name.range.split(":");
    const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    wb.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!${abs(a)}:${abs(b)}`, name.name);
  }
}
