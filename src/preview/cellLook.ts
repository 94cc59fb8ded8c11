/**
 * How one cell of the grid looks: its text (format.ts) and its formatting from the plan's
 * semantic style (STYLE_FORMATS, the same table the Excel writer uses) and, for status cells,
 * the status colours (STATUS_FORMATS) picked by the cell's RED / WATCH / OK text, as Excel's
 * conditional formats do. Pure.
 */
import type { CSSProperties } from "react";
import { cellAddress, type CellPosition, inBox } from "../core/cells/a1";
import { STATUSES, type Status } from "../core/framework/status";
import { STATUS_FORMATS, STYLE_FORMATS, type CellFormat } from "../templates/styles";
import { showValue, type DisplayValue, type Shown } from "./format";
import { type SheetLook } from "./workbook";

export interface CellView extends Shown {
  address: string;
  style: CSSProperties;
  /** What the cell's title (tooltip) says: an error's reason, or a text too long to show. */
  title?: string;
}

/** Excel's column width unit (characters of the default font) in pixels, roughly. */
export const pxOfWidth = (chars: number): number => Math.round(chars * 7 + 5);

export const DEFAULT_COLUMN_PX = 64;

const isStatus = (text: string): text is Status => (STATUSES as readonly string[]).includes(text);

function cssOf(format: CellFormat): CSSProperties {
  return {
    ...(format.bold ? { fontWeight: 700 } : {}),
    ...(format.italic ? { fontStyle: "italic" } : {}),
    ...(format.fontColor ? { color: format.fontColor } : {}),
    ...(format.fill ? { backgroundColor: format.fill } : {}),
    // Points to pixels; the row height stays fixed, as a title row would grow in Excel.
    ...(format.fontSize ? { fontSize: `${Math.round((format.fontSize * 4) / 3)}px` } : {}),
    ...(format.horizontalAlignment ? { textAlign: format.horizontalAlignment.toLowerCase() as CSSProperties["textAlign"] } : {}),
  };
}

/** How many characters of a General number a column of `px` pixels shows (8 in a standard one, as in Excel). */
export const generalCharsOf = (px: number): number => Math.max(5, Math.floor((px - 8) / 7));

export function cellView(look: SheetLook, position: CellPosition, value: DisplayValue, typedFormat: string | undefined, columnPx: number): CellView {
  const address = cellAddress(position);
  const shown = showValue(value, look.numberFormats.get(address) ?? typedFormat, generalCharsOf(columnPx));
  const semantic = look.styles.get(address);
  const statusCell = semantic === "status" || look.statusRanges.some((box) => inBox(box, position));
  const style: CSSProperties = {
    textAlign: shown.align,
    ...(semantic ? cssOf(STYLE_FORMATS[semantic]) : {}),
    ...(statusCell && isStatus(shown.text) ? { ...cssOf(STATUS_FORMATS[shown.text]), textAlign: "center" } : {}),
  };
  const title = shown.error ? `${shown.error.code} ${shown.error.message}` : shown.text.length > 12 ? shown.text : undefined;
  return { ...shown, address, style, ...(title ? { title } : {}) };
}
