/**
 * The by-year (or by-quarter) rows under the flags table, which the two charts draw: revenue
 * growth on the column before and gross margin (native formulas), and FCF conversion
 * (AIFLAG.FCFCONV, on the inputs its binding reads, column by column). One cell per year, no spill, so the same plan works where dynamic arrays do not
 * (older Excel, the .xlsx writer).
 */
import { cell, columnLetter } from "../a1";
import { blankCount, unlessBlank } from "../formulas";
import { COLUMN_NOUN } from "../company";
import { MULTIPLE_FORMAT, SHARE_FORMAT } from "../formats";
import type { SheetBuilder } from "../sheetBuilder";
import type { FlagBinding } from "./bindings";
import { flagFormulasInYear } from "./flagFormulas";
import { itemCell, itemPair, yearHeader, type InputsLayout } from "./layout";

/** Column J: the charts' place when the years fit left of it (up to seven). */
const CHART_MIN_COL = 9;

export interface TrendRows {
  trendHeaderRow: number;
  growthRow: number;
  marginRow: number;
  fcfHeaderRow: number;
  fcfRow: number;
  /** Column index of the first year. */
  firstYearCol: number;
}

/** Writes the rows from `row` down and the charts at `chartRow`; returns where they went. */
export function writeTrendRows(sb: SheetBuilder, layout: InputsLayout, row: number, chartRow: number, bindings: readonly FlagBinding[]): TrendRows {
  const fcfconv = bindings.find((b) => b.def.id === "FCFCONV");
  if (!fcfconv) throw new Error("the FCF conversion chart needs FCFCONV in the catalogue");
  const firstYearCol = 1;
  const yearCell = (k: number, r: number) => cell(firstYearCol + k, r);
  const yearHeaderRow = (r: number, label: string) => {
    sb.value(`A${r}`, label, { style: "header" });
    for (let k = 0; k < layout.years; k++) sb.formula(yearCell(k, r), `=${yearHeader(layout, k)}`, { style: "header", numberFormat: layout.headerFormat });
  };

  const trendHeaderRow = row;
  const growthRow = row + 1;
  const marginRow = row + 2;
  yearHeaderRow(trendHeaderRow, "Revenue growth and gross margin");
  // Quarter on quarter, not annualised: seasons show in it.
  sb.value(`A${growthRow}`, layout.columns === "quarters" ? "Revenue growth on the quarter before" : "Revenue growth", { style: "label" });
  sb.value(`A${marginRow}`, "Gross margin", { style: "label" });
  for (let k = 0; k < layout.years; k++) {
    // The first year has no year before it: its growth cell stays empty (a gap in the chart).
    if (k > 0) {
      const prev = itemCell(layout, "revenue", k - 1);
      const cur = itemCell(layout, "revenue", k);
      sb.formula(yearCell(k, growthRow), unlessBlank(blankCount([itemPair(layout, "revenue", k - 1)]), `(${cur}-${prev})/${prev}`), {
        style: "calc",
        numberFormat: SHARE_FORMAT,
      });
    }
    const rev = itemCell(layout, "revenue", k);
    const cost = itemCell(layout, "cost_of_revenue", k);
    sb.formula(yearCell(k, marginRow), unlessBlank(blankCount([rev, cost]), `(${rev}-ABS(${cost}))/${rev}`), {
      style: "calc",
      numberFormat: SHARE_FORMAT,
    });
  }

  const fcfHeaderRow = marginRow + 2;
  const fcfRow = fcfHeaderRow + 1;
  yearHeaderRow(fcfHeaderRow, "Free-cash-flow conversion");
  sb.value(`A${fcfRow}`, "FCF conversion (AIFLAG.FCFCONV)", { style: "label" });
  for (let k = 0; k < layout.years; k++) {
    const f = flagFormulasInYear(fcfconv, layout, k);
    sb.formula(yearCell(k, fcfRow), unlessBlank(f.blanks, f.call("value")), { style: "calc", numberFormat: MULTIPLE_FORMAT });
  }

  const lastYear = columnLetter(firstYearCol + layout.years - 1);
  // Right of the flags table (A-H) and of the years: with many years the rows reach past J.
  const chartCol = columnLetter(Math.max(CHART_MIN_COL, firstYearCol + layout.years + 1));
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
  return { trendHeaderRow, growthRow, marginRow, fcfHeaderRow, fcfRow, firstYearCol };
}
