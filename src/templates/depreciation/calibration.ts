/**
 * The hardware share's calibration in native formulas, as the analysis computes it
 * (src/analysis/hardwareShare.ts, which a test checks these cells against):
 *
 *   a_k   = latest year - year_k + m            (m = 0.5: capex taken as spent mid-year)
 *   w_k   = MAX(0, MIN(a_k, L) - MAX(a_k - 1, 0))          share of vintage k depreciated in the latest year
 *   D_L   = SUMPRODUCT(capex, w) / L                       modelled depreciation on total capex
 *   share = MIN(1, reported / D_L)                         1 when nothing is reported
 *   used  = the analyst's share when given, else the calibrated one
 *
 * Reported depreciation is that of property and equipment in the latest year; without it, the
 * depreciation and amortization add-back (an upper bound, said in the cell beside it). Written on
 * one sheet, every number in its own labelled cell, so an auditor can follow each step.
 */
import { abs, cell } from "../a1";
import { NEEDS_INPUT, blankCount, text, unlessBlank } from "../formulas";
import { SHARE_FORMAT } from "../formats";
import type { SheetBuilder } from "../sheetBuilder";

/** Age at its own year's end of capex taken as spent evenly through the year (the mid-year convention). */
export const MID_YEAR_AGE = 0.5;

export interface CalibrationInputs {
  /** Cells of the capex vintages and of their fiscal years (numbers), oldest first, on this sheet. */
  capex: readonly string[];
  years: readonly string[];
  /** The book life cell. */
  bookLife: string;
  /** The latest year's depreciation of property and equipment, and its D&A add-back, cells on this sheet. */
  depreciation: string;
  depreciationAmortization: string;
  /** Columns (0-based) of the vintages, in the order of `capex`. */
  columns: readonly number[];
  /** Where the comment of each row goes. */
  commentColumn: string;
}

export interface CalibrationCells {
  midYear: string;
  override: string;
  modelled: string;
  reported: string;
  calibrated: string;
  /** The share the flags read: the analyst's when given, else the calibrated one. */
  used: string;
  /** The first free row below the block. */
  nextRow: number;
}

const MONEY = "#,##0;(#,##0)";

/** Writes the calibration from `row` down, labels in column A. `money` is the number format of amounts. */
export function writeCalibration(sb: SheetBuilder, inputs: CalibrationInputs, row: number, money: string = MONEY): CalibrationCells {
  const valueCol = inputs.columns[0];
  const latestYear = abs(inputs.years[inputs.years.length - 1]);
  const note = (r: number, s: string) => sb.value(`${inputs.commentColumn}${r}`, s, { style: "note" });
  const single = (r: number) => cell(valueCol, r);

  const override = single(row);
  sb.value(`A${row}`, "Your hardware share (blank: the calibrated one below)", { style: "label" });
  sb.input(override, null, { style: "estimate", numberFormat: SHARE_FORMAT });
  note(row, "Analyst's input: the share of capex that is servers and network equipment. Leave blank to use the calibration.");
  row++;

  const midYear = single(row);
  sb.value(`A${row}`, "Age of a year's capex at that year's end (mid-year convention, years)", { style: "label" });
  sb.value(midYear, MID_YEAR_AGE, { style: "input", numberFormat: "0.0" });
  note(row, "Capex is taken as spent evenly through the year, as AIFLAG.DEPCLIFF and DEPGAP take it.");
  row++;

  const ageRow = row++;
  sb.formula(`A${ageRow}`, `="Age of each vintage at the end of FY"&${latestYear}&" (years)"`, { style: "label" });
  const weightRow = row++;
  sb.value(`A${weightRow}`, "Share of each vintage depreciated that year, over the book life", { style: "label" });
  inputs.capex.forEach((_c, i) => {
    const col = inputs.columns[i];
    const age = cell(col, ageRow);
    sb.formula(age, `=${latestYear}-${inputs.years[i]}+${abs(midYear)}`, { style: "calc", numberFormat: "0.0" });
    const life = abs(inputs.bookLife);
    sb.formula(cell(col, weightRow), `=MAX(0,MIN(${age},${life})-MAX(${age}-1,0))`, { style: "calc", numberFormat: "0.00" });
  });
  note(ageRow, "Latest year - the vintage's year + the mid-year age.");
  note(weightRow, "MAX(0, MIN(age, L) - MAX(age - 1, 0)): the part of the vintage's last year of age that lies inside its book life.");

  const capexRange = `${abs(inputs.capex[0])}:${abs(inputs.capex[inputs.capex.length - 1])}`;
  const weights = `${abs(cell(inputs.columns[0], weightRow))}:${abs(cell(inputs.columns[inputs.columns.length - 1], weightRow))}`;
  const modelled = single(row);
  sb.formula(`A${row}`, `="Modelled FY"&${latestYear}&" depreciation on total capex"`, { style: "label" });
  sb.formula(modelled, unlessBlank(blankCount([capexRange, abs(inputs.bookLife)]), `SUMPRODUCT(${capexRange},${weights})/${abs(inputs.bookLife)}`), {
    style: "calc",
    numberFormat: money,
  });
  note(row, "SUMPRODUCT(capex, shares) / book life: what the book life would charge if all capex were servers.");
  row++;

  const dep = abs(inputs.depreciation);
  const da = abs(inputs.depreciationAmortization);
  const reported = single(row);
  sb.formula(`A${row}`, `="Reported FY"&${latestYear}&" depreciation"`, { style: "label" });
  sb.formula(reported, `=IF(ISNUMBER(${dep}),${dep},IF(ISNUMBER(${da}),${da},${text("")}))`, { style: "calc", numberFormat: money });
  sb.formula(
    `${inputs.commentColumn}${row}`,
    `=IF(ISNUMBER(${dep}),${text("Depreciation of property and equipment, as reported.")},IF(ISNUMBER(${da}),${text(
      "Depreciation and amortization: it also holds amortisation, so the share is an upper bound.",
    )},${text("None reported: the share stays 1 (all capex read as hardware).")}))`,
    { style: "note" },
  );
  row++;

  const calibrated = single(row);
  sb.value(`A${row}`, "Calibrated hardware share (reported / modelled, at most 1)", { style: "label" });
  sb.formula(calibrated, `=IF(AND(ISNUMBER(${reported}),ISNUMBER(${modelled})),IF(${modelled}>0,MIN(1,${reported}/${modelled}),1),1)`, {
    style: "calc",
    numberFormat: SHARE_FORMAT,
  });
  note(row, "The share that makes the modelled depreciation equal the reported one.");
  row++;

  const used = single(row);
  sb.value(`A${row}`, "Hardware share used by the depreciation flags", { style: "label" });
  sb.formula(used, `=IF(ISNUMBER(${override}),${override},${calibrated})`, { style: "calc", numberFormat: SHARE_FORMAT });
  note(row, `Yours when given, else the calibrated one. "${NEEDS_INPUT}" above means capex or the book life is blank.`);
  row++;
  return { midYear, override, modelled, reported, calibrated, used, nextRow: row };
}

/** The hardware capex row: each vintage's capex x the share used; blank where capex is. */
export function writeHardwareRow(sb: SheetBuilder, capex: readonly string[], columns: readonly number[], used: string, row: number, label: string, money: string = MONEY): void {
  sb.value(`A${row}`, label, { style: "label" });
  capex.forEach((c, i) => {
    sb.formula(cell(columns[i], row), `=IF(ISNUMBER(${c}),${c}*${abs(used)},${text("")})`, { style: "calc", numberFormat: money });
  });
}
