/**
 * Reading the selected block for the analysis, in at most two syncs:
 *   sync 1: the selection trimmed to the sheet's used cells (a whole-column selection "B:F"
 *           becomes the cells that hold something), its address and size, and the sheet's name;
 *   (decide: nothing there, or more than MAX_SELECTION_CELLS, answers with a sentence)
 *   sync 2: its values and number formats (a header of numbers is a row of dates only when
 *           formatted as dates).
 * Values only: the analysis reads what the cells show; formulas stay untouched and unread.
 */
import type { BlockValue, Selection } from "../analysis";
import type { SelectionResult } from "./host";
import { selectionResult } from "./messages";

/** About 100,000 cells: a model block is far smaller, and reading more would stall the pane. */
export const MAX_SELECTION_CELLS = 100_000;

/** Excel's error code for a selection that is not one range (a chart, a shape, several areas). */
export const INVALID_SELECTION = "InvalidSelection";

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** A cell as `Range.values` gives it, as the analysis takes it. */
function blockValue(x: unknown): BlockValue {
  return typeof x === "number" || typeof x === "string" || typeof x === "boolean" ? x : null;
}

export async function readSelection(context: Excel.RequestContext, limit = MAX_SELECTION_CELLS): Promise<SelectionResult> {
  const selected = context.workbook.getSelectedRange();
  // The selection is always on the active sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const block = selected.getIntersectionOrNullObject(sheet.getUsedRange(true));
  block.load(["address", "rowCount", "columnCount"]);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === INVALID_SELECTION) return selectionResult.notCells();
    throw error;
  }
  if (block.isNullObject) return selectionResult.empty();
  const cells = block.rowCount * block.columnCount;
  if (cells > limit) return selectionResult.tooLarge(cells, block.address, limit);

  block.load(["values", "numberFormat"]);
  await context.sync();
  const selection: Selection = {
    sheet: sheet.name,
    address: block.address,
    values: block.values.map((row) => row.map(blockValue)),
    numberFormats: block.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : "General"))),
  };
  return { outcome: "read", selection };
}
