/**
 * Which Excel JavaScript API requirement set each host operation needs, checked with
 * `Office.context.requirements.isSetSupported("ExcelApi", version)` before anything is called,
 * so that an older Excel gets a sentence naming what is missing instead of a failed batch.
 *
 *   writePlan            ExcelApi 1.7: worksheet-scoped names (1.4), conditional formats (1.6),
 *                        freezeRows / freezeColumns (1.7); sheets, ranges, charts are 1.1-1.2.
 *   readSelection        ExcelApi 1.4: getSelectedRange (1.1), getUsedRange(valuesOnly) (1.2),
 *                        getIntersectionOrNullObject (1.4).
 *   writeFormulasBeside  ExcelApi 1.1: worksheets.getItem, getRange, values / formulas.
 *   readSelectionAddress ExcelApi 1.1: getSelectedRange, address, rowCount / columnCount, values.
 *   recordInsertions     ExcelApi 1.4: the workbook's settings (`Excel.SettingCollection`), where
 *                        each insertion is recorded (insertions/record.ts); without it AIFLAG
 *                        still inserts, but cannot remove or update in place what it inserted.
 *   removeInsertion      ExcelApi 1.4: the settings, `worksheets.getItemOrNullObject` (1.4),
 *                        `Worksheet.delete` and `Range.clear` (1.1).
 * (The custom functions themselves need a newer Excel still; these checks are for the pane.)
 *
 * Beside them: loading with the workbook (`loadOnOpen.ts`) needs SharedRuntime 1.1, which the
 * manifest requires anyway; it is checked again before `Office.addin` is touched. Holding a batch
 * while a cell is edited needs the "DelayForCellEdit" set, which office.js checks itself.
 */

export const EXCEL_API = "ExcelApi";

/** `Office.addin` (startup behaviour) is in SharedRuntime 1.1. */
export const SHARED_RUNTIME = { name: "SharedRuntime", version: "1.1" } as const;

export const REQUIRED_EXCEL_API = {
  writePlan: "1.7",
  readSelection: "1.4",
  writeFormulasBeside: "1.1",
  readSelectionAddress: "1.1",
  recordInsertions: "1.4",
  removeInsertion: "1.4",
} as const;

export type Operation = keyof typeof REQUIRED_EXCEL_API;

/** `isSetSupported` narrowed to what is asked here (a fake in tests). */
export type SetSupport = (name: string, minVersion: string) => boolean;

/** What each operation is, for the sentence. */
const DOING: Record<Operation, string> = {
  writePlan: "Inserting a template",
  readSelection: "Analysing a selection",
  writeFormulasBeside: "Writing formulas beside a block",
  readSelectionAddress: "Using the selection in a formula",
  recordInsertions: "Recording what AIFLAG inserts",
  removeInsertion: "Removing what AIFLAG inserted",
};

/** "Inserting a template needs the Excel JavaScript API ExcelApi 1.7, which this Excel does not support: ..." */
export function unsupportedMessage(operation: Operation): string {
  return (
    `${DOING[operation]} needs the Excel JavaScript API set ${EXCEL_API} ${REQUIRED_EXCEL_API[operation]}, ` +
    "which this version of Excel does not support: use Excel on the web, Microsoft 365 or Excel 2019 or later. Nothing was changed."
  );
}

/** True when Excel supports what `operation` needs. Never throws: a host that cannot say is taken as lacking it. */
export function supportsSafe(supports: SetSupport, operation: Operation): boolean {
  try {
    return supports(EXCEL_API, REQUIRED_EXCEL_API[operation]) === true;
  } catch {
    return false;
  }
}

/** The part of `Office.context` read here (`typeof Office.context` satisfies it). */
export interface RequirementsLike {
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
}
