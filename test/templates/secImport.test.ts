/**
 * What "Import SEC data" inserts: the "SEC data" sheet and the red-flag model filled from the same
 * fiscal years (18 for Microsoft, 19 for NVIDIA), as one plan. The red-flag model copes with that
 * many years: every year on the Inputs sheet, flags and checks over all of them, the charts placed
 * right of the by-year rows (not over them), and nothing evaluates to an error.
 */
import { cell, columnIndex, parseCell } from "../../src/templates/a1";
import type { Financials } from "../../src/model/financials";
import type { WorkbookPlan } from "../../src/templates/plan";
import { buildRedFlagModel } from "../../src/templates/redFlagModel";
import { buildSecDataSheet, SEC_DATA_KEY } from "../../src/templates/secData/sheet";
import { buildSecImport } from "../../src/templates/secImport";
import { FLAG_COLUMNS } from "../../src/templates/redFlag/flagsSheet";
import { fixtureCompany } from "../sources/sec/fixtures";
import { errorCells, load, rowOf, sheetOf } from "./helpers";

const msft = fixtureCompany("MSFT").annual;
const nvda = fixtureCompany("NVDA").annual;

test("one plan: the SEC data sheet first (and opened), then the red-flag model's sheets and names, from the same figures", () => {
  const plan = buildSecImport(msft);
  const model = buildRedFlagModel(msft);
  expect(plan.sheets.map((s) => s.name)).toEqual(["SEC data", "Inputs", "Flags", "Checks"]);
  expect(plan.sheets[0]).toEqual(buildSecDataSheet(msft).sheet);
  expect(plan.sheets.slice(1)).toEqual(model.sheets);
  expect(plan.names).toEqual(model.names);
  expect(plan.activate).toBe(SEC_DATA_KEY);
  expect(plan.title).toBe("SEC data and red-flag model (MICROSOFT CORPORATION)");
});

/** Every cell a chart of the sheet covers. */
function chartCells(plan: WorkbookPlan, key: string): Set<string> {
  const covered = new Set<string>();
  for (const chart of sheetOf(plan, key).charts ?? []) {
    const a = parseCell(chart.anchor);
    for (let r = 0; r < chart.heightCells; r++) for (let c = 0; c < chart.widthCells; c++) covered.add(cell(a.col + c, a.row + r));
  }
  return covered;
}

describe.each([
  ["Microsoft", msft, 18],
  ["NVIDIA", nvda, 19],
])("the red-flag model over %s's SEC years", (_name, f: Financials, years: number) => {
  const plan = buildSecImport(f);
  const loaded = load(plan);

  test(`all ${years} fiscal years on the Inputs sheet, the latest last, in millions`, () => {
    expect(f.periods).toHaveLength(years);
    const inputs = sheetOf(plan, "inputs");
    const header = inputs.cells.filter((c) => parseCell(c.ref).row === 6 && c.numberFormat === '"FY"0').map((c) => c.value);
    expect(header).toEqual(f.periods.map((p) => p.fiscalYear));
    const revenueRow = rowOf(plan, "inputs", "Revenue");
    const latest = loaded.value("inputs", cell(years, revenueRow));
    expect(latest).toBeCloseTo((f.items.revenue!.values.at(-1)!.value as number) / 1e6, 6);
  });

  test("no planned cell evaluates to an error but FCF conversion's #N/A in a year of net loss (NVIDIA's FY2010)", () => {
    // A loss year whose FCF inputs are all there (a year lacking capex says "needs input" instead).
    const has = (item: "capex" | "operating_cash_flow", k: number) => f.items[item]!.values[k] !== null;
    const losses = f.periods.filter((_, k) => (f.items.net_income!.values[k]?.value ?? 1) <= 0 && has("capex", k) && has("operating_cash_flow", k));
    const errors = errorCells(loaded);
    expect(errors).toHaveLength(losses.length);
    for (const e of errors) expect(e).toMatch(/^flags!\w+: #N\/A net income is -[\d.]+: conversion is undefined unless it is positive <- .*AIFLAG\.FCFCONV/);
  });

  test("the series flags read every year, and the Flags sheet's charts cover none of its cells", () => {
    const flags = sheetOf(plan, "flags");
    const gmg = rowOf(plan, "flags", /AIFLAG\.GROSSMARGINGAP/);
    expect(loaded.value("flags", `${FLAG_COLUMNS.period}${gmg}`)).toBe(`FY${f.periods[0].fiscalYear}-FY${f.periods.at(-1)!.fiscalYear}`);
    const covered = chartCells(plan, "flags");
    expect(covered.size).toBeGreaterThan(0);
    expect(flags.cells.filter((c) => covered.has(c.ref)).map((c) => c.ref)).toEqual([]);
    // The by-year rows reach past column J with this many years: the charts moved right of them.
    const lastYearCol = Math.max(...flags.cells.filter((c) => c.numberFormat === '"FY"0').map((c) => parseCell(c.ref).col));
    for (const chart of flags.charts ?? []) expect(columnIndex(chart.anchor.replace(/\d+$/, ""))).toBeGreaterThan(lastYearCol);
  });
});

test("Microsoft's checks pass over its 18 years; NVIDIA's flag its missing capex years instead of reading them as zero", () => {
  expect(load(buildSecImport(msft)).value("checks", "B4")).toBe(true);
  const n = load(buildSecImport(nvda));
  expect(n.value("checks", "B4")).toBe(false);
  const plan = buildSecImport(nvda);
  const capexRow = rowOf(plan, "inputs", /^Capex/);
  const k = nvda.periods.findIndex((p) => p.label === "FY2015");
  expect(n.value("inputs", cell(1 + k, capexRow))).toBeNull();
});
