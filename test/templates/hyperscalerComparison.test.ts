/**
 * The hyperscaler comparison, filled and blank: every formula evaluates, the AIFLAG columns
 * equal the core on the embedded data, the native ratios equal the arithmetic, and each status
 * follows its thresholds (AIFLAG's, or the screening ones in the sheet's input cells).
 */
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction } from "../../src/core/registry";
import { HYPERSCALERS } from "../../src/data/hyperscalers";
import { SCREEN_THRESHOLDS } from "../../src/templates/comparison/thresholds";
import { NEEDS_INPUT } from "../../src/templates/formulas";
import { buildHyperscalerComparison, COMPARISON_COLUMNS as C, COMPARISON_TABLE_HEADER_ROW } from "../../src/templates/hyperscalerComparison";
import { expectSameAsCore } from "../engine/helpers";
import { errorCells, load } from "./helpers";

const KEY = "comparison";
const call = (id: string, ...args: Parameters<typeof invokeFunction>[1]) => invokeFunction(findFunction(id)!, args)[0][0];

function screen(key: string, x: number): string {
  const t = SCREEN_THRESHOLDS.find((s) => s.key === key)!;
  if (t.worse === "lower") return x < t.red ? "RED" : x < t.watch ? "WATCH" : "OK";
  return x >= t.red ? "RED" : x >= t.watch ? "WATCH" : "OK";
}

describe("filled from the embedded data", () => {
  const plan = buildHyperscalerComparison();
  const loaded = load(plan);

  test("Data and Comparison sheets, opening on the comparison", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Data", "Comparison"]);
    expect(plan.activate).toBe(KEY);
  });

  test("every formula evaluates without an error", () => {
    expect(errorCells(loaded)).toEqual([]);
  });

  test.each(HYPERSCALERS.map((c, i) => [c.name, c, i] as const))("%s", (_n, c, i) => {
    const r = COMPARISON_TABLE_HEADER_ROW + 1 + i;
    const v = (col: string) => loaded.value(KEY, `${col}${r}`);
    const first = c.years[0];
    const last = c.years[c.years.length - 1];
    expect(v(C.company)).toBe(c.name);

    const growth = (last.revenue / first.revenue) ** (1 / (c.years.length - 1)) - 1;
    expectSameAsCore(v(C.growth), growth);
    expect(v(C.growthStatus)).toBe(screen("growth", growth));

    const rev = [c.years.map((y) => y.revenue)];
    const cost = [c.years.map((y) => y.costOfRevenue)];
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

  test("the Data sheet cites the sources and keeps every company's caveats", () => {
    const data = plan.sheets[0];
    const texts = data.cells.map((c) => c.value).filter((x): x is string => typeof x === "string");
    expect(texts.some((t) => t.startsWith("Sources:"))).toBe(true);
    for (const c of HYPERSCALERS) {
      expect(texts).toContain(c.source);
      for (const caveat of c.caveats) expect(texts).toContain(`${c.name}: ${caveat}`);
    }
  });
});

describe("blank", () => {
  const plan = buildHyperscalerComparison(null);
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
