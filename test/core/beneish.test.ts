import type { RawArg } from "../../src/core/cells/values";
import { BENEISH_INDICES } from "../../src/core/flags/beneish";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const B = "BENEISH";

/** Enron, FY1999 then FY2000 ($M), in the order of the signature. */
const ENRON = {
  receivables: [3030, 10396],
  sales: [40112, 100789],
  cost_of_sales: [34761, 94517],
  current_assets: [7255, 30381],
  ppe_net: [10681, 11743],
  total_assets: [33381, 65503],
  depreciation: [565, 485],
  sga: [3045, 3184],
  current_liabilities: [6759, 28406],
  long_term_debt: [7151, 8550],
  income_continuing_ops: [0, 979],
  operating_cash_flow: [0, 4779],
};
type Inputs = typeof ENRON;
const argsOf = (x: Inputs): RawArg[] => Object.values(x).map((s) => row(...s));
const labelOf = (name: string) => {
  const i = BENEISH_INDICES.find((x) => x.name === name)!;
  return `${i.name}, ${i.meaning} (Beneish 1999 means: manipulators ${i.manipulators}, others ${i.others})`;
};

describe("BENEISH on Enron, FY2000 against FY1999", () => {
  const detail = call(B, ...argsOf(ENRON), null, "detail");

  test.each([
    ["DSRI", 1.3655],
    ["GMI", 2.1437],
    ["AQI", 0.7714],
    ["SGI", 2.5127],
    ["DEPI", 1.2667],
    ["SGAI", 0.4161],
    ["LVGI", 1.3539],
    ["TATA", -0.058],
  ])("%s = %s (4 decimals)", (name, expected) => {
    expect(detailValue(detail, labelOf(name))).toBeCloseTo(expected, 4);
  });

  test("M = -0.539: RED", () => {
    expect(call1(B, ...argsOf(ENRON))).toBeCloseTo(-0.539, 3);
    expect(call1(B, ...argsOf(ENRON), null, "status")).toBe("RED");
    expect(detailValue(detail, "Reason")).toMatch(/^M = -0.54, above -1.78.*Above the manipulators' mean: GMI 2.14, SGI 2.51, DEPI 1.27, LVGI 1.35\.$/);
  });

  test("the indices written out by hand give the same M", () => {
    const [dsri, gmi, aqi, sgi, depi, sgai, lvgi, tata] = [
      10396 / 100789 / (3030 / 40112),
      ((40112 - 34761) / 40112) / ((100789 - 94517) / 100789),
      (1 - (30381 + 11743) / 65503) / (1 - (7255 + 10681) / 33381),
      100789 / 40112,
      (565 / (565 + 10681)) / (485 / (485 + 11743)),
      (3184 / 100789) / (3045 / 40112),
      ((28406 + 8550) / 65503) / ((6759 + 7151) / 33381),
      (979 - 4779) / 65503,
    ];
    const m = -4.84 + 0.92 * dsri + 0.528 * gmi + 0.404 * aqi + 0.892 * sgi + 0.115 * depi - 0.172 * sgai + 4.679 * tata - 0.327 * lvgi;
    expect(call1(B, ...argsOf(ENRON))).toBeCloseTo(m, 12);
  });

  test("only years t-1 and t enter; year t-1's income and cash flow do not", () => {
    const earlier = Object.fromEntries(Object.entries(ENRON).map(([k, v]) => [k, [1, ...v]])) as Inputs;
    expect(call1(B, ...argsOf(earlier))).toBeCloseTo(call1(B, ...argsOf(ENRON)) as number, 12);
    const other = { ...ENRON, income_continuing_ops: [893, 979], operating_cash_flow: [1228, 4779] };
    expect(call1(B, ...argsOf(other))).toBeCloseTo(call1(B, ...argsOf(ENRON)) as number, 12);
  });

  test("securities count with current assets and PP&E in AQI only", () => {
    const withSec = call(B, ...argsOf(ENRON), row(1000, 2000), "detail");
    const aqi = (1 - (30381 + 11743 + 2000) / 65503) / (1 - (7255 + 10681 + 1000) / 33381);
    expect(detailValue(withSec, labelOf("AQI"))).toBeCloseTo(aqi, 12);
    expect(detailValue(withSec, labelOf("DSRI"))).toBe(detailValue(detail, labelOf("DSRI")));
  });
});

describe("BENEISH thresholds", () => {
  // Two identical years give every index 1 but TATA: M = -2.48 + 4.679 x TATA, with TA = 4,679.
  const flat = (accruals: number): RawArg[] =>
    argsOf({
      receivables: [10, 10],
      sales: [100, 100],
      cost_of_sales: [60, 60],
      current_assets: [1000, 1000],
      ppe_net: [500, 500],
      total_assets: [4679, 4679],
      depreciation: [50, 50],
      sga: [20, 20],
      current_liabilities: [300, 300],
      long_term_debt: [200, 200],
      income_continuing_ops: [0, accruals],
      operating_cash_flow: [0, 0],
    });
  test("M exactly -1.78 is WATCH (RED is above it); just above is RED", () => {
    expect(call1(B, ...flat(700))).toBeCloseTo(-1.78, 12);
    expect(call1(B, ...flat(700), null, "status")).toBe("WATCH");
    expect(call1(B, ...flat(700.01), null, "status")).toBe("RED");
  });
  test("M exactly -2.22 is OK (WATCH is above it); just above is WATCH", () => {
    expect(call1(B, ...flat(260))).toBeCloseTo(-2.22, 12);
    expect(call1(B, ...flat(260), null, "status")).toBe("OK");
    expect(call1(B, ...flat(260.01), null, "status")).toBe("WATCH");
  });
});

describe("BENEISH undefined and invalid", () => {
  test.each([
    ["sales 0 in year t-1", { sales: [0, 100789] }, /DSRI is undefined: sales in year t-1 is 0/],
    ["receivables 0 in year t-1", { receivables: [0, 10396] }, /DSRI is undefined: receivables \/ sales in year t-1 is 0/],
    ["a zero gross margin in year t", { cost_of_sales: [34761, 100789] }, /GMI is undefined: the gross margin in year t is 0/],
    ["total assets 0 in year t", { total_assets: [33381, 0] }, /AQI is undefined: total assets in year t is 0/],
    ["no depreciation in year t", { depreciation: [565, 0] }, /DEPI is undefined: the depreciation rate in year t is 0/],
    ["no SG&A in year t-1", { sga: [0, 3184] }, /SGAI is undefined: SG&A \/ sales in year t-1 is 0/],
    ["no leverage in year t-1", { current_liabilities: [0, 28406], long_term_debt: [0, 8550] }, /LVGI is undefined: leverage in year t-1 is 0/],
  ])("%s: #N/A naming the index", (_label, change, message) => {
    const x = { ...ENRON, ...change } as Inputs;
    expectError(call1(B, ...argsOf(x)), "#N/A", message);
    expectError(call1(B, ...argsOf(x), null, "status"), "#N/A", message);
  });

  test("the detail shows the other indices and marks the undefined one", () => {
    const d = call(B, ...argsOf({ ...ENRON, sga: [0, 3184] }), null, "detail");
    expect(detailValue(d, labelOf("DSRI"))).toBeCloseTo(1.3655, 4);
    expectError(detailValue(d, labelOf("SGAI")), "#N/A", /SGAI is undefined/);
  });

  test("series of different lengths, or one year, are #VALUE!", () => {
    expectError(call1(B, ...argsOf({ ...ENRON, sga: [1, 2, 3] })), "#VALUE!", "sales has 2 periods but sga has 3");
    const one = Object.fromEntries(Object.entries(ENRON).map(([k, v]) => [k, [v[1]]])) as Inputs;
    expectError(call1(B, ...argsOf(one)), "#VALUE!", /at least 2 periods: year t-1 and year t/);
    expectError(call1(B, ...argsOf(ENRON), row(1, 2, 3)), "#VALUE!", "sales has 2 periods but securities has 3");
  });
});

describe("BENEISH detail", () => {
  test("names the years compared, the gross margins and every index beside the sample means", () => {
    const d = call(B, ...argsOf(ENRON), null, "detail");
    expect(d.map((r) => r[0])).toEqual([
      "Year t-1 (period)",
      "Year t (period)",
      "Gross margin, year t-1",
      "Gross margin, year t",
      ...BENEISH_INDICES.map((i) => labelOf(i.name)),
      "M-score (Beneish 1999)",
      "Status",
      "Reason",
    ]);
    expect(detailValue(d, "Gross margin, year t")).toBeCloseTo(6272 / 100789, 12);
  });
});
