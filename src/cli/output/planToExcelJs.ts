/**
 * Renders a resolved plan into an ExcelJS workbook: formulas with their cached values (so the
 * file shows numbers in Excel before the add-in loads), number formats, styles, status colours,
 * names and frozen panes. ExcelJS cannot write charts: the workbook notes where they would be.
 *
 * AIFLAG formulas are stored the way Excel itself stores JavaScript custom functions in a file,
 * `_xldudf_AIFLAG_FCFCONV(...)`: Excel binds them to the add-in's functions when it loads.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "hyperformula";
import { STATUSES } from "../../core/framework/status";
import type { CellPlan } from "../../templates/plan";
import type { ResolvedPlan } from "../../templates/resolve";
import { STATUS_FORMATS, STYLE_FORMATS, type CellFormat } from "../../templates/styles";

/** `=AIFLAG.FCFCONV(A1)` -> `_xldudf_AIFLAG_FCFCONV(A1)` (no leading "=": ExcelJS wants none). */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bAIFLAG\.([A-Z][A-Z0-9_]*)\s*\(/g, "_xldudf_AIFLAG_$1(");
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function styleOf(f: CellFormat): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.fontSize) font.size = f.fontSize;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  return {
    ...(Object.keys(font).length ? { font } : {}),
    ...(f.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } } } : {}),
    ...(f.horizontalAlignment ? { alignment: { horizontal: f.horizontalAlignment.toLowerCase() as "left" | "center" | "right" } } : {}),
  };
}

/** A cached result ExcelJS can store: numbers, text, booleans; errors as Excel error values. */
function cached(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "value" in value) return { error: String(value.value) } as ExcelJS.CellErrorValue;
  return value as number | string | boolean;
}

function cellValue(cell: CellPlan, value: CellValue): ExcelJS.CellValue {
  if (cell.formula === undefined) return cell.value ?? null;
  return { formula: fileFormula(cell.formula), result: cached(value) } as ExcelJS.CellFormulaValue;
}

export function addPlanToWorkbook(wb: ExcelJS.Workbook, plan: ResolvedPlan, valueOf: (sheetKey: string, ref: string) => CellValue): void {
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.ref);
      target.value = cellValue(cell, valueOf(sheet.key, cell.ref));
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.style) Object.assign(target, styleOf(STYLE_FORMATS[cell.style]));
    }
    for (const { column, width } of sheet.columnWidths ?? []) ws.getColumn(column).width = width / 7; // points -> characters
    for (const sf of sheet.statusFormats ?? []) {
      ws.addConditionalFormatting({
        ref: sf.range,
        rules: STATUSES.map((status, i) => ({
          type: "containsText",
          operator: "containsText",
          text: status,
          priority: i + 1,
          style: styleOf({ ...STATUS_FORMATS[status], bold: true }),
        })),
      });
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
