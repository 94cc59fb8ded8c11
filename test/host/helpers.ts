/**
 * Shared pieces of the host tests: a `run` whose `context.sync` is wrapped and counted, and the
 * workbook the writers meet (sheets already named like the templates', holding data, formats,
 * a chart, names and panes), built on the recording fake (fake/excel.ts).
 */
import type { ExcelRun } from "../../src/host/officeHost";
import { FakeExcel } from "./fake/excel";
import { cellAt, seedSheet, snapshot, type FakeSheet } from "./fake/workbook";

export interface Counted {
  run: ExcelRun;
  syncs: { count: number };
}

/** Wraps every context's `sync` so that a test counts the syncs one insertion makes. */
export function countingRun(run: ExcelRun): Counted {
  const syncs = { count: 0 };
  const counted: ExcelRun = (batch) =>
    run((context) => {
      const real = context.sync.bind(context);
      context.sync = (<T>(passThrough?: T) => {
        syncs.count++;
        return real(passThrough);
      }) as typeof context.sync;
      return batch(context);
    });
  return { run: counted, syncs };
}

/** A sheet of data as an analyst's workbook holds it: values, a formula, formats, a name, a chart, panes. */
function dataSheet(name: string): FakeSheet {
  const sheet = seedSheet(name, [
    ["My own model", "", ""],
    ["", "FY2024", "FY2025"],
    ["Revenue", 100, 140],
    ["Cost of revenue", 40, 58],
    ["Gross margin", "=1-B4/B3", "=1-C4/C3"],
  ]);
  cellAt(sheet, 4, 1).value = 0.6;
  cellAt(sheet, 4, 2).value = 0.586;
  cellAt(sheet, 4, 1).numberFormat = "0.0%";
  cellAt(sheet, 4, 2).numberFormat = "0.0%";
  cellAt(sheet, 0, 0).font = { bold: true, size: 14 };
  cellAt(sheet, 2, 1).font = { color: "#0000FF" };
  cellAt(sheet, 7, 3).fill = "#FFFF00"; // formatted, empty
  sheet.columnWidths.set(0, 120);
  sheet.names.push({ name: "Revenue", range: "B3:C3" });
  sheet.conditionalFormats.push({ range: "B5:C5", type: "CellValue", fontColor: "#9C0006" });
  sheet.charts.push({ type: "Line", source: "A2:C4", seriesBy: "Rows", title: "Mine" });
  sheet.frozen = { rows: 2, columns: 1 };
  return sheet;
}

/** Sheets named as every template's sheets ("Inputs", "Depreciation cliff", "Data"), each holding data. */
export const EXISTING_SHEETS = ["Sheet1", "Inputs", "Depreciation cliff", "Data"] as const;

export function workbookWithData(): FakeExcel {
  return new FakeExcel(EXISTING_SHEETS.map(dataSheet), "Sheet1");
}

/** Every existing sheet as comparable data. */
export function snapshots(excel: FakeExcel, names: readonly string[]): unknown[] {
  return names.map((n) => snapshot(excel.sheet(n)));
}

/** `sleep` that does not wait, for the busy retries. */
export const noWait = async () => undefined;

export const allSupported = () => true;
