/**
 * The depreciation-cliff schedule, blank and filled with each sample company: the hardware share
 * in native formulas equals the analysis's calibration, the native schedule of hardware capex is
 * checked cell by cell against the rule DEPCLIFF documents (mid-year convention), its total
 * equals AIFLAG.DEPCLIFF (the cross-check cell is TRUE, and so is a direct call of the core), the
 * sensitivity grids of DEPCLIFF and DEPGAP equal the core for every pair of lives, and the model
 * stays live.
 */
import { hardwareShare } from "../../src/analysis/hardwareShare";
import type { RawArg } from "../../src/core/cells/values";
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction } from "../../src/core/registry";
import type { Financials } from "../../src/model/financials";
import { cell } from "../../src/templates/a1";
import { MID_YEAR_AGE } from "../../src/templates/depreciation/calibration";
import { buildDepreciationCliff, DEPRECIATION_CELLS, depreciationLayout } from "../../src/templates/depreciationCliff";
import { NEEDS_INPUT } from "../../src/templates/formulas";
import { SENSITIVITY_BOOK_LIVES, SENSITIVITY_ECONOMIC_LIVES } from "../../src/templates/lives";
import { expectSameAsCore } from "../engine/helpers";
import { restated, stretch } from "../../bench/lib/financials";
import { lastYears, latest, numbers, SAMPLES, tickerOf } from "./companies";
import { enter, errorCells, load, rowOf } from "./helpers";

const BOOK_LIFE: Record<string, number> = { MSFT: 6, GOOGL: 6, AMZN: 6, META: 5.5 };
const ECONOMIC_LIFE = 3;
const KEY = "depreciation";
const VINTAGES = 10;
/** The first book life of the sensitivity grid's header. */
const SENSITIVITY_LIVE_CELL = cell(1, depreciationLayout(VINTAGES).gridHeaderRow);

/** A depreciation flag called directly: hardware capex, the lives, then operating income when given. */
const core = (id: string, capex: number[], book: number, economic: number, income?: number, output?: string) => {
  const args: RawArg[] = [[capex], book, economic, income ?? null];
  return invokeFunction(findFunction(id)!, [...args, ...(output ? [output] : [])])[0][0];
};

/** Value a vintage keeps at the end of a year, straight line, mid-year convention (DEPCLIFF's rule). */
const kept = (capex: number, vintageYear: number, year: number, life: number) =>
  year < vintageYear ? "" : capex * Math.max(0, 1 - (year - vintageYear + MID_YEAR_AGE) / life);

const cases: Array<[string, Financials | null]> = [["blank", null], ...SAMPLES.map((c): [string, Financials] => [tickerOf(c), c])];

describe.each(cases)("depreciation cliff, %s", (_label, company) => {
  const plan = buildDepreciationCliff(company);
  const loaded = load(plan);
  const L = depreciationLayout(VINTAGES);
  const D = DEPRECIATION_CELLS;

  test("every formula evaluates without an error", () => {
    expect(errorCells(loaded)).toEqual([]);
  });

  if (!company) {
    test('without capex and lives the function cells say "needs input"; the share stays 1', () => {
      expect(loaded.value(KEY, L.aiflagCell)).toBe(NEEDS_INPUT);
      expect(loaded.value(KEY, L.crossCheckCell)).toBe(NEEDS_INPUT);
      expect(loaded.value(KEY, cell(1, L.gridHeaderRow + 1))).toBe(NEEDS_INPUT);
      expect(loaded.value(KEY, `B${rowOf(plan, KEY, "Hardware share used by the depreciation flags")}`)).toBe(1);
    });
    return;
  }

  const capex = numbers(company, "capex");
  const firstYear = company.periods[0].fiscalYear!;
  const book = BOOK_LIFE[tickerOf(company)];
  const share = hardwareShare(company, book).value;
  const hardware = capex.map((c) => c * share);
  const income = latest(company, "operating_income");

  test("inputs: the company's ten years of capex, its disclosed server life, an economic life of 3, its latest operating income", () => {
    expect(loaded.value(KEY, D.bookLife)).toBe(book);
    expect(loaded.value(KEY, D.economicLife)).toBe(ECONOMIC_LIFE);
    expect(loaded.value(KEY, D.operatingIncome)).toBe(income);
    capex.forEach((c, k) => expect(loaded.value(KEY, cell(1 + k, D.capexRow))).toBe(c));
  });

  test("the hardware share equals the analysis's calibration, and hardware capex is capex x share", () => {
    expect(loaded.value(KEY, `B${rowOf(plan, KEY, "Hardware share used by the depreciation flags")}`)).toBeCloseTo(share, 9);
    hardware.forEach((h, k) => expect(loaded.value(KEY, cell(1 + k, D.hardwareRow))).toBeCloseTo(h, 6));
  });

  test.each([
    ["book", D.scheduleHeaderRow, (): number => book],
    ["economic", L.bookTotalRow + 2, (): number => ECONOMIC_LIFE],
  ] as const)("the %s-life schedule follows the rule, cell by cell", (_name, headerRow, life) => {
    for (let j = 0; j < L.years; j++) {
      const year = firstYear + j;
      expect(loaded.value(KEY, cell(1 + j, headerRow))).toBe(year);
      hardware.forEach((h, k) => expectSameAsCore(loaded.value(KEY, cell(1 + j, headerRow + 1 + k)), kept(h, firstYear + k, year, life())));
    }
  });

  test("the native total at the latest vintage equals AIFLAG.DEPCLIFF, and the cross-check says so", () => {
    const expected = core("DEPCLIFF", hardware, book, ECONOMIC_LIFE, income);
    expectSameAsCore(loaded.value(KEY, L.nativeCell), expected);
    expectSameAsCore(loaded.value(KEY, L.aiflagCell), expected);
    expectSameAsCore(loaded.value(KEY, L.statusCell), core("DEPCLIFF", hardware, book, ECONOMIC_LIFE, income, "status"));
    expect(loaded.value(KEY, L.crossCheckCell)).toBe(true);
  });

  test("every later year equals DEPCLIFF with no further capex", () => {
    for (let j = 0; j < L.years; j++) {
      const n = j + 1;
      const vintages = n <= hardware.length ? hardware.slice(0, n) : [...hardware, ...new Array<number>(n - hardware.length).fill(0)];
      expectSameAsCore(loaded.value(KEY, cell(1 + j, L.gapRow)), core("DEPCLIFF", vintages, book, ECONOMIC_LIFE));
    }
  });

  test.each(["DEPCLIFF", "DEPGAP"] as const)("the %s sensitivity grids equal the core for every pair of lives", (id) => {
    SENSITIVITY_ECONOMIC_LIVES.forEach((economic, i) =>
      SENSITIVITY_BOOK_LIVES.forEach((bookLife, j) => {
        const grid = L.grids[id];
        expect(loaded.value(KEY, `A${grid.value + 1 + i}`)).toBe(economic);
        expect(loaded.value(KEY, cell(1 + j, grid.value))).toBe(bookLife);
        expectSameAsCore(loaded.value(KEY, cell(1 + j, grid.value + 1 + i)), core(id, hardware, bookLife, economic, income));
        expectSameAsCore(loaded.value(KEY, cell(1 + j, grid.status + 1 + i)), core(id, hardware, bookLife, economic, income, "status"));
      }),
    );
  });

  test("the model is live: new lives, a share of your own and a new first year flow through, the cross-check holds", () => {
    const live = load(plan);
    enter(live, KEY, D.economicLife, 2.5);
    enter(live, KEY, D.bookLife, 5);
    enter(live, KEY, SENSITIVITY_LIVE_CELL, 7); // a book life typed into the grid header
    enter(live, KEY, `B${rowOf(plan, KEY, "Your hardware share (blank: the calibrated one below)")}`, 0.5);
    const half = capex.map((c) => c * 0.5);
    expectSameAsCore(live.value(KEY, L.aiflagCell), core("DEPCLIFF", half, 5, 2.5, income));
    expect(live.value(KEY, L.crossCheckCell)).toBe(true);
    expectSameAsCore(live.value(KEY, cell(1, L.gridHeaderRow + 1)), core("DEPCLIFF", half, 7, SENSITIVITY_ECONOMIC_LIVES[0], income));
    expect(rowOf(plan, KEY, /^Cross-check at the latest vintage year \(USD millions\)$/)).toBe(Number(L.nativeCell.slice(1)) - 1);
  });
});

describe("from any company's figures: twelve years, or US dollars as filed", () => {
  const msft = SAMPLES[0];

  test("twelve fiscal years give twelve vintages, and the cross-check still holds", () => {
    const twelve = stretch(lastYears(msft, 3), 12);
    const plan = buildDepreciationCliff(twelve);
    const loaded = load(plan);
    const L = depreciationLayout(12);
    expect(errorCells(loaded)).toEqual([]);
    expect(loaded.value(KEY, DEPRECIATION_CELLS.firstVintageYear)).toBe(2014);
    numbers(twelve, "capex").forEach((c, k) => expect(loaded.value(KEY, cell(1 + k, DEPRECIATION_CELLS.capexRow))).toBe(c));
    const hardware = numbers(twelve, "capex").map((c) => c * hardwareShare(twelve, 6).value);
    expectSameAsCore(loaded.value(KEY, L.aiflagCell), core("DEPCLIFF", hardware, 6, ECONOMIC_LIFE, latest(twelve, "operating_income")));
    expect(loaded.value(KEY, L.crossCheckCell)).toBe(true);
  });

  test("figures in US dollars (scale 1) are shown in USD millions", () => {
    const plan = buildDepreciationCliff(restated(msft, 1));
    const loaded = load(plan);
    expect(loaded.value(KEY, "B3")).toBe("USD millions");
    numbers(msft, "capex").forEach((c, k) => expect(loaded.value(KEY, cell(1 + k, DEPRECIATION_CELLS.capexRow))).toBe(c));
    expect(rowOf(plan, KEY, "Capex, total (purchases of property and equipment, USD millions)")).toBe(DEPRECIATION_CELLS.capexRow);
  });
});
