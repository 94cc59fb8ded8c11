/**
 * Reading the selected range for the formula builder, in at most two syncs:
 *   sync 1: the selection's address and size, and its sheet's name;
 *   sync 2 (only for at most MAX_BUILDER_CELLS cells): its values, for the live result.
 * Unlike the analysis (selectionReader.ts), the range is taken as selected, not trimmed to the
 * used cells: the formula refers to exactly what the user chose.
 */
import type { BlockValue } from "../analysis";
import type { RangeResult } from "./host";
import { rangeResult } from "./messages";
import { localAddress } from "./insertions/officeStore";
import { INVALID_SELECTION } from "./selectionReader";
import { sheetPrefix } from "../core/cells/a1";

/** The builder computes live on at most this many cells (a model's row, or a block of them). */
export const MAX_BUILDER_CELLS = 10_000;

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

const blockValue = (x: unknown): BlockValue => (typeof x === "number" || typeof x === "string" || typeof x === "boolean" ? x : null);

export async function readSelectedRange(context: Excel.RequestContext, limit = MAX_BUILDER_CELLS): Promise<RangeResult> {
  const range = context.workbook.getSelectedRange();
  range.load(["address", "rowCount", "columnCount"]);
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === INVALID_SELECTION) return rangeResult.notCells();
    throw error;
  }
  const address = localAddress(range.address);
  const base = { sheet: sheet.name, address, reference: `${sheetPrefix(sheet.name)}${address}`, rows: range.rowCount, cols: range.columnCount };
  if (range.rowCount * range.columnCount > limit) return { outcome: "read", range: base };
  range.load("values");
  await context.sync();
  return { outcome: "read", range: { ...base, values: range.values.map((row) => row.map(blockValue)) } };
}
