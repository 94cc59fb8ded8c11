/**
 * `--xlsx FILE`: the ranked table as a workbook, written as a stream (rows are flushed as they are
 * added, so a screen of the whole archive does not build the workbook in memory) to a temporary
 * file that is renamed once whole. Sheets: the ranked companies (header frozen, an autofilter,
 * statuses coloured by conditional formats), the skipped companies with the reason, the notes.
 *
 * A conditional format's fill lives in a "differential format" (dxf): Excel paints a dxf fill
 * with its background colour (`bgColor`) and ignores `fgColor` there, unlike a cell's own solid
 * fill, which is `fgColor` (reported in randym/axlsx issue 218, where Excel's own correction of
 * such a dxf keeps only bgColor, and excel4node issue 147). Both are set.
 */
import ExcelJS from "exceljs";
import { statusRules } from "../output/planToExcelJs";
import { screenColumns, type ScreenReport } from "../../screen";
import { STYLE_FORMATS } from "../../templates/styles";
import { countsLine } from "./format";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** "A", ..., "Z", "AA": the column letters of a 1-based index. */
export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const header: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(STYLE_FORMATS.header.fill!) } },
  alignment: { wrapText: true, vertical: "top" },
};

export async function writeScreenWorkbook(file: string, report: ScreenReport): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = "AIFLAG";
  const columns = screenColumns(report).filter((c) => c.inData);
  const last = columnLetters(columns.length);
  const rows = report.companies.length;

  const ws = wb.addWorksheet("Screen", { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.key === "company" ? 36 : Math.min(24, Math.max(10, c.title.length * 0.6)) }));
  ws.autoFilter = { from: "A1", to: `${last}${Math.max(1, rows + 1)}` };
  columns.forEach((c, i) => {
    if (c.kind === "status" && rows > 0) {
      const col = columnLetters(i + 1);
      ws.addConditionalFormatting({ ref: `${col}2:${col}${rows + 1}`, rules: statusRules() });
    }
  });
  const head = ws.addRow(columns.map((c) => c.title));
  head.eachCell((cell) => Object.assign(cell, { style: header }));
  head.commit();
  for (const company of report.companies) {
    const row = ws.addRow(columns.map((c) => c.value(company)));
    columns.forEach((c, i) => {
      if (c.excelFormat) row.getCell(i + 1).numFmt = c.excelFormat;
    });
    row.commit();
  }
  ws.commit();

  const skipped = wb.addWorksheet("Skipped", { views: [{ state: "frozen", ySplit: 1 }] });
  skipped.columns = [
    { key: "entry", width: 24 },
    { key: "cik", width: 12 },
    { key: "reason", width: 24 },
    { key: "detail", width: 100 },
  ];
  skipped.autoFilter = { from: "A1", to: `D${Math.max(1, report.skipped.length + 1)}` };
  const skippedHead = skipped.addRow(["Entry", "CIK", "Reason", "Detail"]);
  skippedHead.eachCell((cell) => Object.assign(cell, { style: header }));
  skippedHead.commit();
  for (const s of report.skipped) skipped.addRow([s.entry, s.cik, s.reason, s.detail]).commit();
  skipped.commit();

  const notes = wb.addWorksheet("Notes");
  notes.columns = [{ key: "text", width: 140 }];
  const lines = [`AIFLAG market screen of ${report.source}`, countsLine(report), "", ...report.notes];
  for (const line of lines) notes.addRow([line]).commit();
  notes.commit();
  await wb.commit();
}
