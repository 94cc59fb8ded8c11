/**
 * What each semantic style of a plan looks like, defined once for every writer (Excel,
 * the preview grid, .xlsx). Analyst conventions: hard-coded inputs in blue, formulas in black,
 * analyst estimates blue on pale yellow; statuses in Excel's own bad / neutral / good colours.
 */
import type { CellStyle } from "./plan";
import type { Status } from "../core/framework/status";

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  fontSize?: number;
  horizontalAlignment?: "Left" | "Center" | "Right";
}

export const STYLE_FORMATS: Record<CellStyle, CellFormat> = {
  title: { bold: true, fontSize: 14 },
  note: { italic: true, fontColor: "#595959" },
  header: { bold: true, fill: "#DDEBF7" },
  label: {},
  input: { fontColor: "#0000FF" },
  estimate: { fontColor: "#0000FF", fill: "#FFF2CC" },
  calc: { fontColor: "#000000" },
  check: { bold: true },
  status: { bold: true, horizontalAlignment: "Center" },
};

/** Excel's own good / neutral / bad cell styles, the WATCH text darkened so every status reads at 5:1 or more. */
export const STATUS_FORMATS: Record<Status, Required<Pick<CellFormat, "fontColor" | "fill">>> = {
  RED: { fontColor: "#9C0006", fill: "#FFC7CE" },
  WATCH: { fontColor: "#8A4D00", fill: "#FFEB9C" },
  OK: { fontColor: "#006100", fill: "#C6EFCE" },
};
