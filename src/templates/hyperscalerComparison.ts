/**
 * Template 3, the hyperscaler comparison: one row per company with revenue growth, gross-margin
 * change (AIFLAG.GROSSMARGINGAP), FCF conversion in the latest year (AIFLAG.FCFCONV), capex
 * intensity and depreciation pace, each with a status; then FCF conversion for every year with
 * statements and whether it fell in each of the last two; over a list of companies' figures (the
 * Data sheet; the catalogue fills it with the embedded sample companies). Growth, margin and
 * conversion read each company's years with statements (the samples hold capex alone before
 * FY2023).
 *
 * Depreciation pace is reported depreciation / capex: the company's own books, with no life
 * assumed (the depreciation-cliff template weighs lives). Depreciation is that of property and
 * equipment where the company reports it, else its depreciation and amortization. Its status,
 * like those of growth and capex intensity (which no AIFLAG flag measures alone), comes from
 * screening thresholds in input cells on the sheet.
 */
import type { Financials } from "../model/financials";
import { abs, cell } from "./a1";
import { buildDataSheet, dataAt, dataFirst, dataLatest, dataSeries, dataYearCell, DATA_KEY, type DataLayout } from "./comparison/dataSheet";
import { SCREEN_THRESHOLDS, type ScreenThreshold } from "./comparison/thresholds";
import { aiflagCallByName, blankCount, NEEDS_INPUT, text, unlessBlank } from "./formulas";
import { combinedCaveats, sourcesOf, unitsOfAll, writeNotes, writeSheetHeader } from "./notes";
import { paramDefault } from "./paramDefaults";
import type { WorkbookPlan } from "./plan";
import { MULTIPLE_FORMAT, SHARE_FORMAT, YEAR_FORMAT } from "./formats";
import { SheetBuilder } from "./sheetBuilder";
import { onSheet } from "./sheetRef";

export const COMPARISON_KEY = "comparison";

/** Columns of the comparison table: metric then its status. */
export const COMPARISON_COLUMNS = {
  company: "A",
  growth: "B",
  growthStatus: "C",
  margin: "D",
  marginStatus: "E",
  fcf: "F",
  fcfStatus: "G",
  capexIntensity: "H",
  capexIntensityStatus: "I",
  depreciationPace: "J",
  depreciationPaceStatus: "K",
} as const;

type ScreenCells = Record<ScreenThreshold["key"], { red: string; watch: string }>;

const THRESHOLDS_ROW = 6;

/** Row of the table header: below the two GROSSMARGINGAP defaults and two rows per screen. */
export const COMPARISON_TABLE_HEADER_ROW = THRESHOLDS_ROW + 1 + 2 + 2 * SCREEN_THRESHOLDS.length + 1;

function screenStatus(value: string, t: ScreenThreshold, cells: { red: string; watch: string }): string {
  const op = t.worse === "lower" ? "<" : ">=";
  const red = abs(cells.red);
  const watch = abs(cells.watch);
  return `=IF(ISNUMBER(${value}),IF(${value}${op}${red},"RED",IF(${value}${op}${watch},"WATCH","OK")),"")`;
}

/** The comparison of `companies` (their figures, from any source); an empty list gives the blank template. */
export function buildHyperscalerComparison(companies: readonly Financials[]): WorkbookPlan {
  const data = buildDataSheet(companies);
  const filled = companies.length > 0;
  const D: DataLayout = data.layout;
  const sb = new SheetBuilder(COMPARISON_KEY, "Comparison");
  const C = COMPARISON_COLUMNS;
  const firstStatement = Math.min(...D.blocks.map((b) => b.statementStart));
  const first = dataYearCell(D, firstStatement);
  const last = dataYearCell(D, D.years - 1);

  writeSheetHeader(sb, "Hyperscaler comparison", sourcesOf(companies), filled ? unitsOfAll(companies) : "USD millions");
  sb.value(
    "A4",
    "Statuses: gross-margin change and FCF conversion are AIFLAG's; growth, capex intensity and depreciation pace are screened against the thresholds below (the analyst's: change them).",
    { style: "note" },
  );

  // Thresholds: AIFLAG defaults from the registry, then the screening thresholds.
  let row = THRESHOLDS_ROW;
  sb.value(`A${row}`, "Thresholds", { style: "header" });
  sb.value(`C${row++}`, "Why", { style: "header" });
  const growthThresholdCell = `B${row}`;
  sb.value(`A${row}`, "Growth threshold (AIFLAG.GROSSMARGINGAP)", { style: "label" });
  sb.value(growthThresholdCell, paramDefault("GROSSMARGINGAP", "growth_threshold"), { style: "input", numberFormat: SHARE_FORMAT });
  sb.value(`C${row++}`, "GROSSMARGINGAP's documented default.", { style: "note" });
  const toleranceCell = `B${row}`;
  sb.value(`A${row}`, "Margin change counted as flat (AIFLAG.GROSSMARGINGAP)", { style: "label" });
  sb.value(toleranceCell, paramDefault("GROSSMARGINGAP", "tolerance"), { style: "input", numberFormat: SHARE_FORMAT });
  sb.value(`C${row++}`, "GROSSMARGINGAP's documented default.", { style: "note" });
  const screenCell: Partial<ScreenCells> = {};
  for (const t of SCREEN_THRESHOLDS) {
    const words = t.worse === "lower" ? ["RED below", "WATCH below"] : ["RED at or above", "WATCH at or above"];
    const cells = { red: `B${row}`, watch: `B${row + 1}` };
    sb.value(`A${row}`, `${t.metric}: ${words[0]}`, { style: "label" });
    sb.value(cells.red, t.red, { style: "input", numberFormat: SHARE_FORMAT });
    sb.value(`C${row}`, t.why, { style: "note" });
    sb.value(`A${row + 1}`, `${t.metric}: ${words[1]}`, { style: "label" });
    sb.value(cells.watch, t.watch, { style: "input", numberFormat: SHARE_FORMAT });
    screenCell[t.key] = cells;
    row += 2;
  }
  const screen = (key: ScreenThreshold["key"]) => {
    const t = SCREEN_THRESHOLDS.find((s) => s.key === key);
    if (!t) throw new Error(`no screening threshold ${key}`);
    return { t, cells: (screenCell as ScreenCells)[key] };
  };

  // The table, with headers that name the years from the Data sheet's header cells.
  const tableHeaderRow = COMPARISON_TABLE_HEADER_ROW;
  if (row >= tableHeaderRow) throw new Error("the thresholds run into the comparison table");
  const headers: Array<[string, string]> = [
    [C.company, `="Company"`],
    [C.growth, `="Revenue growth, CAGR FY"&${first}&"-FY"&${last}`],
    [C.growthStatus, `="Status"`],
    [C.margin, `="Gross-margin change FY"&${first}&"-FY"&${last}&" (AIFLAG.GROSSMARGINGAP)"`],
    [C.marginStatus, `="Status"`],
    [C.fcf, `="FCF conversion FY"&${last}&" (AIFLAG.FCFCONV)"`],
    [C.fcfStatus, `="Status"`],
    [C.capexIntensity, `="Capex intensity FY"&${last}&" (capex / revenue)"`],
    [C.capexIntensityStatus, `="Status"`],
    [C.depreciationPace, `="Depreciation pace FY"&${last}&" (depreciation / capex)"`],
    [C.depreciationPaceStatus, `="Status"`],
  ];
  for (const [col, f] of headers) sb.formula(`${col}${tableHeaderRow}`, f, { style: "header" });

  const firstCompanyRow = tableHeaderRow + 1;
  D.blocks.forEach((block, i) => {
    const r = firstCompanyRow + i;
    const rev = dataSeries(D, i, "revenue");
    const cost = dataSeries(D, i, "cost_of_revenue");
    sb.formula(`${C.company}${r}`, `=${onSheet(DATA_KEY, block.nameCell)}`, { style: "label" });

    const growth = `${C.growth}${r}`;
    const rri = `RRI(${last}-${dataYearCell(D, block.statementStart)},${dataFirst(D, i, "revenue")},${dataLatest(D, i, "revenue")})`;
    sb.formula(growth, unlessBlank(blankCount([rev]), rri), { style: "calc", numberFormat: SHARE_FORMAT });
    const g = screen("growth");
    sb.formula(`${C.growthStatus}${r}`, screenStatus(growth, g.t, g.cells), { style: "status" });

    const gmBlanks = blankCount([rev, cost]);
    const gm = (output?: "status") =>
      aiflagCallByName("GROSSMARGINGAP", { revenue: rev, cost_of_revenue: cost, growth_threshold: abs(growthThresholdCell), tolerance: abs(toleranceCell) }, output);
    sb.formula(`${C.margin}${r}`, unlessBlank(gmBlanks, gm()), { style: "calc", numberFormat: SHARE_FORMAT });
    sb.formula(`${C.marginStatus}${r}`, unlessBlank(gmBlanks, gm("status"), text("")), { style: "status" });

    const fcf = fcfFormulas(D, i, D.years - 1);
    sb.formula(`${C.fcf}${r}`, unlessBlank(fcf.blanks, fcf.call()), { style: "calc", numberFormat: MULTIPLE_FORMAT });
    sb.formula(`${C.fcfStatus}${r}`, unlessBlank(fcf.blanks, fcf.call("status"), text("")), { style: "status" });

    const capex = dataLatest(D, i, "capex");
    const revenue = dataLatest(D, i, "revenue");
    const intensity = `${C.capexIntensity}${r}`;
    sb.formula(intensity, unlessBlank(blankCount([capex, revenue]), `ABS(${capex})/${revenue}`), { style: "calc", numberFormat: SHARE_FORMAT });
    const ci = screen("capexIntensity");
    sb.formula(`${C.capexIntensityStatus}${r}`, screenStatus(intensity, ci.t, ci.cells), { style: "status" });

    const dep = dataLatest(D, i, "depreciation");
    const da = dataLatest(D, i, "depreciation_amortization");
    const pace = `${C.depreciationPace}${r}`;
    // Depreciation of property and equipment where given, else D&A: blank only when both are.
    const depBlank = `${blankCount([capex])}+AND(ISBLANK(${dep}),ISBLANK(${da}))`;
    sb.formula(pace, unlessBlank(depBlank, `IF(ISNUMBER(${dep}),${dep},${da})/ABS(${capex})`), { style: "calc", numberFormat: SHARE_FORMAT });
    const dp = screen("depreciationPace");
    sb.formula(`${C.depreciationPaceStatus}${r}`, screenStatus(pace, dp.t, dp.cells), { style: "status" });
  });
  const lastCompanyRow = firstCompanyRow + D.blocks.length - 1;
  for (const col of [C.growthStatus, C.marginStatus, C.fcfStatus, C.capexIntensityStatus, C.depreciationPaceStatus]) {
    sb.statusFormat(`${col}${firstCompanyRow}:${col}${lastCompanyRow}`);
  }

  const byYear = writeConversionByYear(sb, D, lastCompanyRow + 2, firstStatement, C.company, firstCompanyRow);

  // The chart's data: contiguous, so one range holds names, headers and the three ratios.
  const chartHeaderRow = byYear.nextRow + 1;
  const chartCols: Array<[string, string, string]> = [
    ["B", "FCF conversion", C.fcf],
    ["C", "Capex intensity", C.capexIntensity],
    ["D", "Depreciation pace", C.depreciationPace],
  ];
  sb.formula(`A${chartHeaderRow}`, `="Latest year, FY"&${last}`, { style: "header" });
  for (const [col, label] of chartCols) sb.value(`${col}${chartHeaderRow}`, label, { style: "header" });
  D.blocks.forEach((_b, i) => {
    const r = chartHeaderRow + 1 + i;
    sb.formula(`A${r}`, `=${C.company}${firstCompanyRow + i}`, { style: "label" });
    for (const [col, , source] of chartCols) sb.formula(`${col}${r}`, `=${source}${firstCompanyRow + i}`, { style: "calc", numberFormat: "0.00" });
  });
  const chartLastRow = chartHeaderRow + D.blocks.length;
  sb.chart({
    type: "columnClustered",
    title: "FCF conversion, capex intensity and depreciation pace (latest year)",
    dataRange: `A${chartHeaderRow}:${cell(chartCols.length, chartLastRow)}`,
    seriesBy: "columns",
    anchor: `F${chartHeaderRow}`,
    widthCells: 8,
    heightCells: 15,
  });

  const notes = [
    ...combinedCaveats(companies),
    "Depreciation pace is reported depreciation / capex in the latest year: the company's own books, with no life assumed (the depreciation-cliff template weighs the lives).",
    "Depreciation is that of property and equipment where the company reports it, else depreciation and amortization as the cash-flow statement adds it back.",
    "FCF conversion subtracts finance-lease principal payments where the Data sheet holds them; where that row is blank, conversion excludes finance leases.",
    `"${NEEDS_INPUT}" marks a metric whose inputs are blank on the Data sheet.`,
  ];
  writeNotes(sb, chartLastRow + 2, notes);
  sb.width("A", 52).width("C", 10).width("E", 10).width("G", 10).width("I", 10).width("K", 10);
  for (const col of ["B", "D", "F", "H", "J"]) sb.width(col, 20);
  sb.freeze(tableHeaderRow, 1);

  return {
    title: filled ? `Hyperscaler comparison (${companies.map((c) => c.company.name).join(", ")})` : "Hyperscaler comparison (blank)",
    sheets: [data.sheet, sb.build()],
    names: [],
    activate: COMPARISON_KEY,
  };
}

/** FCFCONV on one company's year k of the Data sheet: operating cash flow, capex, net income, then finance-lease principal where the function takes it. */
function fcfFormulas(D: DataLayout, i: number, k: number): { blanks: string; call(output?: "status"): string } {
  const args = {
    operating_cash_flow: dataAt(D, i, "operating_cash_flow", k),
    capex: dataAt(D, i, "capex", k),
    net_income: dataAt(D, i, "net_income", k),
    // A blank finance-lease cell takes the function's default (none repaid): the notes say conversion then excludes finance leases.
    finance_leases: dataAt(D, i, "finance_lease_principal", k),
  };
  return {
    blanks: blankCount([args.operating_cash_flow, args.capex, args.net_income]),
    call: (output) => aiflagCallByName("FCFCONV", args, output),
  };
}

/**
 * FCF conversion for every year with statements, one row per company, the years across, the
 * direction of the last two years beside: the series the analysis says to watch.
 */
function writeConversionByYear(sb: SheetBuilder, D: DataLayout, row: number, firstStatement: number, nameCol: string, firstCompanyRow: number): { nextRow: number } {
  const years = Array.from({ length: D.years - firstStatement }, (_x, j) => firstStatement + j);
  const col = (j: number) => cell(1 + j, row);
  sb.value(`A${row}`, "FCF conversion by year (AIFLAG.FCFCONV, x net income)", { style: "header" });
  years.forEach((k, j) => sb.formula(col(j), `=${dataYearCell(D, k)}`, { style: "header", numberFormat: YEAR_FORMAT }));
  const fellCol = 1 + years.length;
  sb.value(cell(fellCol, row), "Fell in each of the last two years", { style: "header" });
  D.blocks.forEach((block, i) => {
    const r = row + 1 + i;
    sb.formula(`A${r}`, `=${nameCol}${firstCompanyRow + i}`, { style: "label" });
    years.forEach((k, j) => {
      if (k < block.statementStart) return;
      const f = fcfFormulas(D, i, k);
      sb.formula(cell(1 + j, r), unlessBlank(f.blanks, f.call()), { style: "calc", numberFormat: MULTIPLE_FORMAT });
    });
    if (years.length >= 3) {
      const [a, b, c] = [cell(years.length - 2, r), cell(years.length - 1, r), cell(years.length, r)];
      sb.formula(cell(fellCol, r), `=IF(AND(ISNUMBER(${a}),ISNUMBER(${b}),ISNUMBER(${c})),AND(${b}<${a},${c}<${b}),${text(NEEDS_INPUT)})`, { style: "check" });
    }
  });
  return { nextRow: row + 1 + D.blocks.length };
}
