/**
 * The hyperscaler comparison, filled (the embedded companies, or any list of companies' figures)
 * and blank: every formula evaluates, the AIFLAG columns equal the core on the data, the native ratios equal the arithmetic, and each status
 * follows its thresholds (AIFLAG's, or the screening ones in the sheet's input cells).
 */
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction } from "../../src/core/registry";
import type { Financials } from "../../src/model/financials";
import { SCREEN_THRESHOLDS } from "../../src/templates/comparison/thresholds";
import { NEEDS_INPUT } from "../../src/templates/formulas";
import { buildHyperscalerComparison, COMPARISON_COLUMNS as C, COMPARISON_TABLE_HEADER_ROW } from "../../src/templates/hyperscalerComparison";
import { restated, stretch } from "../../bench/lib/financials";
import { expectSameAsCore } from "../engine/helpers";
import { numbers, SAMPLES, series } from "./companies";
import { errorCells, load } from "./helpers";

const KEY = "comparison";
const call = (id: string, ...args: Parameters<typeof invokeFunction>[1]) => invokeFunction(findFunction(id)!, args)[0][0];

function screen(key: string, x: number): string {
  const t = SCREEN_THRESHOLDS.find((s) => s.key === key)!;
  if (t.worse === "lower") return x < t.red ? "RED" : x < t.watch ? "WATCH" : "OK";
  return x >= t.red ? "RED" : x >= t.watch ? "WATCH" : "OK";
}

/** Depreciation of property and equipment where the company gives it, else D&A (latest year; null when neither). */
function latestDepreciation(c: Financials): number | null {
  const own = c.items.depreciation ? series(c, "depreciation").at(-1) : undefined;
  return own !== undefined ? own : c.items.depreciation_amortization ? series(c, "depreciation_amortization").at(-1)! : null;
}

describe("filled from the embedded data", () => {
  const plan = buildHyperscalerComparison(SAMPLES);
  const loaded = load(plan);

  test("Data and Comparison sheets, opening on the comparison", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Data", "Comparison"]);
    expect(plan.activate).toBe(KEY);
  });

  test("every formula evaluates without an error", () => {
    expect(errorCells(loaded)).toEqual([]);
  });

  test.each(SAMPLES.map((c, i) => [c.company.name, c, i] as const))("%s", (_n, c, i) => {
    const r = COMPARISON_TABLE_HEADER_ROW + 1 + i;
    const v = (col: string) => loaded.value(KEY, `${col}${r}`);
    const revenues = numbers(c, "revenue");
    const n = revenues.length;
    const last = { revenue: revenues[n - 1], capex: numbers(c, "capex")[n - 1], operatingCashFlow: numbers(c, "operating_cash_flow")[n - 1], netIncome: numbers(c, "net_income")[n - 1], depreciation: latestDepreciation(c) };
    expect(v(C.company)).toBe(c.company.name);

    const growth = (last.revenue / revenues[0]) ** (1 / (n - 1)) - 1;
    expectSameAsCore(v(C.growth), growth);
    expect(v(C.growthStatus)).toBe(screen("growth", growth));

    const rev = [revenues];
    const cost = [numbers(c, "cost_of_revenue")];
    expectSameAsCore(v(C.margin), call("GROSSMARGINGAP", rev, cost));
    expectSameAsCore(v(C.marginStatus), call("GROSSMARGINGAP", rev, cost, null, null, "status"));

    expectSameAsCore(v(C.fcf), call("FCFCONV", last.operatingCashFlow, last.capex, last.netIncome));
    expectSameAsCore(v(C.fcfStatus), call("FCFCONV", last.operatingCashFlow, last.capex, last.netIncome, "status"));

    const intensity = last.capex / last.revenue;
    expectSameAsCore(v(C.capexIntensity), intensity);
    expect(v(C.capexIntensityStatus)).toBe(screen("capexIntensity", intensity));

    if (last.depreciation === null) {
      expect(v(C.depreciationPace)).toBe(NEEDS_INPUT);
      expect(v(C.depreciationPaceStatus)).toBe("");
    } else {
      const pace = last.depreciation / last.capex;
      expectSameAsCore(v(C.depreciationPace), pace);
      expect(v(C.depreciationPaceStatus)).toBe(screen("depreciationPace", pace));
    }
  });

  test("the Data sheet cites the sources and keeps every company's caveats: its own by name, the shared ones once", () => {
    const data = plan.sheets[0];
    const texts = data.cells.map((c) => c.value).filter((x): x is string => typeof x === "string");
    expect(texts.some((t) => t.startsWith("Sources:"))).toBe(true);
    const shared = SAMPLES[0].caveats.filter((line) => SAMPLES.every((c) => c.caveats.includes(line)));
    expect(shared.length).toBeGreaterThan(0);
    for (const line of shared) expect(texts.filter((t) => t === line)).toHaveLength(1);
    for (const c of SAMPLES) {
      expect(texts).toContain(c.source);
      for (const caveat of c.caveats.filter((line) => !shared.includes(line))) expect(texts).toContain(`${c.company.name}: ${caveat}`);
    }
  });
});

describe("from companies of any source: more years, US dollars as filed", () => {
  const [msft, googl] = SAMPLES;
  const plan = buildHyperscalerComparison([stretch(msft, 10), restated(googl, 1)]);
  const loaded = load(plan);

  test("the columns are every fiscal year any company holds; a year a company lacks is blank", () => {
    expect(errorCells(loaded)).toEqual([]);
    expect(loaded.value("data", "C5")).toBe(2016);
    expect(loaded.value("data", "L5")).toBe(2025);
    expect(loaded.value("data", "B3")).toBe("USD millions");
    // Alphabet's block starts after Microsoft's nine rows and a blank row; its 2016 revenue is not held.
    expect(loaded.value("data", "C16")).toBeNull();
    expect(["J", "K", "L"].map((col) => loaded.value("data", `${col}16`))).toEqual(numbers(googl, "revenue"));
  });

  test("the latest-year metrics read the latest column, in millions whatever the source's scale", () => {
    const r = COMPARISON_TABLE_HEADER_ROW + 2;
    const fcfArgs = ["operating_cash_flow", "capex", "net_income"].map((id) => numbers(googl, id as "capex").at(-1)!);
    expectSameAsCore(loaded.value(KEY, `${C.fcf}${r}`), call("FCFCONV", ...fcfArgs));
    expectSameAsCore(loaded.value(KEY, `${C.capexIntensity}${r}`), numbers(googl, "capex").at(-1)! / numbers(googl, "revenue").at(-1)!);
    // Alphabet's series lack the first seven columns: the metrics over every year ask for input.
    expect(loaded.value(KEY, `${C.growth}${r}`)).toBe(NEEDS_INPUT);
  });
});

describe("blank", () => {
  const plan = buildHyperscalerComparison([]);
  const loaded = load(plan);

  test('every formula evaluates; every metric says "needs input" and no status is set', () => {
    expect(errorCells(loaded)).toEqual([]);
    for (let i = 0; i < 4; i++) {
      const r = COMPARISON_TABLE_HEADER_ROW + 1 + i;
      for (const col of [C.growth, C.margin, C.fcf, C.capexIntensity, C.depreciationPace]) expect(loaded.value(KEY, `${col}${r}`)).toBe(NEEDS_INPUT);
      for (const col of [C.growthStatus, C.marginStatus, C.fcfStatus, C.capexIntensityStatus, C.depreciationPaceStatus]) {
        expect(loaded.value(KEY, `${col}${r}`)).toBe("");
      }
    }
  });
});
