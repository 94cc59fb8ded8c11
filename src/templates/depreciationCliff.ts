/**
 * Template 2, the depreciation-cliff schedule: capex by vintage with a book and an economic life
 * as inputs; the value each vintage keeps, year by year, under each life in native formulas; a
 * cross-check that the native total equals AIFLAG.DEPCLIFF; a sensitivity grid of DEPCLIFF over
 * economic lives 2-6 against book lives 4-6 (the lives in header cells); and a chart of book
 * against economic value. Filled from a company's figures (one vintage per fiscal year they
 * hold, its disclosed server life, an economic life of 3 as the analyst's estimate) or blank.
 */
import { abs, absRange, cell, columnLetter, fixColumn, fixRow } from "./a1";
import { BLANK_YEARS, fiscalYearsOf, shownAt, unitsText, type TemplateCompany } from "./company";
import { writeSchedule } from "./depreciation/schedule";
import { aiflagCall, blankCount, definitionOf, NEEDS_INPUT, text, unlessBlank } from "./formulas";
import { ECONOMIC_LIFE_ESTIMATE, PROJECTION_YEARS, SENSITIVITY_BOOK_LIVES, SENSITIVITY_ECONOMIC_LIVES } from "./lives";
import { MONEY_FORMAT, YEAR_FORMAT } from "./formats";
import { caveatsOf, companyLabel, sourceOf, writeNotes, writeSheetHeader } from "./notes";
import type { WorkbookPlan } from "./plan";
import { SheetBuilder } from "./sheetBuilder";

export const DEPRECIATION_KEY = "depreciation";

const LIFE_FORMAT = '0.0" years"';
const GRID_LIFE_FORMAT = '0" yrs"';

/** Where the template put what the tests and the cross-check read. */
export const DEPRECIATION_CELLS = {
  firstVintageYear: "B7",
  capexRow: 8,
  bookLife: "B9",
  economicLife: "B10",
  tolerance: "B11",
  scheduleHeaderRow: 13,
} as const;

export interface DepreciationLayout {
  vintages: number;
  years: number;
  bookTotalRow: number;
  economicTotalRow: number;
  summaryHeaderRow: number;
  gapRow: number;
  nativeCell: string;
  aiflagCell: string;
  statusCell: string;
  crossCheckCell: string;
  gridHeaderRow: number;
  /** Value grid: economic lives down from gridHeaderRow + 1, book lives across from column B. */
  statusGridHeaderRow: number;
}

/** The layout for a given number of vintages (the same for blank and filled plans). */
export function depreciationLayout(vintages: number): DepreciationLayout {
  const years = vintages + PROJECTION_YEARS;
  const bookTotalRow = DEPRECIATION_CELLS.scheduleHeaderRow + 1 + vintages;
  const economicHeaderRow = bookTotalRow + 2;
  const economicTotalRow = economicHeaderRow + 1 + vintages;
  const summaryHeaderRow = economicTotalRow + 2;
  const gapRow = summaryHeaderRow + 3;
  const checkRow = gapRow + 2;
  const gridHeaderRow = checkRow + 7;
  const statusGridHeaderRow = gridHeaderRow + SENSITIVITY_ECONOMIC_LIVES.length + 3;
  return {
    vintages,
    years,
    bookTotalRow,
    economicTotalRow,
    summaryHeaderRow,
    gapRow,
    nativeCell: `B${checkRow + 1}`,
    aiflagCell: `B${checkRow + 2}`,
    statusCell: `B${checkRow + 3}`,
    crossCheckCell: `B${checkRow + 4}`,
    gridHeaderRow,
    statusGridHeaderRow,
  };
}

export function buildDepreciationCliff(company: TemplateCompany): WorkbookPlan {
  const sb = new SheetBuilder(DEPRECIATION_KEY, "Depreciation cliff");
  const D = DEPRECIATION_CELLS;
  const fiscalYears = company ? fiscalYearsOf(company) : BLANK_YEARS;
  const vintages = fiscalYears.length;
  const L = depreciationLayout(vintages);
  const life = company?.disclosures.serverBookLife;
  const units = unitsText(company);
  const depcliff = definitionOf("DEPCLIFF");

  writeSheetHeader(sb, `Depreciation cliff: ${companyLabel(company)}`, sourceOf(company), units);
  sb.value("A4", `Method (as AIFLAG.DEPCLIFF): ${depcliff.words.method}`, { style: "note" });

  // Inputs. Only the first vintage year is typed: DEPCLIFF takes one vintage a year.
  sb.value("A6", "Inputs", { style: "header" });
  const commentCol = columnLetter(1 + vintages);
  sb.value(`${commentCol}6`, "Source / comment", { style: "header" });
  sb.value("A7", "Fiscal year of the vintage", { style: "label" });
  const vintageYear = (k: number) => cell(1 + k, 7);
  sb.value(D.firstVintageYear, fiscalYears[0], { style: "input", numberFormat: YEAR_FORMAT });
  for (let k = 1; k < vintages; k++) sb.formula(vintageYear(k), `=${vintageYear(k - 1)}+1`, { style: "calc", numberFormat: YEAR_FORMAT });
  sb.value(`${commentCol}7`, "First year typed; one vintage a year after it.", { style: "note" });
  sb.value(`A${D.capexRow}`, `Capex (purchases of property and equipment, ${units})`, { style: "label" });
  const capexCell = (k: number) => cell(1 + k, D.capexRow);
  for (let k = 0; k < vintages; k++) sb.input(capexCell(k), company ? shownAt(company, "capex", k) : null, { style: "input", numberFormat: MONEY_FORMAT });
  sb.value(`${commentCol}${D.capexRow}`, "Cash-flow statement, entered positive; excludes finance leases.", { style: "note" });
  sb.value("A9", "Book life (years)", { style: "label" });
  sb.input(D.bookLife, life?.years, { style: "input", numberFormat: LIFE_FORMAT });
  sb.value("C9", life?.basis ?? "Useful life of servers from the accounting-policy note.", { style: "note" });
  sb.value("A10", "Economic life (years)", { style: "label" });
  sb.input(D.economicLife, company ? ECONOMIC_LIFE_ESTIMATE : null, { style: "estimate", numberFormat: LIFE_FORMAT });
  sb.value("C10", "Analyst estimate: AI hardware is overtaken within two chip generations (a 2-3 year cycle).", { style: "note" });
  sb.value("A11", "Cross-check tolerance", { style: "label" });
  sb.value(D.tolerance, 0.001, { style: "input", numberFormat: "0.000" });
  sb.value("C11", `${units}: the native total and DEPCLIFF may differ by floating-point rounding only.`, { style: "note" });

  const capexRange = absRange(capexCell(0), capexCell(vintages - 1));
  const blanks = blankCount([capexRange, abs(D.bookLife), abs(D.economicLife)]);
  const yearsHeader = (row: number, label: string) => {
    sb.value(`A${row}`, label, { style: "header" });
    for (let j = 0; j < L.years; j++) {
      const col = 1 + j;
      const f = j === 0 ? `=${abs(D.firstVintageYear)}` : `=${cell(col - 1, row)}+1`;
      sb.formula(cell(col, row), f, { style: "header", numberFormat: YEAR_FORMAT });
    }
  };

  // The two schedules, cell by cell.
  const scheduleFor = (lifeCell: string, headerRow: number, label: string) => {
    yearsHeader(headerRow, label);
    return writeSchedule(
      sb,
      {
        capex: Array.from({ length: vintages }, (_x, k) => abs(capexCell(k))),
        vintageYears: Array.from({ length: vintages }, (_x, k) => abs(vintageYear(k))),
        life: abs(lifeCell),
        firstCol: 1,
        years: L.years,
        headerRow,
      },
      headerRow + 1,
    );
  };
  scheduleFor(D.bookLife, D.scheduleHeaderRow, `Value left under the book life (end of year, ${units})`);
  scheduleFor(D.economicLife, L.bookTotalRow + 2, `Value left under the economic life (end of year, ${units})`);

  // Book against economic value by year: the chart's data.
  yearsHeader(L.summaryHeaderRow, `Book against economic value (${units})`);
  const summary: Array<[number, string, (col: number) => string]> = [
    [L.summaryHeaderRow + 1, "Net book value, book life", (col) => `=${cell(col, L.bookTotalRow)}`],
    [L.summaryHeaderRow + 2, "Net book value, economic life", (col) => `=${cell(col, L.economicTotalRow)}`],
    [L.gapRow, "Book value the economics have used up (book - economic)", (col) => `=${cell(col, L.summaryHeaderRow + 1)}-${cell(col, L.summaryHeaderRow + 2)}`],
  ];
  for (const [row, label, f] of summary) {
    sb.value(`A${row}`, label, { style: "label" });
    for (let j = 0; j < L.years; j++) sb.formula(cell(1 + j, row), f(1 + j), { style: "calc", numberFormat: MONEY_FORMAT });
  }
  sb.chart({
    type: "line",
    title: "Book against economic value by year",
    dataRange: `A${L.summaryHeaderRow}:${cell(L.years, L.summaryHeaderRow + 2)}`,
    seriesBy: "rows",
    anchor: `${columnLetter(L.years + 2)}6`,
    widthCells: 9,
    heightCells: 16,
  });

  // Cross-check at the latest vintage: the native schedule against the function.
  const checkHeader = Number(L.nativeCell.slice(1)) - 1;
  sb.value(`A${checkHeader}`, `Cross-check at the latest vintage year (${units})`, { style: "header" });
  sb.formula(`A${checkHeader + 1}`, `="Book - economic at FY"&${abs(vintageYear(vintages - 1))}&" (native schedule)"`, { style: "label" });
  sb.formula(L.nativeCell, `=${cell(vintages, L.gapRow)}`, { style: "calc", numberFormat: MONEY_FORMAT });
  sb.value(`A${checkHeader + 2}`, "AIFLAG.DEPCLIFF", { style: "label" });
  const depcliffCall = (output?: string) =>
    aiflagCall("DEPCLIFF", [capexRange, abs(D.bookLife), abs(D.economicLife), ...(output ? [text(output)] : [])]);
  sb.formula(L.aiflagCell, unlessBlank(blanks, depcliffCall()), { style: "calc", numberFormat: MONEY_FORMAT });
  sb.value(`A${checkHeader + 3}`, "Status (AIFLAG.DEPCLIFF)", { style: "label" });
  sb.formula(L.statusCell, unlessBlank(blanks, depcliffCall("status"), text("")), { style: "status" });
  sb.statusFormat(L.statusCell);
  sb.value(`A${checkHeader + 4}`, "Native schedule equals AIFLAG.DEPCLIFF", { style: "label" });
  sb.formula(L.crossCheckCell, `=IF(ISNUMBER(${L.aiflagCell}),ABS(${L.nativeCell}-${L.aiflagCell})<=${abs(D.tolerance)},${text(NEEDS_INPUT)})`, {
    style: "check",
  });

  // Sensitivity: the lives sit in header cells and every formula reads them from there.
  const grid = (headerRow: number, label: string, output: "value" | "status") => {
    sb.value(`A${headerRow - 1}`, label, { style: "header" });
    sb.value(`A${headerRow}`, `Economic life (down) / book life (across)${output === "value" ? `, ${units}` : ""}`, { style: "header" });
    SENSITIVITY_BOOK_LIVES.forEach((bookLife, j) => {
      const ref = cell(1 + j, headerRow);
      if (output === "value") sb.value(ref, bookLife, { style: "input", numberFormat: GRID_LIFE_FORMAT });
      else sb.formula(ref, `=${cell(1 + j, L.gridHeaderRow)}`, { style: "header", numberFormat: GRID_LIFE_FORMAT });
    });
    SENSITIVITY_ECONOMIC_LIVES.forEach((economicLife, i) => {
      const row = headerRow + 1 + i;
      if (output === "value") sb.value(`A${row}`, economicLife, { style: "input", numberFormat: GRID_LIFE_FORMAT });
      else sb.formula(`A${row}`, `=A${L.gridHeaderRow + 1 + i}`, { style: "header", numberFormat: GRID_LIFE_FORMAT });
      SENSITIVITY_BOOK_LIVES.forEach((_b, j) => {
        const args = [capexRange, fixRow(cell(1 + j, headerRow)), fixColumn(`A${row}`), ...(output === "status" ? [text("status")] : [])];
        const gridBlanks = blankCount([capexRange]);
        const f = unlessBlank(gridBlanks, aiflagCall("DEPCLIFF", args), output === "status" ? text("") : text(NEEDS_INPUT));
        sb.formula(cell(1 + j, row), f, output === "status" ? { style: "status" } : { style: "calc", numberFormat: MONEY_FORMAT });
      });
    });
  };
  grid(L.gridHeaderRow, "Sensitivity: AIFLAG.DEPCLIFF by economic life (rows) and book life (columns)", "value");
  grid(L.statusGridHeaderRow, "Sensitivity: status (AIFLAG.DEPCLIFF, output \"status\")", "status");
  const lastGridCol = columnLetter(SENSITIVITY_BOOK_LIVES.length);
  sb.statusFormat(`B${L.statusGridHeaderRow + 1}:${lastGridCol}${L.statusGridHeaderRow + SENSITIVITY_ECONOMIC_LIVES.length}`);

  writeNotes(sb, L.statusGridHeaderRow + SENSITIVITY_ECONOMIC_LIVES.length + 2, caveatsOf(company));
  sb.width("A", 52).freeze(0, 1);
  for (let j = 0; j < L.years; j++) sb.width(columnLetter(1 + j), 12);

  return {
    title: `Depreciation cliff (${companyLabel(company)})`,
    sheets: [sb.build()],
    names: [],
    activate: DEPRECIATION_KEY,
  };
}
