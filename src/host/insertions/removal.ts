/**
 * Whether the last insertion can be removed, from what the workbook holds now, and the sentences
 * of every outcome. Pure: both hosts read the workbook their own way, then ask here.
 *
 * Rule: remove only what is exactly as AIFLAG left it. A sheet AIFLAG added is deleted only if
 * its used cells still have the fingerprint recorded (a renamed sheet is still found, by its id);
 * cells written beside a block are cleared only if the rectangle still has its fingerprint. Any
 * difference means the user changed or added something there, and removing it would lose their
 * work: AIFLAG then removes nothing and says where.
 */
import { listOf } from "../messages";
import type { InsertionRecord } from "./record";

export interface SheetNow {
  name: string;
  fingerprint: string;
}

/** What the recorded places hold now, in the record's order; undefined where the sheet is gone. */
export interface RecordedNow {
  sheets: ReadonlyArray<SheetNow | undefined>;
  ranges: ReadonlyArray<string | undefined>;
}

export type RemovalDecision = { ok: true } | { ok: false; reason: string };

export function decideRemoval(record: InsertionRecord, now: RecordedNow): RemovalDecision {
  const gone: string[] = [];
  const changed: string[] = [];
  record.sheets.forEach((s, i) => {
    const found = now.sheets[i];
    if (!found) gone.push(`the sheet ${s.name}`);
    else if (found.fingerprint !== s.fingerprint) changed.push(`the sheet ${found.name}`);
  });
  record.ranges.forEach((r, i) => {
    const found = now.ranges[i];
    if (found === undefined) gone.push(`the sheet ${r.sheet}`);
    else if (found !== r.fingerprint) changed.push(`${r.sheet}!${r.address}`);
  });
  if (changed.length > 0) {
    return {
      ok: false,
      reason:
        `${listOf(changed)} ${changed.length === 1 ? "was" : "were"} changed since AIFLAG wrote ${changed.length === 1 ? "it" : "them"} ` +
        "(cells typed, edited or added), and removing would lose that work",
    };
  }
  if (gone.length > 0) return { ok: false, reason: `${listOf(gone)} ${gone.length === 1 ? "is" : "are"} no longer in the workbook` };
  return { ok: true };
}

export const removalMessages = {
  removed: (record: InsertionRecord): string => `Removed ${record.what}${placesOf(record)}.`,
  refused: (record: InsertionRecord, reason: string): string =>
    `Nothing was removed: ${reason}. Remove ${record.what} by hand if you mean to, or undo your changes first (Ctrl+Z) and try again.`,
  nothing: "AIFLAG has inserted nothing in this workbook that it can remove.",
  unsupported:
    "Removing what AIFLAG inserted needs the Excel JavaScript API set ExcelApi 1.4, which this version of Excel does not support. Nothing was changed.",
} as const;

function placesOf(record: InsertionRecord): string {
  const sheets = record.sheets.map((s) => s.name);
  const ranges = record.ranges.map((r) => `${r.sheet}!${r.address}`);
  const parts = [sheets.length > 0 ? `${sheets.length === 1 ? "sheet" : "sheets"} ${listOf(sheets)}` : "", ranges.length > 0 ? listOf(ranges) : ""].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
