/**
 * Renders a workbook plan through Office.js in two `context.sync()` calls whatever its size,
 * none in a loop:
 *   sync 1: read the existing sheet names (so nothing is overwritten: ours get " (2)"...);
 *   sync 2: add the sheets and write everything (`planOps`: one block of formulas and one of
 *           number formats per sheet, style runs, widths, status colours, charts, panes, names),
 *           then activate the plan's sheet; with `readBack`, the same batch then reads each new
 *           sheet's id and used cells, for the insertion's record (insertions/record.ts).
 * Only sheets this batch adds are written: no existing sheet, cell or name can change.
 *
 * Size: the write request is estimated from the operations before anything is queued
 * (`requestEstimate`) and a plan above REQUEST_BUDGET_BYTES (2 MB, against Excel on the web's
 * 5 MB) is refused with nothing written. Measured with office.js's own request builder
 * (test/host/officeJsRequest), the templates' write requests are 54-93 KB and an SEC import over
 * 18-19 fiscal years about 0.5 MB; the estimate is 1.05-1.21 times those, never below.
 * Requirement sets: see requirements.ts (ExcelApi 1.7); the host checks them first.
 */
import { STATUSES } from "../core/framework/status";
import type { WorkbookPlan } from "../templates/plan";
import { STATUS_FORMATS, type CellFormat } from "../templates/styles";
import { queueReadBack, type ReadBack } from "./insertions/officeStore";
import type { RecordedSheet } from "./insertions/record";
import { ACTION_OVERHEAD_BYTES, frozenRange, planOps, requestEstimate, REQUEST_BUDGET_BYTES, type PlanOp } from "./planOps";

/** Final names of the plan's sheets, given the workbook's (resolvePlan from the templates). */
export type PlanResolver = (plan: WorkbookPlan, existingSheetNames: readonly string[]) => WorkbookPlan;

export interface WriteReport {
  /** Final names of the sheets written, in plan order. */
  sheetNames: string[];
  /** The sheet activated. */
  activated: string;
  /** Wanted names the workbook already had (their sheets got a suffix instead). */
  renamed: string[];
  /** The estimate the write request was checked against. */
  requestBytes: number;
  /** With `readBack`: each sheet written, its id and the fingerprint of its used cells. */
  added: RecordedSheet[];
}

export interface WriteOptions {
  /** Largest estimated write request allowed; REQUEST_BUDGET_BYTES by default. */
  budgetBytes?: number;
  /** Read back each new sheet's id and used cells in the write's batch (for the insertion's record). */
  readBack?: boolean;
}

/** A plan too large to write in one request: refused before anything was written. */
export class PlanTooLargeError extends Error {
  constructor(
    readonly title: string,
    readonly bytes: number,
    readonly budget: number,
  ) {
    super(
      `${title} would need a request of about ${(bytes / 1048576).toFixed(1)} MB, more than the ${(budget / 1048576).toFixed(1)} MB ` +
        "AIFLAG sends to Excel at once: nothing was written.",
    );
    this.name = "PlanTooLargeError";
  }
}

export function applyFormat(range: Excel.Range, f: CellFormat): void {
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor) range.format.font.color = f.fontColor;
  if (f.fontSize) range.format.font.size = f.fontSize;
  if (f.fill) range.format.fill.color = f.fill;
  if (f.horizontalAlignment) range.format.horizontalAlignment = f.horizontalAlignment;
}

/** RED / WATCH / OK text coloured as Excel's bad / neutral / good styles. */
export function addStatusColours(range: Excel.Range): void {
  for (const status of STATUSES) {
    const cf = range.conditionalFormats.add("ContainsText");
    cf.textComparison.format.font.color = STATUS_FORMATS[status].fontColor;
    cf.textComparison.format.fill.color = STATUS_FORMATS[status].fill;
    cf.textComparison.rule = { operator: "BeginsWith", text: status };
  }
}

function freeze(ws: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(frozenRange(rows, columns)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else ws.freezePanes.freezeColumns(columns);
}

/** Queues one operation (no sync). `sheets` holds the worksheets this batch added, by key. */
function queue(worksheets: Excel.WorksheetCollection, sheets: Map<string, Excel.Worksheet>, op: PlanOp): void {
  if (op.op === "addSheet") {
    sheets.set(op.key, worksheets.add(op.name));
    return;
  }
  const ws = sheets.get(op.key);
  // Never reached by a resolved plan (resolvePlan checks every key): fail loudly rather than
  // write to some other sheet.
  if (!ws) throw new Error(`the plan refers to sheet key "${op.key}", which it does not add`);
  switch (op.op) {
    case "cells": {
      const range = ws.getRange(op.address);
      range.numberFormat = op.numberFormats;
      range.formulas = op.formulas;
      return;
    }
    case "style":
      return applyFormat(ws.getRange(op.address), op.format);
    case "columnWidth":
      ws.getRange(`${op.column}:${op.column}`).format.columnWidth = op.width;
      return;
    case "statusColours":
      return addStatusColours(ws.getRange(op.range));
    case "chart": {
      const { chart } = op;
      const added = ws.charts.add(chart.type === "line" ? "Line" : "ColumnClustered", ws.getRange(chart.dataRange), chart.seriesBy === "rows" ? "Rows" : "Columns");
      added.title.text = chart.title;
      added.setPosition(chart.anchor, op.end);
      return;
    }
    case "freeze":
      return freeze(ws, op.rows, op.columns);
    case "name":
      ws.names.add(op.name, ws.getRange(op.range), op.comment);
      return;
    case "activate":
      ws.activate();
      return;
  }
}

/** Calls the read-back adds per sheet: load its id, get its used range, load that range. */
export const READ_BACK_CALLS = 3;

/** What reading back `sheets` new sheets adds to the write request (their data comes in the answer). */
export function readBackBytes(sheets: number): number {
  return sheets * READ_BACK_CALLS * (ACTION_OVERHEAD_BYTES + 32);
}

/**
 * Queues everything that writes `plan` into new sheets, given the names the workbook holds (no
 * sync): checked against the request budget first. The report is read after the caller's sync.
 */
export function queuePlan(context: Excel.RequestContext, plan: WorkbookPlan, existing: readonly string[], resolve: PlanResolver, options: WriteOptions = {}): () => WriteReport {
  const worksheets = context.workbook.worksheets;
  const resolved = resolve(plan, existing);
  const ops = planOps(resolved);
  const planned = requestEstimate(ops);
  const estimate = options.readBack ? { calls: planned.calls + READ_BACK_CALLS * resolved.sheets.length, bytes: planned.bytes + readBackBytes(resolved.sheets.length) } : planned;
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  if (estimate.bytes > budget) throw new PlanTooLargeError(plan.title, estimate.bytes, budget);

  const sheets = new Map<string, Excel.Worksheet>();
  for (const op of ops) queue(worksheets, sheets, op);
  const reads: Array<{ name: string; ws: Excel.Worksheet; read: () => ReadBack }> = [];
  if (options.readBack) {
    for (const sheet of resolved.sheets) {
      const ws = sheets.get(sheet.key) as Excel.Worksheet;
      ws.load("id");
      reads.push({ name: sheet.name, ws, read: queueReadBack(ws.getUsedRange(true)) });
    }
  }

  const active = resolved.sheets.find((s) => s.key === resolved.activate) ?? resolved.sheets[0];
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return () => ({
    sheetNames: resolved.sheets.map((s) => s.name),
    activated: active?.name ?? "",
    renamed: plan.sheets.filter((s) => taken.has(s.name.toLowerCase())).map((s) => s.name),
    requestBytes: estimate.bytes,
    added: reads.map(({ name, ws, read }) => ({ id: ws.id, name, fingerprint: read().fingerprint })),
  });
}

/** Writes `plan` into new sheets of the workbook: two syncs, nothing existing touched. */
export async function writePlan(context: Excel.RequestContext, plan: WorkbookPlan, resolve: PlanResolver, options: WriteOptions = {}): Promise<WriteReport> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const report = queuePlan(context, plan, worksheets.items.map((ws) => ws.name), resolve, options);
  await context.sync();
  return report();
}
