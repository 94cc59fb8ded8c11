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
import { valuesOf } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";
import { cell } from "../../src/templates/a1";
import { yearSpans } from "../../src/templates/company";
import { lastYears, latest, numbersFrom, SAMPLES, series } from "./companies";
import { errorCells, load, rowOf } from "./helpers";

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
    const from = yearSpans(c).statementStart;
    const revenues = numbersFrom(c, "revenue", from);
    const n = revenues.length;
    const leases = valuesOf(c, "finance_lease_principal")?.at(-1) ?? null;
    const last = { revenue: latest(c, "revenue"), capex: latest(c, "capex"), operatingCashFlow: latest(c, "operating_cash_flow"), netIncome: latest(c, "net_income"), depreciation: latestDepreciation(c) };
    expect(v(C.company)).toBe(c.company.name);

    const growth = (last.revenue / revenues[0]) ** (1 / (n - 1)) - 1;
    expectSameAsCore(v(C.growth), growth);
    expect(v(C.growthStatus)).toBe(screen("growth", growth));

    const rev = [revenues];
    const cost = [numbersFrom(c, "cost_of_revenue", from)];
    expectSameAsCore(v(C.margin), call("GROSSMARGINGAP", rev, cost));
    expectSameAsCore(v(C.marginStatus), call("GROSSMARGINGAP", rev, cost, null, null, null, "status"));

    expectSameAsCore(v(C.fcf), call("FCFCONV", last.operatingCashFlow, last.capex, last.netIncome, leases));
    expectSameAsCore(v(C.fcfStatus), call("FCFCONV", last.operatingCashFlow, last.capex, last.netIncome, leases, "status"));

    // Conversion for every year with statements, and whether it fell in each of the last two.
    const byYearRow = rowOf(plan, KEY, /^FCF conversion by year/) + 1 + i;
    const years = ["operating_cash_flow", "capex", "net_income", "finance_lease_principal"].map((id) => (valuesOf(c, id as LineItemId) ?? []).slice(from));
    const conversions = revenues.map((_r, k) => call("FCFCONV", years[0][k], years[1][k], years[2][k], years[3][k] ?? null) as number);
    conversions.forEach((x, k) => expectSameAsCore(loaded.value(KEY, cell(1 + k, byYearRow)), x));
    expect(loaded.value(KEY, cell(1 + n, byYearRow))).toBe(conversions[n - 2] < conversions[n - 3] && conversions[n - 1] < conversions[n - 2]);

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
  const plan = buildHyperscalerComparison([stretch(lastYears(msft, 3), 10), restated(lastYears(googl, 3), 1)]);
  const loaded = load(plan);

  test("the columns are every fiscal year any company holds; a year a company lacks is blank", () => {
    expect(errorCells(loaded)).toEqual([]);
    expect(loaded.value("data", "C5")).toBe(2016);
    expect(loaded.value("data", "L5")).toBe(2025);
    expect(loaded.value("data", "B3")).toBe("USD millions");
    // Alphabet's block starts after Microsoft's ten rows and a blank row; its 2016 revenue is not held.
    expect(loaded.value("data", "C17")).toBeNull();
    expect(["J", "K", "L"].map((col) => loaded.value("data", `${col}17`))).toEqual(numbersFrom(googl, "revenue", 7));
  });

  test("the latest-year metrics read the latest column, in millions whatever the source's scale", () => {
    const r = COMPARISON_TABLE_HEADER_ROW + 2;
    const fcfArgs = ["operating_cash_flow", "capex", "net_income"].map((id) => latest(googl, id as "capex"));
    expectSameAsCore(loaded.value(KEY, `${C.fcf}${r}`), call("FCFCONV", ...fcfArgs));
    expectSameAsCore(loaded.value(KEY, `${C.capexIntensity}${r}`), latest(googl, "capex") / latest(googl, "revenue"));
    // Alphabet's statements start in the eighth column: its growth runs over its own three years.
    const revenues = numbersFrom(googl, "revenue", 7);
    expectSameAsCore(loaded.value(KEY, `${C.growth}${r}`), (revenues[2] / revenues[0]) ** (1 / 2) - 1);
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
