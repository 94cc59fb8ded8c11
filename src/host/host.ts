/**
 * The host: everything the taskpane may ask of the spreadsheet, with no Office types in it.
 * Components receive a `Host` as a prop, so they render and test without Office; `officeHost`
 * talks to Excel, `nullHost` stands in outside Excel (a plain browser, the preview, tests).
 *
 * Room to grow. Template insertion and model analysis will add, on this same interface:
 *
 *   writePlan(plan: WritePlan): Promise<WriteResult>
 *     writes a template plan (a block of labels, inputs and AIFLAG formulas, made by the core
 *     from the registry) into the sheet: one batch, one `context.sync()`, the same
 *     not-empty refusal and busy retry (`retry.ts`) as `insertFormula`;
 *   readSelection(): Promise<SelectionSnapshot>
 *     reads the selected block (address, values, formulas) for the analysis to classify.
 *
 * Both return plain data (no Office objects), like `insertFormula`, and `nullHost` answers
 * them without a workbook (a preview plan, an empty snapshot).
 */

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

export interface Host {
  /** True inside Excel: formulas are inserted; false: they are copied instead. */
  readonly connected: boolean;
  /** For people: "Excel", or "not connected". */
  readonly hostName: string;
  /**
   * Puts `formula` (e.g. `=AIFLAG.FCFCONV(1,2,3)`) into the active cell, never over a cell
   * that holds something. Expected outcomes (inserted, not empty, busy, copied) resolve as an
   * `InsertResult`; anything unexpected (a protected sheet, a lost connection) rejects with
   * the original error, so that it surfaces instead of being swallowed.
   */
  insertFormula(formula: string): Promise<InsertResult>;
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
