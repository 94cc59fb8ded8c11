/**
 * The depreciation-cliff schedule, blank and filled with each sample company: the native
 * schedule is checked cell by cell against the rule DEPCLIFF documents, its total equals
 * AIFLAG.DEPCLIFF (the cross-check cell is TRUE, and so is a direct call of the core), the
 * sensitivity grid equals the core for every pair of lives, and the model stays live.
 */
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction } from "../../src/core/registry";
import type { Financials } from "../../src/model/financials";
import { cell } from "../../src/templates/a1";
import { buildDepreciationCliff, DEPRECIATION_CELLS, depreciationLayout } from "../../src/templates/depreciationCliff";
import { NEEDS_INPUT } from "../../src/templates/formulas";
import { SENSITIVITY_BOOK_LIVES, SENSITIVITY_ECONOMIC_LIVES } from "../../src/templates/lives";
import { expectSameAsCore } from "../engine/helpers";
import { restated, stretch } from "../../bench/lib/financials";
import { numbers, SAMPLES, tickerOf } from "./companies";
import { enter, errorCells, load, rowOf } from "./helpers";

const BOOK_LIFE: Record<string, number> = { MSFT: 6, GOOGL: 6, AMZN: 6, META: 5.5 };
const ECONOMIC_LIFE = 3;
const KEY = "depreciation";
/** The first book life of the sensitivity grid's header. */
const SENSITIVITY_LIVE_CELL = cell(1, depreciationLayout(3).gridHeaderRow);

const depcliff = findFunction("DEPCLIFF")!;
const core = (capex: number[], book: number, economic: number, output?: string) =>
  invokeFunction(depcliff, [[capex], book, economic, ...(output ? [output] : [])])[0][0];

/** Value a vintage keeps at the end of a year, straight line, full-year convention (DEPCLIFF's rule). */
const kept = (capex: number, vintageYear: number, year: number, life: number) =>
  year < vintageYear ? "" : capex * Math.max(0, 1 - (year - vintageYear + 1) / life);

const cases: Array<[string, Financials | null]> = [["blank", null], ...SAMPLES.map((c): [string, Financials] => [tickerOf(c), c])];

describe.each(cases)("depreciation cliff, %s", (_label, company) => {
  const plan = buildDepreciationCliff(company);
  const loaded = load(plan);
  const L = depreciationLayout(3);
  const D = DEPRECIATION_CELLS;

  test("every formula evaluates without an error", () => {
    expect(errorCells(loaded)).toEqual([]);
  });

  if (!company) {
    test('without capex and lives the function cells say "needs input"', () => {
      expect(loaded.value(KEY, L.aiflagCell)).toBe(NEEDS_INPUT);
      expect(loaded.value(KEY, L.crossCheckCell)).toBe(NEEDS_INPUT);
      expect(loaded.value(KEY, cell(1, L.gridHeaderRow + 1))).toBe(NEEDS_INPUT);
    });
    return;
  }

  const capex = numbers(company, "capex");
  const firstYear = company.periods[0].fiscalYear!;
  const book = BOOK_LIFE[tickerOf(company)];

  test("inputs: the company's capex, its disclosed server life, an economic life of 3", () => {
    expect(loaded.value(KEY, D.bookLife)).toBe(book);
    expect(loaded.value(KEY, D.economicLife)).toBe(ECONOMIC_LIFE);
    capex.forEach((c, k) => expect(loaded.value(KEY, cell(1 + k, D.capexRow))).toBe(c));
  });

  test.each([
    ["book", D.scheduleHeaderRow, book],
    ["economic", L.bookTotalRow + 2, ECONOMIC_LIFE],
  ] as const)("the %s-life schedule follows the rule, cell by cell", (_name, headerRow, life) => {
    for (let j = 0; j < L.years; j++) {
      const year = firstYear + j;
      expect(loaded.value(KEY, cell(1 + j, headerRow))).toBe(year);
      capex.forEach((c, k) => expectSameAsCore(loaded.value(KEY, cell(1 + j, headerRow + 1 + k)), kept(c, firstYear + k, year, life)));
    }
  });

  test("the native total at the latest vintage equals AIFLAG.DEPCLIFF, and the cross-check says so", () => {
    const expected = core(capex, book, ECONOMIC_LIFE);
    expectSameAsCore(loaded.value(KEY, L.nativeCell), expected);
    expectSameAsCore(loaded.value(KEY, L.aiflagCell), expected);
    expectSameAsCore(loaded.value(KEY, L.statusCell), core(capex, book, ECONOMIC_LIFE, "status"));
    expect(loaded.value(KEY, L.crossCheckCell)).toBe(true);
  });

  test("every later year equals DEPCLIFF with no further capex", () => {
    for (let j = 0; j < L.years; j++) {
      const n = j + 1;
      const vintages = n <= capex.length ? capex.slice(0, n) : [...capex, ...new Array<number>(n - capex.length).fill(0)];
      expectSameAsCore(loaded.value(KEY, cell(1 + j, L.gapRow)), core(vintages, book, ECONOMIC_LIFE));
    }
  });

  test("the sensitivity grids equal the core for every pair of lives", () => {
    SENSITIVITY_ECONOMIC_LIVES.forEach((economic, i) =>
      SENSITIVITY_BOOK_LIVES.forEach((bookLife, j) => {
        expect(loaded.value(KEY, `A${L.gridHeaderRow + 1 + i}`)).toBe(economic);
        expect(loaded.value(KEY, cell(1 + j, L.gridHeaderRow))).toBe(bookLife);
        expectSameAsCore(loaded.value(KEY, cell(1 + j, L.gridHeaderRow + 1 + i)), core(capex, bookLife, economic));
        expectSameAsCore(loaded.value(KEY, cell(1 + j, L.statusGridHeaderRow + 1 + i)), core(capex, bookLife, economic, "status"));
      }),
    );
  });

  test("the model is live: new lives and a new first year flow through, the cross-check holds", () => {
    const live = load(plan);
    enter(live, KEY, D.economicLife, 2.5);
    enter(live, KEY, D.bookLife, 5);
    enter(live, KEY, SENSITIVITY_LIVE_CELL, 7); // a book life typed into the grid header
    expectSameAsCore(live.value(KEY, L.aiflagCell), core(capex, 5, 2.5));
    expect(live.value(KEY, L.crossCheckCell)).toBe(true);
    expectSameAsCore(live.value(KEY, cell(1, L.gridHeaderRow + 1)), core(capex, 7, SENSITIVITY_ECONOMIC_LIVES[0]));
    expect(rowOf(plan, KEY, "Cross-check at the latest vintage year")).toBe(Number(L.nativeCell.slice(1)) - 1);
  });
});

describe("from any company's figures: ten years, or US dollars as filed", () => {
  const msft = SAMPLES[0];

  test("ten fiscal years give ten vintages, and the cross-check still holds", () => {
    const ten = stretch(msft, 10);
    const plan = buildDepreciationCliff(ten);
    const loaded = load(plan);
    const L = depreciationLayout(10);
    expect(errorCells(loaded)).toEqual([]);
    expect(loaded.value(KEY, DEPRECIATION_CELLS.firstVintageYear)).toBe(2016);
    numbers(ten, "capex").forEach((c, k) => expect(loaded.value(KEY, cell(1 + k, DEPRECIATION_CELLS.capexRow))).toBe(c));
    expectSameAsCore(loaded.value(KEY, L.aiflagCell), core(numbers(ten, "capex"), 6, ECONOMIC_LIFE));
    expect(loaded.value(KEY, L.crossCheckCell)).toBe(true);
  });

  test("figures in US dollars (scale 1) are shown in USD millions", () => {
    const plan = buildDepreciationCliff(restated(msft, 1));
    const loaded = load(plan);
    expect(loaded.value(KEY, "B3")).toBe("USD millions");
    numbers(msft, "capex").forEach((c, k) => expect(loaded.value(KEY, cell(1 + k, DEPRECIATION_CELLS.capexRow))).toBe(c));
    expect(rowOf(plan, KEY, "Capex (purchases of property and equipment, USD millions)")).toBe(DEPRECIATION_CELLS.capexRow);
  });
});
