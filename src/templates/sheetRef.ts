/**
 * References to other sheets of the same plan. A formula never names a sheet directly: it
 * writes a `{{sheet:<key>}}` token that `resolvePlan` replaces with the quoted final name,
 * because "Inputs" may become "Inputs (2)" in a workbook that already has one.
 */
import { abs, absRange } from "./cellRefs";

export function sheetToken(key: string): string {
  return `{{sheet:${key}}}`;
}

/** An absolute reference to a cell on another sheet of the plan: `{{sheet:inputs}}!$B$6`. */
export function onSheet(key: string, a1: string): string {
  return `${sheetToken(key)}!${abs(a1)}`;
}

/** An absolute reference to a range on another sheet of the plan: `{{sheet:inputs}}!$B$6:$D$6`. */
export function rangeOnSheet(key: string, from: string, to: string): string {
  return `${sheetToken(key)}!${absRange(from, to)}`;
}

/** Matches every token; group 1 is the key. */
export const SHEET_TOKEN = /\{\{sheet:([A-Za-z0-9_-]+)\}\}/g;
