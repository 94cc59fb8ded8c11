/**
 * Template 2, the depreciation-cliff schedule: total capex by vintage, the hardware share that
 * turns it into hardware capex (calibrated in native formulas on reported depreciation, or the
 * analyst's), a book and an economic life as inputs; the value each hardware vintage keeps, year
 * by year, under each life in native formulas (mid-year convention); a cross-check that the
 * native total equals AIFLAG.DEPCLIFF; sensitivity grids of DEPCLIFF and DEPGAP over economic
 * lives 2-6 against book lives 4-6 (the lives in header cells), against operating income; and a
 * chart of book against economic value. Filled from a company's figures (one vintage per fiscal
 * year of its capex run, its disclosed server life, an economic life of 3 as the analyst's
 * estimate, its latest operating income and depreciation) or blank.
 */
import { abs, absRange, cell, columnLetter, fixColumn, fixRow } from "./a1";
import { BLANK_YEARS, fiscalYearsOf, flagMoneyFormat, shownAt, unitsText, yearSpans, type TemplateCompany } from "./company";
import { writeCalibration, writeHardwareRow } from "./depreciation/calibration";
import { writeSchedule } from "./depreciation/schedule";
import { aiflagCallByName, blankCount, definitionOf, NEEDS_INPUT, text, unlessBlank } from "./formulas";
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
  operatingIncome: "B12",
  depreciation: "B13",
  depreciationAmortization: "B14",
  /** The hardware share block: its header, then the calibration (calibration.ts) and the hardware capex row. */
  shareHeaderRow: 16,
  hardwareRow: 25,
  scheduleHeaderRow: 27,
} as const;

/** The flags whose sensitivity grids the sheet shows, value and status. */
const GRID_FLAGS = ["DEPCLIFF", "DEPGAP"] as const;

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
  /** Value grid of DEPCLIFF: economic lives down from gridHeaderRow + 1, book lives across from column B. */
  gridHeaderRow: number;
  statusGridHeaderRow: number;
  /** The header row of each flag's value and status grids. */
  grids: Readonly<Record<(typeof GRID_FLAGS)[number], { value: number; status: number }>>;
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
  const gridSpan = SENSITIVITY_ECONOMIC_LIVES.length + 3;
  const first = checkRow + 7;
  const grids = Object.fromEntries(GRID_FLAGS.map((id, i) => [id, { value: first + 2 * i * gridSpan, status: first + (2 * i + 1) * gridSpan }])) as DepreciationLayout["grids"];
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
    gridHeaderRow: grids.DEPCLIFF.value,
    statusGridHeaderRow: grids.DEPCLIFF.status,
    grids,
  };
}

/** A depreciation flag on hardware capex and the lives, against operating income when the cell is given. */
function flagArgs(id: string, capex: string, book: string, economic: string, operatingIncome: string, output?: "status"): string {
  return aiflagCallByName(id, { capex, book_life: book, economic_life: economic, ...(operatingIncome ? { operating_income: operatingIncome } : {}) }, output);
}

export function buildDepreciationCliff(company: TemplateCompany): WorkbookPlan {
  const sb = new SheetBuilder(DEPRECIATION_KEY, "Depreciation cliff");
  const D = DEPRECIATION_CELLS;
  const allYears = company ? fiscalYearsOf(company) : BLANK_YEARS;
  const { vintageStart } = yearSpans(company);
  const fiscalYears = allYears.slice(vintageStart);
  const vintages = fiscalYears.length;
  const latest = allYears.length - 1;
  const L = depreciationLayout(vintages);
  const life = company?.disclosures.serverBookLife;
  const units = unitsText(company);
  const money = flagMoneyFormat(company);
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
  sb.value(`A${D.capexRow}`, `Capex, total (purchases of property and equipment, ${units})`, { style: "label" });
  const capexCell = (k: number) => cell(1 + k, D.capexRow);
  for (let k = 0; k < vintages; k++) {
    sb.input(capexCell(k), company ? shownAt(company, "capex", vintageStart + k) : null, { style: "input", numberFormat: MONEY_FORMAT });
  }
  sb.value(`${commentCol}${D.capexRow}`, "Cash-flow statement, entered positive; excludes finance leases. Land and buildings included: see the hardware share.", {
    style: "note",
  });
  sb.value("A9", "Book life (years)", { style: "label" });
  sb.input(D.bookLife, life?.years, { style: "input", numberFormat: LIFE_FORMAT });
  sb.value("C9", life?.basis ?? "Useful life of servers from the accounting-policy note.", { style: "note" });
  sb.value("A10", "Economic life (years)", { style: "label" });
  sb.input(D.economicLife, company ? ECONOMIC_LIFE_ESTIMATE : null, { style: "estimate", numberFormat: LIFE_FORMAT });
  sb.value("C10", "Analyst estimate: AI hardware is overtaken within two chip generations (a 2-3 year cycle). The grids below try others.", {
    style: "note",
  });
  sb.value("A11", "Cross-check tolerance", { style: "label" });
  sb.value(D.tolerance, 0.001, { style: "input", numberFormat: "0.000" });
  sb.value("C11", `${units}: the native total and DEPCLIFF may differ by floating-point rounding only.`, { style: "note" });
  const latestInput = (ref: string, label: string, item: "operating_income" | "depreciation" | "depreciation_amortization", note: string) => {
    sb.formula(`A${ref.slice(1)}`, `="${label}, FY"&${abs(vintageYear(vintages - 1))}&" (${units})"`, { style: "label" });
    sb.input(ref, company ? shownAt(company, item, latest) : null, { style: "input", numberFormat: MONEY_FORMAT });
    sb.value(`C${ref.slice(1)}`, note, { style: "note" });
  };
  latestInput(D.operatingIncome, "Operating income", "operating_income", "Income statement: the depreciation flags weigh their value against it.");
  latestInput(D.depreciation, "Depreciation of property and equipment", "depreciation", "Where reported: it calibrates the hardware share below.");
  latestInput(D.depreciationAmortization, "Depreciation and amortization", "depreciation_amortization", "Cash-flow add-back: used only when the line above is blank (an upper bound).");

  // The hardware share and hardware capex: what the schedules and the flags read.
  sb.value(`A${D.shareHeaderRow}`, "Hardware share of capex (servers and network equipment)", { style: "header" });
  const columns = Array.from({ length: vintages }, (_x, k) => 1 + k);
  const calibration = writeCalibration(
    sb,
    {
      capex: columns.map((_c, k) => capexCell(k)),
      years: columns.map((_c, k) => vintageYear(k)),
      bookLife: D.bookLife,
      depreciation: D.depreciation,
      depreciationAmortization: D.depreciationAmortization,
      columns,
      commentColumn: commentCol,
    },
    D.shareHeaderRow + 1,
  );
  if (calibration.nextRow !== D.hardwareRow) throw new Error(`the hardware capex row is ${calibration.nextRow}, not ${D.hardwareRow}`);
  const hardwareCell = (k: number) => cell(1 + k, D.hardwareRow);
  writeHardwareRow(sb, columns.map((_c, k) => capexCell(k)), columns, calibration.used, D.hardwareRow, `Hardware capex (capex x hardware share, ${units})`);
  sb.value(`${commentCol}${D.hardwareRow}`, "What the schedules and AIFLAG.DEPCLIFF read: land and buildings do not wear out with the servers.", { style: "note" });

  const hardwareRange = absRange(hardwareCell(0), hardwareCell(vintages - 1));
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

  // The two schedules, cell by cell, on hardware capex.
  const scheduleFor = (lifeCell: string, headerRow: number, label: string) => {
    yearsHeader(headerRow, label);
    return writeSchedule(
      sb,
      {
        capex: Array.from({ length: vintages }, (_x, k) => abs(hardwareCell(k))),
        vintageYears: Array.from({ length: vintages }, (_x, k) => abs(vintageYear(k))),
        life: abs(lifeCell),
        midYear: abs(calibration.midYear),
        firstCol: 1,
        years: L.years,
        headerRow,
      },
      headerRow + 1,
    );
  };
  scheduleFor(D.bookLife, D.scheduleHeaderRow, `Hardware value left under the book life (end of year, ${units})`);
  scheduleFor(D.economicLife, L.bookTotalRow + 2, `Hardware value left under the economic life (end of year, ${units})`);

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
  const oi = abs(D.operatingIncome);
  const checkHeader = Number(L.nativeCell.slice(1)) - 1;
  sb.value(`A${checkHeader}`, `Cross-check at the latest vintage year (${units})`, { style: "header" });
  sb.formula(`A${checkHeader + 1}`, `="Book - economic at FY"&${abs(vintageYear(vintages - 1))}&" (native schedule, ${units})"`, { style: "label" });
  sb.formula(L.nativeCell, `=${cell(vintages, L.gapRow)}`, { style: "calc", numberFormat: money });
  sb.value(`A${checkHeader + 2}`, `AIFLAG.DEPCLIFF (${units})`, { style: "label" });
  const withIncome = (id: string, book: string, economic: string, output?: "status") =>
    `IF(ISBLANK(${oi}),${flagArgs(id, hardwareRange, book, economic, "", output)},${flagArgs(id, hardwareRange, book, economic, oi, output)})`;
  sb.formula(L.aiflagCell, unlessBlank(blanks, withIncome("DEPCLIFF", abs(D.bookLife), abs(D.economicLife))), { style: "calc", numberFormat: money });
  sb.value(`A${checkHeader + 3}`, "Status (AIFLAG.DEPCLIFF, against operating income when given)", { style: "label" });
  sb.formula(L.statusCell, unlessBlank(blanks, withIncome("DEPCLIFF", abs(D.bookLife), abs(D.economicLife), "status"), text("")), { style: "status" });
  sb.statusFormat(L.statusCell);
  sb.value(`A${checkHeader + 4}`, "Native schedule equals AIFLAG.DEPCLIFF", { style: "label" });
  sb.formula(L.crossCheckCell, `=IF(ISNUMBER(${L.aiflagCell}),ABS(${L.nativeCell}-${L.aiflagCell})<=${abs(D.tolerance)},${text(NEEDS_INPUT)})`, {
    style: "check",
  });

  // Sensitivity: the lives sit in the first grid's header cells and every formula reads them from there.
  const first = L.grids.DEPCLIFF.value;
  const grid = (id: string, headerRow: number, output: "value" | "status") => {
    const label = output === "value" ? `Sensitivity: AIFLAG.${id} (${units}) by economic life (rows) and book life (columns)` : `Sensitivity: status (AIFLAG.${id}, output "status")`;
    sb.value(`A${headerRow - 1}`, label, { style: "header" });
    sb.value(`A${headerRow}`, "Economic life (down) / book life (across), years", { style: "header" });
    SENSITIVITY_BOOK_LIVES.forEach((bookLife, j) => {
      const ref = cell(1 + j, headerRow);
      if (headerRow === first) sb.value(ref, bookLife, { style: "input", numberFormat: GRID_LIFE_FORMAT });
      else sb.formula(ref, `=${cell(1 + j, first)}`, { style: "header", numberFormat: GRID_LIFE_FORMAT });
    });
    SENSITIVITY_ECONOMIC_LIVES.forEach((economicLife, i) => {
      const row = headerRow + 1 + i;
      if (headerRow === first) sb.value(`A${row}`, economicLife, { style: "input", numberFormat: GRID_LIFE_FORMAT });
      else sb.formula(`A${row}`, `=A${first + 1 + i}`, { style: "header", numberFormat: GRID_LIFE_FORMAT });
      SENSITIVITY_BOOK_LIVES.forEach((_b, j) => {
        const f = withIncome(id, fixRow(cell(1 + j, headerRow)), fixColumn(`A${row}`), output === "status" ? "status" : undefined);
        const shown = unlessBlank(blankCount([capexRange]), f, output === "status" ? text("") : text(NEEDS_INPUT));
        sb.formula(cell(1 + j, row), shown, output === "status" ? { style: "status" } : { style: "calc", numberFormat: money });
      });
    });
    if (output === "status") {
      sb.statusFormat(`B${headerRow + 1}:${columnLetter(SENSITIVITY_BOOK_LIVES.length)}${headerRow + SENSITIVITY_ECONOMIC_LIVES.length}`);
    }
  };
  for (const id of GRID_FLAGS) {
    grid(id, L.grids[id].value, "value");
    grid(id, L.grids[id].status, "status");
  }

  const lastGrid = L.grids[GRID_FLAGS[GRID_FLAGS.length - 1]].status;
  writeNotes(sb, lastGrid + SENSITIVITY_ECONOMIC_LIVES.length + 2, caveatsOf(company));
  sb.width("A", 52).freeze(0, 1);
  for (let j = 0; j < L.years; j++) sb.width(columnLetter(1 + j), 12);

  return {
    title: `Depreciation cliff (${companyLabel(company)})`,
    sheets: [sb.build()],
    names: [],
    activate: DEPRECIATION_KEY,
  };
}
