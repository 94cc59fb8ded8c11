/**
 * The host: everything the taskpane may ask of the spreadsheet, with no Office types in it.
 * Components receive a `Host` as a prop, so they render and test without Office; `officeHost`
 * talks to Excel, `nullHost` stands in outside Excel (a plain browser, the preview, tests).
 *
 * Three hosts implement it: `officeHost` (Excel, through Office.js), `nullHost` (a plain
 * browser: formulas go to the clipboard, nothing else can be done) and the preview's host
 * (src/preview: a workbook held by the formula engine). Templates and the analysis are the same
 * pure plans for all three (src/templates, src/analysis): only the writing differs. While
 * office.js has not yet answered, `pendingHost` stands in and hands every call on to the host
 * it leads to (detect.ts).
 */

import type { Analysis, BlockValue, Selection } from "../analysis";
import type { WorkbookPlan } from "../templates/plan";
import type { InsertionSummary } from "./insertions/record";

export type { InsertionSummary } from "./insertions/record";

/** What happened to a formula the user asked to insert. Every outcome carries a plain sentence. */
export type InsertResult =
  /** Written into the active cell. */
  | { outcome: "inserted"; address: string; message: string }
  /** Outside Excel: put on the clipboard instead. */
  | { outcome: "copied"; message: string }
  /** The active cell holds something: nothing was written. */
  | { outcome: "cell-not-empty"; address: string; message: string }
  /** Excel kept refusing calls (a cell is being edited): nothing was written. */
  | { outcome: "busy"; message: string }
  /** Neither inserting nor copying is possible: the user copies the formula by hand. */
  | { outcome: "copy-by-hand"; formula: string; message: string };

export type InsertOutcome = InsertResult["outcome"];

/** What happened to a template the user asked to insert. */
export type PlanResult =
  /** New sheets were added (existing names got " (2)"...); the first listed was activated. */
  | { outcome: "inserted"; sheetNames: string[]; message: string }
  /** Excel kept refusing calls (a cell is being edited): nothing was written. */
  | { outcome: "busy"; message: string }
  /** This Excel lacks an API the insertion needs, or there is no workbook at all. */
  | { outcome: "unsupported"; message: string }
  /** Replacing was asked, but the sheets inserted before were changed since: nothing was written. */
  | { outcome: "refused"; message: string };

/** The block the user selected, as plain data for `analyseSelection`. */
export type SelectionResult =
  | { outcome: "read"; selection: Selection }
  | { outcome: "busy"; message: string }
  /** Nothing sensible to read: no workbook, a selection too large, a chart selected... */
  | { outcome: "unavailable"; message: string };

/** The selected range as the formula builder takes it: where it is, its shape, and its values. */
export interface SelectedRange {
  sheet: string;
  /** "B10:F10", on `sheet`. */
  address: string;
  /** As a formula refers to it: "Sheet1!B10:F10", "'My model'!B10:F10". */
  reference: string;
  rows: number;
  cols: number;
  /** Row-major, as `Range.values` gives them (blanks ""); absent for a range too large to read. */
  values?: BlockValue[][];
}

export type RangeResult =
  | { outcome: "read"; range: SelectedRange }
  | { outcome: "busy"; message: string }
  | { outcome: "unavailable"; message: string };

/** What happened to the last insertion the user asked AIFLAG to remove. */
export type RemoveResult =
  | { outcome: "removed"; message: string }
  /** The cells were changed since AIFLAG wrote them, or are gone: nothing was removed. */
  | { outcome: "refused"; message: string }
  | { outcome: "nothing"; message: string }
  | { outcome: "busy"; message: string }
  | { outcome: "unavailable"; message: string };

/** How a template is added. */
export interface TemplateOptions {
  /**
   * Delete the sheets AIFLAG inserted last time for this template (as its record says, and only
   * if they are as AIFLAG left them) and put the new ones in their place, under their names,
   * instead of adding copies named " (2)".
   */
  replace?: boolean;
  /** The template's id, kept in the insertion's record so that `replace` finds its sheets next time. */
  template?: string;
}

/** What happened to the formulas written beside an analysed block. */
export type BesideResult =
  | { outcome: "written"; address: string; message: string }
  | { outcome: "nothing"; message: string }
  | { outcome: "busy"; message: string }
  | { outcome: "unavailable"; message: string };

/**
 * Whether AIFLAG loads when this workbook opens (`Office.addin` startup behaviour, SharedRuntime
 * 1.1): "on" means its functions calculate as soon as the workbook opens instead of showing
 * #BUSY! until the pane is opened; "unavailable" where the host cannot say (outside Excel, the
 * preview, an Excel without SharedRuntime 1.1).
 */
export type LoadOnOpen = "on" | "off" | "unavailable";

export interface LoadOnOpenResult {
  state: LoadOnOpen;
  message: string;
}

export interface Host {
  /** True inside Excel: formulas are inserted; false: they are copied instead. */
  readonly connected: boolean;
  /**
   * True while office.js has not yet said whether Excel is there (a slow start): the pane says
   * "Connecting to Excel..." and calls wait for the answer. Absent means false.
   */
  readonly connecting?: boolean;
  /** For people: "Excel", or "not connected". */
  readonly hostName: string;
  /** Why the pane is not connected, when there is more to say than "not in Excel" (office.js did not load). */
  readonly notConnectedReason?: string;
  /**
   * Puts `formula` (e.g. `=AIFLAG.FCFCONV(1,2,3)`) into the active cell, never over a cell
   * that holds something. Expected outcomes (inserted, not empty, busy, copied) resolve as an
   * `InsertResult`; anything unexpected (a protected sheet, a lost connection) rejects with
   * the original error, so that it surfaces instead of being swallowed.
   */
  insertFormula(formula: string, numberFormat?: string): Promise<InsertResult>;
  /**
   * Adds the plan's sheets to the workbook and writes them; never touches an existing sheet
   * or cell. Activates the plan's `activate` sheet. With `replace`, first deletes the sheets
   * AIFLAG inserted for this template last time, if they are as it left them.
   */
  writePlan(plan: WorkbookPlan, options?: TemplateOptions): Promise<PlanResult>;
  /** Reads the selected block (sheet, address, values) for the analysis. */
  readSelection(): Promise<SelectionResult>;
  /** Reads where the selection is, its shape and (when not too large) its values, for the formula builder. */
  readSelectionAddress(): Promise<RangeResult>;
  /**
   * Writes `planFormulas(analysis)` beside the analysed block, after checking its target is
   * empty; when it is not, moves along (`findEmptyArea`) to the first empty place. Never
   * changes a cell that holds anything, except a table AIFLAG itself wrote beside the same
   * block and nobody changed since: that table is updated in place.
   */
  writeFormulasBeside(analysis: Analysis): Promise<BesideResult>;
  /** What AIFLAG inserted last in this workbook (from its record there); undefined for nothing. Never rejects. */
  lastInsertion(): Promise<InsertionSummary | undefined>;
  /** Removes the last insertion if its cells and sheets are as AIFLAG left them; otherwise removes nothing and says why. */
  removeLastInsertion(): Promise<RemoveResult>;
  /** Calls `listener` after anything is inserted or removed; returns the unsubscribe. */
  onInsertionsChange(listener: () => void): () => void;
  /** Whether AIFLAG loads when this workbook opens. Never rejects: "unavailable" when it cannot say. */
  loadOnOpen(): Promise<LoadOnOpen>;
  /** Turns loading with the workbook on or off; resolves with the new state and a sentence. */
  setLoadOnOpen(on: boolean): Promise<LoadOnOpenResult>;
  /** Calls `listener` whenever the state changes (an insertion turns it on); returns the unsubscribe. */
  onLoadOnOpenChange(listener: (state: LoadOnOpen) => void): () => void;
}

/** Whether the formula reached the sheet or the clipboard. */
export function succeeded(result: InsertResult): boolean {
  return result.outcome === "inserted" || result.outcome === "copied";
}

/** The one place the outcome sentences are written, so both hosts read the same. */
export const insertResult = {
  inserted: (address: string): InsertResult => ({ outcome: "inserted", address, message: `Inserted into ${address}.` }),
  copied: (): InsertResult => ({
    outcome: "copied",
    message: "Copied to the clipboard: paste it into a cell in Excel.",
  }),
  cellNotEmpty: (address: string): InsertResult => ({
    outcome: "cell-not-empty",
    address,
    message: `${address} is not empty, so nothing was written: select an empty cell and try again.`,
  }),
  busy: (message: string): InsertResult => ({ outcome: "busy", message }),
  copyByHand: (formula: string): InsertResult => ({
    outcome: "copy-by-hand",
    formula,
    message: "Copying is not available here: select the formula and copy it by hand.",
  }),
};
