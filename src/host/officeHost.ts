/**
 * The Office.js host: the only module that calls Excel for the taskpane. Each operation is one
 * `Excel.run` per try (held by Excel while a cell is being edited: `runDelayingForCellEdit`),
 * retried where Excel refuses it instead (`retry.ts`), after a check of the
 * requirement set it needs (`requirements.ts`). The batches themselves live in their own modules:
 *   insertFormula        here: 2 syncs (read the active cell; write it only when empty);
 *   writePlan            officeWriter.ts: 2 syncs (sheet names; add and write new sheets);
 *   readSelection        selectionReader.ts: at most 2 syncs (size; values);
 *   writeFormulasBeside  besideWriter.ts: 2 syncs (read a window; write into empty cells).
 * None syncs in a loop. A cell holding anything (a value, a formula, even `=""`) is never written.
 * After anything is written, AIFLAG is set to load with the workbook (`loadOnOpen.ts`).
 */
import type { Analysis } from "../analysis";
import type { WorkbookPlan } from "../templates/plan";
import { resolvePlan } from "../templates/resolve";
import { writeBeside } from "./besideWriter";
import { insertResult, type BesideResult, type Host, type InsertResult, type PlanResult, type SelectionResult } from "./host";
import { besideResult, planResult, selectionResult } from "./messages";
import { createLoadOnOpen, withNote, type StartupSetting } from "./loadOnOpen";
import { writePlan, type PlanResolver, type WriteOptions } from "./officeWriter";
import { supportsSafe, unsupportedMessage, type Operation, type SetSupport } from "./requirements";
import { retryWhileEditing, type RetryOptions } from "./retry";
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
  startup?: StartupSetting;
}

/** Whether a cell, as loaded, holds nothing: no value and no formula. */
export function isEmptyCell(values: unknown[][], formulas: unknown[][]): boolean {
  const blank = (x: unknown) => x === "" || x === null || x === undefined;
  return blank(values[0]?.[0]) && blank(formulas[0]?.[0]);
}

/** One attempt: read the active cell (sync 1) and, when it is empty, write the formula (sync 2). */
export async function insertIntoActiveCell(context: Excel.RequestContext, formula: string): Promise<InsertResult> {
  const cell = context.workbook.getActiveCell();
  cell.load(["address", "values", "formulas"]);
  await context.sync();
  const address = cell.address;
  if (!isEmptyCell(cell.values, cell.formulas)) return insertResult.cellNotEmpty(address);
  cell.formulas = [[formula]];
  await context.sync();
  return insertResult.inserted(address);
}

const noSupport: SetSupport = () => false;

export function createOfficeHost(options: OfficeHostOptions): Host {
  const { run, hostName = "Excel", retry, supports = noSupport, resolve = resolvePlan, write, maxSelectionCells = MAX_SELECTION_CELLS } = options;
  const supported = (operation: Operation) => supportsSafe(supports, operation);
  /** Each try is a whole `Excel.run`: a batch refused in cell-edit mode wrote nothing. */
  const attempt = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => retryWhileEditing(() => run(batch), retry);
  const loadOnOpen = createLoadOnOpen(options.startup);
  /** The outcome, and when something was written, what loading with the workbook became. */
  const noted = async <R extends { message: string }>(result: R, wrote: boolean): Promise<R> => (wrote ? withNote(result, await loadOnOpen.afterInsertion()) : result);
  return {
    connected: true,
    hostName,
    async insertFormula(formula: string): Promise<InsertResult> {
      const outcome = await attempt((context) => insertIntoActiveCell(context, formula));
      if (!outcome.done) return insertResult.busy(outcome.message);
      return noted(outcome.value, outcome.value.outcome === "inserted");
    },
    async writePlan(plan: WorkbookPlan): Promise<PlanResult> {
      if (!supported("writePlan")) return planResult.unsupported(unsupportedMessage("writePlan"));
      if (plan.sheets.length === 0) return planResult.inserted([], "");
      const outcome = await attempt((context) => writePlan(context, plan, resolve, write));
      if (!outcome.done) return planResult.busy();
      const { sheetNames, activated, renamed } = outcome.value;
      return noted(planResult.inserted(sheetNames, activated, renamed), sheetNames.length > 0);
    },
    async readSelection(): Promise<SelectionResult> {
      if (!supported("readSelection")) return selectionResult.unavailable(unsupportedMessage("readSelection"));
      const outcome = await attempt((context) => readSelection(context, maxSelectionCells));
      return outcome.done ? outcome.value : selectionResult.busy();
    },
    async writeFormulasBeside(analysis: Analysis): Promise<BesideResult> {
      if (!supported("writeFormulasBeside")) return besideResult.unavailable(unsupportedMessage("writeFormulasBeside"));
      const outcome = await attempt((context) => writeBeside(context, analysis));
      if (!outcome.done) return besideResult.busy();
      return noted(outcome.value, outcome.value.outcome === "written");
    },
    loadOnOpen: loadOnOpen.loadOnOpen,
    setLoadOnOpen: loadOnOpen.setLoadOnOpen,
    onLoadOnOpenChange: loadOnOpen.onLoadOnOpenChange,
  };
}
