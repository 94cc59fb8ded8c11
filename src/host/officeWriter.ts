/**
 * Renders a workbook plan through Office.js, in two `context.sync()` calls whatever its size:
 *   sync 1: read the existing sheet names (so nothing is overwritten: ours get " (2)"...);
 *   sync 2: add the sheets and write everything: one block of formulas and one of number
 *           formats per sheet, style runs, status colours, names, charts, panes; activate.
 * Only new sheets are written: no existing cell can change.
 * Requirement sets: ExcelApi 1.7 (sheet-scoped names 1.4, conditional formats 1.6, freeze
 * panes 1.7); callers check `isSetSupported` first (see REQUIRED_EXCEL_API).
 */
import { STATUSES } from "../core/framework/status";
import type { SheetPlan, WorkbookPlan } from "../templates/plan";
import { STATUS_FORMATS, STYLE_FORMATS, type CellFormat } from "../templates/styles";
import { chartEnd, sheetBlock, styleRuns } from "./planWrites";

export const REQUIRED_EXCEL_API = "1.7";

/** Final names of the plan's sheets, given the workbook's (resolvePlan from the templates). */
export type PlanResolver = (plan: WorkbookPlan, existingSheetNames: readonly string[]) => WorkbookPlan;

export interface WriteReport {
  /** Final names of the sheets written, in plan order. */
  sheetNames: string[];
  /** The sheet activated. */
  activated: string;
}

function applyFormat(range: Excel.Range, f: CellFormat): void {
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor) range.format.font.color = f.fontColor;
  if (f.fontSize) range.format.font.size = f.fontSize;
  if (f.fill) range.format.fill.color = f.fill;
  if (f.horizontalAlignment) range.format.horizontalAlignment = f.horizontalAlignment;
}

function queueSheet(ws: Excel.Worksheet, sheet: SheetPlan): void {
  const block = sheetBlock(sheet);
  if (block) {
    const range = ws.getRange(block.address);
    range.numberFormat = block.numberFormats;
    range.formulas = block.formulas;
  }
  for (const run of styleRuns(sheet)) applyFormat(ws.getRange(run.address), STYLE_FORMATS[run.style]);
  for (const { column, width } of sheet.columnWidths ?? []) ws.getRange(`${column}:${column}`).format.columnWidth = width;
  for (const sf of sheet.statusFormats ?? []) {
    const range = ws.getRange(sf.range);
    for (const status of STATUSES) {
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      cf.textComparison.format.font.color = STATUS_FORMATS[status].fontColor;
      cf.textComparison.format.fill.color = STATUS_FORMATS[status].fill;
      cf.textComparison.rule = { operator: Excel.ConditionalTextOperator.beginsWith, text: status };
    }
  }
  for (const chart of sheet.charts ?? []) {
    const type = chart.type === "line" ? Excel.ChartType.line : Excel.ChartType.columnClustered;
    const c = ws.charts.add(type, ws.getRange(chart.dataRange), chart.seriesBy === "rows" ? Excel.ChartSeriesBy.rows : Excel.ChartSeriesBy.columns);
    c.title.text = chart.title;
    c.setPosition(chart.anchor, chartEnd(chart.anchor, chart.widthCells, chart.heightCells));
  }
  if (sheet.freeze) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(sheet.freeze.rows, 1), Math.max(sheet.freeze.columns, 1)));
}

export async function writePlan(context: Excel.RequestContext, plan: WorkbookPlan, resolve: PlanResolver): Promise<WriteReport> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const resolved = resolve(
    plan,
    worksheets.items.map((ws) => ws.name),
  );
  const added = new Map<string, Excel.Worksheet>();
  for (const sheet of resolved.sheets) {
    const ws = worksheets.add(sheet.name);
    added.set(sheet.key, ws);
    queueSheet(ws, sheet);
  }
  for (const name of resolved.names) {
    const ws = added.get(name.sheetKey);
    if (ws) ws.names.add(name.name, ws.getRange(name.range), name.comment);
  }
  const active = resolved.sheets.find((s) => s.key === resolved.activate) ?? resolved.sheets[0];
  if (active) added.get(active.key)?.activate();
  await context.sync();

  return { sheetNames: resolved.sheets.map((s) => s.name), activated: active?.name ?? "" };
}
