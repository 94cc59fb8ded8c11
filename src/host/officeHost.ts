/**
 * The Office.js host: the only module that calls Excel for the taskpane. Each operation is one
 * `Excel.run` per try (held by Excel while a cell is being edited: `runDelayingForCellEdit`),
 * retried where Excel refuses it instead (`retry.ts`), after a check of the
 * requirement set it needs (`requirements.ts`). The batches themselves live in their own modules:
 *   insertFormula        here: 3 syncs (read the active cell; write it only when empty, and read
 *                        it back; record the insertion);
 *   writePlan            officeWriter.ts: 3 syncs (sheet names; add and write new sheets, and
 *                        read them back; record), 4 when replacing the sheets inserted before;
 *   readSelection        selectionReader.ts: at most 2 syncs (size; values);
 *   readSelectionAddress selectedRange.ts: at most 2 syncs (address and size; values);
 *   writeFormulasBeside  officeBeside.ts: 3 syncs (read a window; write into empty cells; record),
 *                        4 when a table written before is updated in place;
 *   lastInsertion        1 sync (the records); removeLastInsertion insertions/officeRemoval.ts: 3.
 * None syncs in a loop. A cell holding anything (a value, a formula, even `=""`) is never written.
 * Every insertion is recorded in the workbook (insertions/record.ts) where Excel supports its
 * settings (ExcelApi 1.4); without that, one sync less and nothing to remove or update in place.
 * After anything is written, AIFLAG is set to load with the workbook (`loadOnOpen.ts`).
 */
import type { Analysis } from "../analysis";
import { isEmptyContent } from "../core/cells/values";
import type { WorkbookPlan } from "../templates/plan";
import { resolvePlan } from "../templates/resolve";
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
} from "./host";
import { createInsertionEvents } from "./insertions/events";
import { localAddress, queueAddRecord, queueReadBack, queueReadRecords } from "./insertions/officeStore";
import { removeLastInsertion } from "./insertions/officeRemoval";
import { formulaRecord, summaryOf, type InsertionRecord, type InsertionSummary } from "./insertions/record";
import { removalMessages } from "./insertions/removal";
import { besideResult, planResult, rangeResult, selectionResult } from "./messages";
import { createLoadOnOpen, withNote, type StartupSetting } from "./loadOnOpen";
import { writeTemplate, type PlanResolver, type WriteOptions } from "./officeTemplate";
import { supportsSafe, unsupportedMessage, type Operation, type SetSupport } from "./requirements";
import { retryWhileEditing, type RetryOptions } from "./retry";
import { readSelectedRange } from "./selectedRange";
import { readSelection, MAX_SELECTION_CELLS } from "./selectionReader";

/** `Excel.run`, narrowed to the one form used here (and easy to hand a mock). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`'s overload that takes options, as office.js declares it (the `Excel` global satisfies it). */
export interface ExcelWithOptions {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Every batch with `{ delayForCellEdit: true }`: while the user is typing in a cell, Excel holds
 * the batch until the edit ends instead of failing it (Microsoft Learn, "Delay execution while
 * cell is being edited"; `Excel.RunOptions.delayForCellEdit`). The option is honoured only where
 * Excel supports the "DelayForCellEdit" requirement set: office.js (1.1.110, `onBeforeExcelRun`)
 * checks `isSetSupported("DelayForCellEdit")` and otherwise sends the batch as before, which
 * Excel then refuses with InvalidOperationInCellEditMode; the busy retry (`retry.ts`) stays as
 * the fallback for those versions. `excel` is looked up at each call, once Excel is known to be there.
 */
export function runDelayingForCellEdit(excel: () => ExcelWithOptions): ExcelRun {
  return (batch) => excel().run({ delayForCellEdit: true }, batch);
}

export interface OfficeHostOptions {
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`; without it nothing beyond insertFormula is attempted. */
  supports?: SetSupport;
  /** Shown to people; default "Excel". */
  hostName?: string;
  /** Busy-retry timing; the default is 3 tries over about 1.5 s. */
  retry?: RetryOptions;
  /** How sheet names are made unique; the templates' `resolvePlan` by default. */
  resolve?: PlanResolver;
  /** Write-request budget for templates (tests lower it). */
  write?: WriteOptions;
  /** Largest selection read, in cells. */
  maxSelectionCells?: number;
  /** `Office.addin`'s startup behaviour (SharedRuntime 1.1); without it the add-in never sets itself to load with the workbook. */
  startup?: StartupSetting | undefined;
}

/** Whether a cell, as loaded, holds nothing: no value and no formula. */
export function isLoadedCellEmpty(values: unknown[][], formulas: unknown[][]): boolean {
  return isEmptyContent(values[0]?.[0]) && isEmptyContent(formulas[0]?.[0]);
}

export interface InsertOptions {
  /** Excel's number format for the cell (the function's value kind); left as it is when absent. */
  numberFormat?: string;
  /** Record the insertion in the workbook, so that it can be removed. */
  record?: boolean;
}

/**
 * One attempt: read the active cell (sync 1) and, when it is empty, write the formula and its
 * number format (sync 2, reading the cell back); then record the insertion (sync 3).
 */
export async function insertIntoActiveCell(context: Excel.RequestContext, formula: string, options: InsertOptions = {}): Promise<InsertResult> {
  const cell = context.workbook.getActiveCell();
  cell.load(["address", "values", "formulas"]);
  // The active cell is on the active sheet: its id goes in the record.
  const sheet = options.record ? context.workbook.worksheets.getActiveWorksheet() : undefined;
  sheet?.load(["id", "name"]);
  const readRecords = options.record ? queueReadRecords(context) : undefined;
  await context.sync();
  const address = cell.address;
  if (!isLoadedCellEmpty(cell.values, cell.formulas)) return insertResult.cellNotEmpty(address);
  if (options.numberFormat !== undefined) cell.numberFormat = [[options.numberFormat]];
  cell.formulas = [[formula]];
  const back = readRecords ? queueReadBack(cell) : undefined;
  await context.sync();
  if (readRecords && back && sheet) {
    const records = readRecords();
    const written = back();
    queueAddRecord(context, formulaRecord(records, formula, { sheetId: sheet.id, sheet: sheet.name, ...written, formatted: options.numberFormat === undefined ? [] : [localAddress(address)] }), records);
    await context.sync();
  }
  return insertResult.inserted(address);
}

/** One sync: the records. */
async function readRecords(context: Excel.RequestContext): Promise<InsertionRecord[]> {
  const read = queueReadRecords(context);
  await context.sync();
  return read();
}

const noSupport: SetSupport = () => false;

export function createOfficeHost(options: OfficeHostOptions): Host {
  const { run, hostName = "Excel", retry, supports = noSupport, resolve = resolvePlan, write, maxSelectionCells = MAX_SELECTION_CELLS } = options;
  const supported = (operation: Operation) => supportsSafe(supports, operation);
  /** Each try is a whole `Excel.run`: a batch refused in cell-edit mode wrote nothing. */
  const attempt = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => retryWhileEditing(() => run(batch), retry);
  const loadOnOpen = createLoadOnOpen(options.startup);
  const events = createInsertionEvents();
  /** The outcome, and when something was written, what loading with the workbook became. */
  const noted = async <R extends { message: string }>(result: R, wrote: boolean): Promise<R> => {
    if (!wrote) return result;
    events.changed();
    return withNote(result, await loadOnOpen.afterInsertion());
  };
  const record = () => supported("recordInsertions");
  return {
    connected: true,
    hostName,
    async insertFormula(formula: string, numberFormat?: string): Promise<InsertResult> {
      const outcome = await attempt((context) => insertIntoActiveCell(context, formula, { record: record(), ...(numberFormat === undefined ? {} : { numberFormat }) }));
      if (!outcome.done) return insertResult.busy(outcome.message);
      return noted(outcome.value, outcome.value.outcome === "inserted");
    },
    async writePlan(plan: WorkbookPlan, templateOptions: TemplateOptions = {}): Promise<PlanResult> {
      if (!supported("writePlan")) return planResult.unsupported(unsupportedMessage("writePlan"));
      if (plan.sheets.length === 0) return planResult.inserted([], "");
      const outcome = await attempt((context) => writeTemplate(context, plan, { resolve, write, record: record(), replace: templateOptions.replace === true, ...(templateOptions.template ? { template: templateOptions.template } : {}) }));
      if (!outcome.done) return planResult.busy();
      return noted(outcome.value, outcome.value.outcome === "inserted" && outcome.value.sheetNames.length > 0);
    },
    async readSelection(): Promise<SelectionResult> {
      if (!supported("readSelection")) return selectionResult.unavailable(unsupportedMessage("readSelection"));
      const outcome = await attempt((context) => readSelection(context, maxSelectionCells));
      return outcome.done ? outcome.value : selectionResult.busy();
    },
    async readSelectionAddress(): Promise<RangeResult> {
      if (!supported("readSelectionAddress")) return rangeResult.unavailable(unsupportedMessage("readSelectionAddress"));
      const outcome = await attempt((context) => readSelectedRange(context));
      return outcome.done ? outcome.value : rangeResult.busy();
    },
    async writeFormulasBeside(analysis: Analysis): Promise<BesideResult> {
      if (!supported("writeFormulasBeside")) return besideResult.unavailable(unsupportedMessage("writeFormulasBeside"));
      // The Analyse panel's chunk holds the analysis; writing beside is only ever asked from there.
      const { writeBeside } = await import(/* webpackChunkName: "analyse" */ "./officeBeside");
      const outcome = await attempt((context) => writeBeside(context, analysis, { record: record() }));
      if (!outcome.done) return besideResult.busy();
      return noted(outcome.value, outcome.value.outcome === "written");
    },
    async lastInsertion(): Promise<InsertionSummary | undefined> {
      if (!record()) return undefined;
      try {
        const outcome = await attempt(readRecords);
        const records = outcome.done ? outcome.value : [];
        const last = records[records.length - 1];
        return last ? summaryOf(last) : undefined;
      } catch {
        // Not knowing means offering nothing to remove: the pane stays usable.
        return undefined;
      }
    },
    async removeLastInsertion(): Promise<RemoveResult> {
      if (!supported("removeInsertion")) return { outcome: "unavailable", message: removalMessages.unsupported };
      const outcome = await attempt(removeLastInsertion);
      if (!outcome.done) return { outcome: "busy", message: outcome.message };
      if (outcome.value.outcome === "removed") events.changed();
      return outcome.value;
    },
    onInsertionsChange: events.subscribe,
    loadOnOpen: loadOnOpen.loadOnOpen,
    setLoadOnOpen: loadOnOpen.setLoadOnOpen,
    onLoadOnOpenChange: loadOnOpen.onLoadOnOpenChange,
  };
}
