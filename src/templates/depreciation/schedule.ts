/**
 * The native-formula depreciation schedule: one row per capex vintage, one column per year,
 * each cell the value a vintage keeps at the end of that year, straight line with the mid-year
 * convention exactly as AIFLAG.DEPCLIFF computes it (src/core/flags/depreciation.ts):
 *
 *   vintage k keeps |capex_k| x max(0, 1 - age / L) at the end of year n, age = n - k + m
 *   (m = 0.5: a year's capex is taken as spent mid-year), and nothing is shown before it was bought.
 *
 * Written cell by cell so an auditor can follow any number without the add-in.
 */
import { cell, fixColumn, fixRow } from "../a1";
import { text } from "../formulas";
import type { SheetBuilder } from "../sheetBuilder";
import { MONEY_FORMAT } from "../formats";

export interface ScheduleInputs {
  /** Absolute references to the capex cells, oldest vintage first. */
  capex: readonly string[];
  /** Absolute references to the vintage years (numbers), oldest first. */
  vintageYears: readonly string[];
  /** The life this schedule uses (an input cell). */
  life: string;
  /** The age of a year's capex at that year's end (the mid-year convention's cell). */
  midYear: string;
  /** Columns (0-based) of the schedule's years, and the header row holding those years. */
  firstCol: number;
  years: number;
  headerRow: number;
}

/** Writes the vintage rows and a total row from `row`; returns the total row. */
export function writeSchedule(sb: SheetBuilder, s: ScheduleInputs, row: number): number {
  const first = row;
  s.capex.forEach((capex, k) => {
    const r = first + k;
    sb.formula(`A${r}`, `=${s.vintageYears[k]}`, { style: "label", numberFormat: '"Vintage FY"0' });
    for (let j = 0; j < s.years; j++) {
      const col = s.firstCol + j;
      const year = fixRow(cell(col, s.headerRow));
      const vintage = fixColumn(`A${r}`);
      const age = `(${year}-${vintage}+${s.midYear})`;
      // ISNUMBER, not ISBLANK: the capex cells may be formulas showing "" (hardware capex of a blank year).
      sb.formula(
        cell(col, r),
        `=IF(OR(NOT(ISNUMBER(${capex})),ISBLANK(${s.life})),${text("")},IF(${year}<${vintage},${text("")},ABS(${capex})*MAX(0,1-${age}/${s.life})))`,
        { style: "calc", numberFormat: MONEY_FORMAT },
      );
    }
  });
  const total = first + s.capex.length;
  sb.value(`A${total}`, "Total (net book value)", { style: "label" });
  for (let j = 0; j < s.years; j++) {
    const col = s.firstCol + j;
    sb.formula(cell(col, total), `=SUM(${cell(col, first)}:${cell(col, total - 1)})`, { style: "calc", numberFormat: MONEY_FORMAT });
  }
  return total;
}
