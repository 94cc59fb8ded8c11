/**
 * The sentences of the template and analysis outcomes, written once so that every host (Office,
 * not connected, the preview) reads the same. Plain text: the pane renders them as text.
 */
import { formatAmount } from "../core/format/numbers";
import type { BesideResult, PlanResult, RangeResult, SelectionResult } from "./host";
import { BUSY_MESSAGE } from "./retry";

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const planResult = {
  /**
   * "Added sheets Inputs (2), Flags and Checks; Flags is open. A sheet named Inputs already
   * existed and was left as it was."
   */
  inserted(sheetNames: readonly string[], activated: string, renamed: readonly string[] = []): PlanResult {
    if (sheetNames.length === 0) return { outcome: "inserted", sheetNames: [], message: "The template holds no sheet: nothing was added." };
    const added = `Added ${sheetNames.length === 1 ? "sheet" : "sheets"} ${listOf(sheetNames)}`;
    const open = activated && sheetNames.length > 1 ? `; ${activated} is open.` : ".";
    const kept =
      renamed.length === 0
        ? ""
        : ` ${renamed.length === 1 ? "A sheet" : "Sheets"} named ${listOf(renamed)} already existed and ${renamed.length === 1 ? "was" : "were"} left as ${renamed.length === 1 ? "it was" : "they were"}.`;
    return { outcome: "inserted", sheetNames: [...sheetNames], message: `${added}${open}${kept}` };
  },
  busy: (): PlanResult => ({ outcome: "busy", message: BUSY_MESSAGE }),
  unsupported: (message: string): PlanResult => ({ outcome: "unsupported", message }),
};

/** Said when a template replaces the sheets AIFLAG inserted for it before. */
export const replaceMessages = {
  refused: (reason: string) =>
    `Nothing was replaced or added: ${reason}. Insert the template as new sheets instead, or delete the old ones by hand.`,
  none: "No sheets from an earlier insertion of this template were found in this workbook, so new ones were added.",
  replaced: (names: readonly string[]) => `Replaced the sheets AIFLAG inserted before (${listOf(names)}).`,
} as const;

export const selectionResult = {
  busy: (): SelectionResult => ({ outcome: "busy", message: BUSY_MESSAGE }),
  unavailable: (message: string): SelectionResult => ({ outcome: "unavailable", message }),
  /** A block larger than the pane reads. */
  tooLarge: (cells: number, address: string, limit: number): SelectionResult => ({
    outcome: "unavailable",
    message:
      `The selection holds ${formatAmount(cells)} cells in use (${address}); AIFLAG analyses at most ${formatAmount(limit)}: ` +
      "select just the block of your model (its labels and figures), then try again.",
  }),
  empty: (): SelectionResult => ({
    outcome: "unavailable",
    message: "The selected cells are empty: select the labels and figures of your model, then try again.",
  }),
  notCells: (): SelectionResult => ({
    outcome: "unavailable",
    message: "Select one block of cells (not several areas, a chart or a shape), then try again.",
  }),
};

export const rangeResult = {
  busy: (): RangeResult => ({ outcome: "busy", message: BUSY_MESSAGE }),
  unavailable: (message: string): RangeResult => ({ outcome: "unavailable", message }),
  notCells: (): RangeResult => ({
    outcome: "unavailable",
    message: "Select one block of cells (not several areas, a chart or a shape), then click Use selection again.",
  }),
};

export const besideResult = {
  /** "Wrote 5 formulas in Sheet1!H2:K9." (and where it moved, when the place beside was taken). */
  written(address: string, formulas: number, movedFrom?: string): BesideResult {
    const what = `${formulas} ${formulas === 1 ? "formula" : "formulas"}`;
    const message = movedFrom
      ? `${movedFrom} was not empty, so the ${what} ${formulas === 1 ? "was" : "were"} written in ${address} instead (the first empty area along).`
      : `Wrote ${what} in ${address}.`;
    return { outcome: "written", address, message };
  },
  /** "Updated the 5 formulas AIFLAG wrote beside this block, in place: Model!H2:K9." */
  updated(address: string, formulas: number): BesideResult {
    return { outcome: "written", address, message: `Updated the ${formulas} ${formulas === 1 ? "formula" : "formulas"} AIFLAG wrote beside this block, in place: ${address}.` };
  },
  /** The outcome, then why the table AIFLAG wrote before was not updated in place. */
  notInPlace(result: BesideResult, reason: string): BesideResult {
    return { ...result, message: `${result.message} ${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` };
  },
  nothing: (message: string): BesideResult => ({ outcome: "nothing", message }),
  busy: (): BesideResult => ({ outcome: "busy", message: BUSY_MESSAGE }),
  unavailable: (message: string): BesideResult => ({ outcome: "unavailable", message }),
  noRoom: (rows: number, cols: number, searched: string): BesideResult => ({
    outcome: "unavailable",
    message:
      `There is no empty area of ${rows} rows by ${cols} columns in ${searched} beside the block: ` +
      "make room next to it, then try again. Nothing was written.",
  }),
  sheetGone: (sheet: string): BesideResult => ({
    outcome: "unavailable",
    message: `The sheet "${sheet}" is no longer in the workbook: analyse the selection again. Nothing was written.`,
  }),
};

/**
 * Said on the taskpane page when office.js itself did not load: the page asks Microsoft's CDN for
 * it, and without it nothing can reach Excel.
 */
export const OFFICE_JS_MISSING =
  "office.js, Microsoft's library that connects add-ins to Excel, did not load (https://appsforoffice.microsoft.com could not be reached): " +
  "AIFLAG cannot write into the workbook, so formulas are copied instead. Check the network connection or proxy, then close and reopen the pane.";

/** What the not-connected host answers: the templates and the analysis need a workbook. */
export const NOT_CONNECTED_MESSAGES = {
  writePlan: "Templates are written into a workbook: open AIFLAG in Excel (or the browser preview) to insert one.",
  readSelection: "Analysing a selection needs a workbook: open AIFLAG in Excel (or the browser preview), select a block of your model, then try again.",
  writeFormulasBeside: "Writing formulas needs a workbook: open AIFLAG in Excel (or the browser preview) to write them beside your block.",
  readSelectionAddress: "Using a selection needs a workbook: open AIFLAG in Excel (or the browser preview), or type numbers in the fields instead.",
  removeInsertion: "Removing what AIFLAG inserted needs a workbook: open AIFLAG in Excel (or the browser preview).",
} as const;
