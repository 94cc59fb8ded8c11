/**
 * "Import SEC data" with Quarters chosen: the SEC data sheet and the red-flag model over
 * Microsoft's 70 quarters (the trimmed fixture). The columns read the quarters' labels on every
 * sheet; the flags with a periods-per-year parameter are told 4; the flags the registry says mean
 * something on fiscal years only (`yearsOnly`) say so on the Flags sheet and are never called;
 * the checks order the quarters by their end dates; nothing else evaluates to an error.
 */
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction } from "../../src/core/registry";
import { columnLetter, parseCell } from "../../src/templates/cellRefs";
import { periodColumnsOf, QUARTERS_NOT_ANNUALISED, shownAt } from "../../src/templates/company";
import { TEXT_FORMAT } from "../../src/templates/formats";
import { deriveInputs } from "../../src/templates/redFlag/bindings";
import { catalogueFlags } from "../../src/templates/redFlag/flagFormulas";
import { FLAG_COLUMNS, NOT_ON_QUARTERS } from "../../src/templates/redFlag/flagsSheet";
import { MISSING_QUARTERS_WHY } from "../../src/templates/secData/gaps";
import { GRID_HEADER_ROW } from "../../src/templates/secData/sheet";
import { buildSecImport } from "../../src/templates/secImport";
import { expectSameAsCore } from "../engine/helpers";
import { fixtureCompany } from "../sources/sec/fixtures";
import { errorCells, load, rowOf, sheetOf } from "./helpers";

const q = fixtureCompany("MSFT").quarterly;
const labels = q.periods.map((p) => p.label);
const plan = buildSecImport(q);
const loaded = load(plan);
const C = FLAG_COLUMNS;
const yearsOnly = catalogueFlags().filter((def) => def.yearsOnly !== undefined);
const flagRow = (id: string) => rowOf(plan, "flags", new RegExp(`\\(AIFLAG\\.${id}\\)$`));
/** The Inputs, Flags and Checks columns of the latest quarter (B is the first), and the column right of them. */
const LATEST = columnLetter(labels.length);
const AFTER = columnLetter(labels.length + 1);
const COMMENT = AFTER;
const text = (key: string, ref: string) => sheetOf(plan, key).cells.find((c) => c.ref === ref);

test("the figures are quarters: 70 of them, Q1 FY2009 to Q2 FY2026", () => {
  expect(periodColumnsOf(q)).toMatchObject({ kind: "quarters", numberFormat: TEXT_FORMAT, endLabel: "Quarter end" });
  expect(labels).toHaveLength(70);
  expect([labels[0], labels.at(-1)]).toEqual(["Q1 FY2009", "Q2 FY2026"]);
});

test("every sheet's columns read the quarters' labels, as text", () => {
  const inputs = sheetOf(plan, "inputs").cells.filter((c) => parseCell(c.ref).row === 6 && parseCell(c.ref).col >= 1 && parseCell(c.ref).col <= 70);
  expect(inputs.map((c) => c.value)).toEqual(labels);
  for (const c of inputs) expect(c.numberFormat).toBe(TEXT_FORMAT);
  expect(text("inputs", "A7")?.value).toBe("Quarter end");
  expect(loaded.value("inputs", "B7")).toBe("2008-09-30");

  const grid = sheetOf(plan, "secdata").cells.filter((c) => parseCell(c.ref).row === GRID_HEADER_ROW && parseCell(c.ref).col >= 2 && parseCell(c.ref).col < 72);
  expect(grid.map((c) => c.value)).toEqual(labels);
  expect(text("secdata", `A${GRID_HEADER_ROW + 1}`)?.value).toBe("Quarter end");

  // The by-quarter rows of the Flags sheet and the Checks sheet repeat the Inputs headers by formula.
  const trend = rowOf(plan, "flags", "Revenue growth and gross margin (% of revenue)");
  expect([loaded.value("flags", `B${trend}`), loaded.value("flags", `${LATEST}${trend}`)]).toEqual(["Q1 FY2009", "Q2 FY2026"]);
  expect([loaded.value("checks", "B7"), loaded.value("checks", `${LATEST}7`), loaded.value("checks", `${AFTER}7`)]).toEqual(["Q1 FY2009", "Q2 FY2026", "All quarters"]);
  expect(text("flags", `A${trend + 1}`)?.value).toBe("Revenue growth on the quarter before");
  expect(sheetOf(plan, "flags").charts?.map((c) => c.title)).toContain("FCF conversion by quarter");
});

test("the Period column names the quarters a flag reads", () => {
  expect(loaded.value("flags", `${C.period}${flagRow("GROSSMARGINGAP")}`)).toBe("Q1 FY2009-Q2 FY2026");
  expect(loaded.value("flags", `${C.period}${flagRow("FCFCONV")}`)).toBe("Q2 FY2026");
});

test("four periods a year: GROSSMARGINGAP's growth a year and RUNWAY's months read the assumption cell, which holds 4", () => {
  const cell = rowOf(plan, "inputs", /^Burn periods per year/);
  expect(loaded.value("inputs", `B${cell}`)).toBe(4);
  expect(String(text("inputs", `${COMMENT}${cell}`)?.value)).toMatch(/^Net burn above is per quarter, so 4 /);

  const series = (item: "revenue" | "cost_of_revenue") => [q.periods.map((_, k) => shownAt(q, item, k)!)];
  const gmg = findFunction("GROSSMARGINGAP")!;
  const defaults = ["growth_threshold", "tolerance"].map((name) => gmg.params.find((p) => p.name === name)!.defaultValue!);
  const args = [series("revenue"), series("cost_of_revenue"), ...defaults, 4];
  const row = flagRow("GROSSMARGINGAP");
  expectSameAsCore(loaded.value("flags", `${C.value}${row}`), invokeFunction(gmg, args)[0][0]);
  expectSameAsCore(loaded.value("flags", `${C.status}${row}`), invokeFunction(gmg, [...args, "status"])[0][0]);
  // The formula reads the cell: an analyst who types another number there is heard.
  expect(text("flags", `${C.value}${row}`)?.formula).toMatch(new RegExp(`AIFLAG\\.GROSSMARGINGAP\\(.*,\\{\\{sheet:inputs\\}\\}!\\$B\\$${cell}\\)`));

  // 120 of cash, burning 30 a quarter: 4 quarters, 12 months (48 if the quarters were read as years).
  const loaded2 = load(plan);
  const put = (label: RegExp, value: number) => {
    const r = rowOf(plan, "inputs", label);
    loaded2.engine.setCellContents({ sheet: loaded2.sheetId("inputs"), col: parseCell(`${LATEST}1`).col, row: r - 1 }, value);
  };
  put(/^Cash and short-term investments/, 120);
  put(/^Net cash burn \(per quarter\)/, 30);
  expect(loaded2.value("flags", `${C.value}${flagRow("RUNWAY")}`)).toBe(12);
});

test("a flag meaningful on fiscal years only says why instead of a value, and is never called", () => {
  // Each flag with a periods-per-year parameter is told the periods instead.
  for (const def of catalogueFlags()) if (def.params.some((p) => p.name === "periods_per_year")) expect(def.yearsOnly).toBeUndefined();
  expect(yearsOnly.map((d) => d.id).sort()).toEqual(["ACCRUALS", "ALTMANZ", "BENEISH", "DEPCLIFF", "DEPGAP", "INCROIC", "REVENUEGAP", "ROIC", "USEFULLIFE"]);
  const formulas = plan.sheets.flatMap((s) => s.cells.map((c) => c.formula ?? ""));
  for (const def of yearsOnly) {
    const row = flagRow(def.id);
    expect(loaded.value("flags", `${C.value}${row}`)).toBe(NOT_ON_QUARTERS);
    expect(loaded.value("flags", `${C.status}${row}`)).toBeNull();
    expect(text("flags", `${C.formula}${row}`)?.value).toBe(`Not computed over quarters. ${def.yearsOnly}`);
    expect(formulas.filter((f) => f.includes(`AIFLAG.${def.id}(`))).toEqual([]);
  }
  // The others are computed as over fiscal years, every one with its live formula.
  for (const def of catalogueFlags().filter((d) => d.yearsOnly === undefined)) {
    expect(text("flags", `${C.value}${flagRow(def.id)}`)?.formula).toContain(`AIFLAG.${def.id}(`);
  }
  // Their inputs are not asked for: no row or assumption is read by them alone.
  const inputs = deriveInputs(catalogueFlags(), "quarters");
  const readers = [...inputs.readers.values(), ...inputs.assumptions.map((a) => a.readers)].flat();
  for (const def of yearsOnly) expect(readers).not.toContain(def.id);
  expect(sheetOf(plan, "inputs").cells.some((c) => c.value === "AI chip spend (annual run-rate)")).toBe(false);
});

test("no vintage span, hardware capex or life sensitivity over quarters: the flags that read them are fiscal years only", () => {
  const inputs = sheetOf(plan, "inputs").cells;
  const flags = sheetOf(plan, "flags").cells;
  expect(inputs.some((c) => /^Hardware (share|capex)/.test(String(c.value)))).toBe(false);
  expect(flags.some((c) => /^Economic-life sensitivity/.test(String(c.value)))).toBe(false);
  expect(String(text("inputs", "A4")?.value)).not.toMatch(/Capex runs from/);
  // Capex is checked over the same quarters as the statements.
  const capex = rowOf(plan, "checks", "Capex >= 0 (entered positive)");
  const revenue = rowOf(plan, "checks", "Revenue > 0");
  const colsOf = (r: number) => sheetOf(plan, "checks").cells.filter((c) => parseCell(c.ref).row === r && c.formula).map((c) => parseCell(c.ref).col);
  expect(colsOf(capex)).toEqual(colsOf(revenue));
  // FCF conversion's direction reads against the quarter before.
  const direction = rowOf(plan, "flags", "Direction against the quarter before");
  expect(loaded.value("flags", `C${direction}`)).toMatch(/^(rose|fell|unchanged)$/);
  expect(flags.some((c) => c.value === "Fell in each of the last two quarters")).toBe(true);
});

test("over fiscal years every flag is computed, as before", () => {
  const years = buildSecImport(fixtureCompany("MSFT").annual);
  for (const def of yearsOnly) {
    const row = rowOf(years, "flags", new RegExp(`\\(AIFLAG\\.${def.id}\\)$`));
    expect(sheetOf(years, "flags").cells.find((c) => c.ref === `${C.value}${row}`)?.formula).toContain(`AIFLAG.${def.id}(`);
  }
});

test("the checks order the quarters by their end dates, and catch two out of order", () => {
  const row = rowOf(plan, "checks", "Quarters run oldest to newest (by their end dates)");
  expect(loaded.value("checks", `${AFTER}${row}`)).toBe(true);
  const again = load(plan);
  again.engine.setCellContents({ sheet: again.sheetId("inputs"), col: 2, row: 6 }, "2008-01-31");
  expect(again.value("checks", `C${row}`)).toBe(false);
  expect(again.value("checks", `${AFTER}${row}`)).toBe(false);
});

test("no planned cell evaluates to an error but FCF conversion's #N/A in a quarter of net loss", () => {
  const losses = q.periods.filter((_, k) => (q.items.net_income!.values[k]?.value ?? 1) <= 0);
  expect(losses.map((p) => p.label)).toEqual(["Q4 FY2012", "Q4 FY2015", "Q2 FY2018"]);
  const errors = errorCells(loaded);
  expect(errors).toHaveLength(losses.length);
  for (const e of errors) expect(e).toMatch(/^flags!\w+: #N\/A net income is -[\d,.]+: conversion is undefined unless it is positive <- .*AIFLAG\.FCFCONV/);
});

test("the SEC data sheet: a derived quarter is marked, the sources name the quarter, the notes say what quarters are", () => {
  const sheet = sheetOf(plan, "secdata");
  const k = labels.indexOf("Q4 FY2025");
  const revenue = rowOf(plan, "secdata", "Revenue");
  const grid = sheet.cells.find((c) => parseCell(c.ref).row === revenue && parseCell(c.ref).col === 2 + k)!;
  expect(grid.value).toBe(shownAt(q, "revenue", k));
  expect(grid.numberFormat).toMatch(/"\*r?"$/);
  expect(sheet.cells.some((c) => c.value === "Quarter" && /^C\d+$/.test(c.ref))).toBe(true);
  expect(sheet.cells.some((c) => c.value === "Q4 FY2025" && /^C\d+$/.test(c.ref) && parseCell(c.ref).row > GRID_HEADER_ROW)).toBe(true);
  expect(sheet.cells.some((c) => c.value === QUARTERS_NOT_ANNUALISED)).toBe(true);
  expect(sheet.cells.some((c) => c.value === MISSING_QUARTERS_WHY)).toBe(true);
});
