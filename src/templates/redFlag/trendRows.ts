/**
 * The by-year (or by-quarter) rows under the flags table, which the two charts draw: revenue
 * growth on the column before and gross margin (native formulas), and FCF conversion
 * (AIFLAG.FCFCONV, on the inputs its binding reads, column by column) with its direction (rose /
 * fell, and whether it fell in each of the last two columns). One cell per column with
 * statements, no spill, so the same plan works where dynamic arrays do not (older Excel, the
 * .xlsx writer).
 */
import { cell, columnLetter } from "../cellRefs";
import { blankCount, NEEDS_INPUT, text, unlessBlank } from "../formulas";
import { COLUMN_NOUN } from "../company";
import { MULTIPLE_FORMAT, SHARE_FORMAT } from "../formats";
import type { SheetBuilder } from "../sheetBuilder";
import type { FlagBinding } from "./bindings";
import { flagFormulasInYear } from "./flagFormulas";
import { itemCell, itemPair, statementYears, yearHeader, type InputsLayout } from "./layout";

/** Column J: the charts' place when the years fit left of it (up to seven). */
const CHART_MIN_COL = 9;

export interface TrendRows {
  trendHeaderRow: number;
  growthRow: number;
  marginRow: number;
  fcfHeaderRow: number;
  fcfRow: number;
  /** "rose" / "fell" beside each year's conversion, and whether it fell in each of the last two years. */
  directionRow: number;
  fellCell?: string;
  /** Column index of the first year. */
  firstYearCol: number;
  /** The first free row below the rows. */
  nextRow: number;
}

/** Writes the rows from `row` down and the charts at `chartRow`; returns where they went. One column per year with statements. */
export function writeTrendRows(sb: SheetBuilder, layout: InputsLayout, row: number, chartRow: number, bindings: readonly FlagBinding[]): TrendRows {
  const fcfconv = bindings.find((b) => b.def.id === "FCFCONV");
  if (!fcfconv) throw new Error("the FCF conversion chart needs FCFCONV in the catalogue");
  const firstYearCol = 1;
  const years = statementYears(layout);
  const noun = COLUMN_NOUN[layout.columns];
  const yearCell = (i: number, r: number) => cell(firstYearCol + i, r);
  const yearHeaderRow = (r: number, label: string) => {
    sb.value(`A${r}`, label, { style: "header" });
    years.forEach((k, i) => sb.formula(yearCell(i, r), `=${yearHeader(layout, k)}`, { style: "header", numberFormat: layout.headerFormat }));
  };

  const trendHeaderRow = row;
  const growthRow = row + 1;
  const marginRow = row + 2;
  yearHeaderRow(trendHeaderRow, "Revenue growth and gross margin (% of revenue)");
  // Quarter on quarter, not annualised: seasons show in it.
  sb.value(`A${growthRow}`, layout.columns === "quarters" ? "Revenue growth on the quarter before" : "Revenue growth", { style: "label" });
  sb.value(`A${marginRow}`, "Gross margin", { style: "label" });
  years.forEach((k, i) => {
    // The first year has no year before it: its growth cell stays empty (a gap in the chart).
    if (i > 0) {
      const prev = itemCell(layout, "revenue", k - 1);
      const cur = itemCell(layout, "revenue", k);
      sb.formula(yearCell(i, growthRow), unlessBlank(blankCount([itemPair(layout, "revenue", k - 1)]), `(${cur}-${prev})/${prev}`), {
        style: "calc",
        numberFormat: SHARE_FORMAT,
      });
    }
    const rev = itemCell(layout, "revenue", k);
    const cost = itemCell(layout, "cost_of_revenue", k);
    sb.formula(yearCell(i, marginRow), unlessBlank(blankCount([rev, cost]), `(${rev}-ABS(${cost}))/${rev}`), {
      style: "calc",
      numberFormat: SHARE_FORMAT,
    });
  });

  const fcfHeaderRow = marginRow + 2;
  const fcfRow = fcfHeaderRow + 1;
  const directionRow = fcfRow + 1;
  yearHeaderRow(fcfHeaderRow, "Free-cash-flow conversion (x net income)");
  sb.value(`A${fcfRow}`, "FCF conversion (AIFLAG.FCFCONV)", { style: "label" });
  sb.value(`A${directionRow}`, `Direction against the ${noun} before`, { style: "label" });
  years.forEach((k, i) => {
    const f = flagFormulasInYear(fcfconv, layout, k);
    sb.formula(yearCell(i, fcfRow), unlessBlank(f.blanks, f.call("value")), { style: "calc", numberFormat: MULTIPLE_FORMAT });
    if (i > 0) {
      const [prev, cur] = [yearCell(i - 1, fcfRow), yearCell(i, fcfRow)];
      sb.formula(
        yearCell(i, directionRow),
        `=IF(AND(ISNUMBER(${prev}),ISNUMBER(${cur})),IF(${cur}<${prev},${text("fell")},IF(${cur}>${prev},${text("rose")},${text("unchanged")})),${text("")})`,
        { style: "calc" },
      );
    }
  });
  let next = directionRow + 1;
  let fellCell: string | undefined;
  if (years.length >= 3) {
    const n = years.length;
    const [a, b, c] = [yearCell(n - 3, fcfRow), yearCell(n - 2, fcfRow), yearCell(n - 1, fcfRow)];
    fellCell = `B${next}`;
    sb.value(`A${next}`, `Fell in each of the last two ${noun}s`, { style: "label" });
    sb.formula(fellCell, `=IF(AND(ISNUMBER(${a}),ISNUMBER(${b}),ISNUMBER(${c})),AND(${b}<${a},${c}<${b}),${text(NEEDS_INPUT)})`, { style: "check" });
    sb.value(`C${next}`, "Compressing conversion supports the view that AI is becoming a running cost; improving despite capex, the infrastructure view.", {
      style: "note",
    });
    next++;
  }

  const lastYear = columnLetter(firstYearCol + years.length - 1);
  // Right of the flags table (A-H) and of the years: with many years the rows reach past J.
  const chartCol = columnLetter(Math.max(CHART_MIN_COL, firstYearCol + years.length + 1));
  sb.chart({
    type: "line",
    title: "Revenue growth against gross margin",
    dataRange: `A${trendHeaderRow}:${lastYear}${marginRow}`,
    seriesBy: "rows",
    anchor: `${chartCol}${chartRow}`,
    widthCells: 8,
    heightCells: 14,
  });
  sb.chart({
    type: "columnClustered",
    title: `FCF conversion by ${COLUMN_NOUN[layout.columns]}`,
    dataRange: `A${fcfHeaderRow}:${lastYear}${fcfRow}`,
    seriesBy: "rows",
    anchor: `${chartCol}${chartRow + 16}`,
    widthCells: 8,
    heightCells: 14,
  });
  return { trendHeaderRow, growthRow, marginRow, fcfHeaderRow, fcfRow, directionRow, ...(fellCell ? { fellCell } : {}), firstYearCol, nextRow: next };
}
