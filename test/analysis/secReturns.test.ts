/**
 * The returns and forensic scores on real filings: Microsoft's and NVIDIA's SEC companyfacts
 * (test/fixtures/sec), every fiscal year the figures allow, as a regression table (values rounded
 * as shown), with hand-worked checks of the derived inputs; and what `analyseFinancials` feeds the
 * six functions on the same figures.
 *
 * What the figures do not allow: invested capital before FY2018 for Microsoft (marketable
 * securities are filed only from FY2018 in the standard taxonomy) and outside FY2020-FY2025 for
 * NVIDIA (long-term debt filed from FY2020; FY2026's marketable securities under a company tag);
 * BENEISH needs long-term debt in both years; Microsoft's FY2011 retained earnings are missing.
 */
import { analyseFinancials } from "../../src/analysis";
import type { ComputedFlag, FlagResult } from "../../src/analysis/flags/computeFlags";
import { withDerivedItems } from "../../src/model/derived";
import { figure, fixtureCompany } from "../sources/sec/fixtures";
import { returnsByYear, type YearRow } from "./helpers/returnsByYear";

/** year, ROIC, INCROIC (on the year before), USEFULLIFE and status, BENEISH and status, ALTMANZ Z'' and status, ACCRUALS and status. */
type Row = [string, number | null, number | null, number | null, string | null, number | null, string | null, number | null, string | null, number | null, string | null];

const MSFT: Row[] = [
  ["FY2010", null, null, 9.03, "OK", -2.61, "OK", 4.71, "OK", -0.0648, "OK"],
  ["FY2011", null, null, 9, "OK", -2.55, "OK", null, null, -0.0395, "OK"],
  ["FY2012", null, null, 8.74, "OK", -2.98, "OK", 5.29, "OK", -0.1274, "OK"],
  ["FY2013", null, null, 8.66, "OK", -2.62, "OK", 5.74, "OK", -0.0529, "OK"],
  ["FY2014", null, null, 8.18, "OK", -2.55, "OK", 5.17, "OK", -0.0662, "OK"],
  ["FY2015", null, null, 7.89, "OK", -3.1, "OK", 4.51, "OK", -0.1008, "OK"],
  ["FY2016", null, null, 7.79, "OK", -2.86, "OK", 4.39, "OK", -0.0695, "OK"],
  ["FY2017", null, null, 7.85, "OK", -2.39, "OK", 4.38, "OK", -0.0632, "OK"],
  ["FY2018", 0.5944, null, 7.62, "OK", -2.84, "OK", 4.39, "OK", -0.1073, "OK"],
  ["FY2019", 0.8164, 0.3993, 7.4, "OK", -2.51, "OK", 4.3, "OK", -0.0475, "OK"],
  ["FY2020", 0.8098, 1.138, 8.16, "WATCH", -2.64, "OK", 4.62, "OK", -0.0558, "OK"],
  ["FY2021", 0.7317, 0.5267, 11.94, "RED", -2.42, "OK", 4.62, "OK", -0.0487, "OK"],
  ["FY2022", 0.5729, 0.2652, 10.64, "OK", -2.42, "OK", 4.51, "OK", -0.0467, "OK"],
  ["FY2023", 0.4503, 0.127, 14.9, "RED", -2.51, "OK", 4.71, "OK", -0.0392, "OK"],
  ["FY2024", 0.3376, 0.1617, 13.95, "OK", -2.44, "OK", 4.14, "OK", -0.0658, "OK"],
  ["FY2025", 0.313, 0.2148, 13.57, "OK", -2.54, "OK", 4.49, "OK", -0.0607, "OK"],
];
const NVDA: Row[] = [
  ["FY2010", null, null, null, null, null, null, null, null, -0.1602, "OK"],
  ["FY2011", null, null, 7.6, "WATCH", null, null, null, null, -0.1046, "OK"],
  ["FY2012", null, null, 7.97, "OK", null, null, null, null, -0.0653, "OK"],
  ["FY2013", null, null, 8.18, "OK", null, null, null, null, -0.0437, "OK"],
  ["FY2014", null, null, 7.82, "OK", null, null, null, null, -0.0578, "OK"],
  ["FY2015", null, null, 8.24, "OK", null, null, 8.55, "OK", -0.0381, "OK"],
  ["FY2016", null, null, 8.87, "WATCH", null, null, 7.57, "OK", -0.077, "OK"],
  ["FY2017", null, null, 10.09, "RED", null, null, 9.34, "OK", -0.0007, "OK"],
  ["FY2018", null, null, 12.06, "RED", null, null, 11.28, "OK", -0.0432, "OK"],
  ["FY2019", null, null, 9.32, "OK", null, null, 12.04, "OK", 0.0324, "OK"],
  ["FY2020", 0.8124, null, 7.56, "OK", null, null, 10.94, "OK", -0.1284, "OK"],
  ["FY2021", 0.3622, 0.1841, 7.32, "OK", -1.6, "RED", 7.45, "OK", -0.0646, "OK"],
  ["FY2022", 0.6025, 1.3327, 7.66, "OK", -1.75, "RED", 7.95, "OK", 0.0176, "OK"],
  ["FY2023", 0.2138, -1.7069, 7.7, "OK", -2.69, "OK", 5.34, "OK", -0.0298, "OK"],
  ["FY2024", 1.0866, 3.6427, 8.3, "WATCH", -1.13, "RED", 10.2, "OK", 0.0312, "OK"],
  ["FY2025", 1.5848, 2.3522, 8.22, "OK", -0.96, "RED", 13.12, "OK", 0.0991, "WATCH"],
  ["FY2026", null, null, 7.07, "OK", -1.17, "RED", 12.85, "OK", 0.109, "RED"],
];

/** Equal within half a unit of the last digit the expected value is written with. */
function expectRounded(actual: number | null, expected: number | null, what: string): void {
  if (expected === null) {
    expect({ what, actual }).toEqual({ what, actual: null });
    return;
  }
  const decimals = (String(expected).split(".")[1] ?? "").length;
  expect({ what, actual }).toEqual({ what, actual: expect.any(Number) });
  expect({ what, off: Math.abs((actual as number) - expected) <= 0.5 * 10 ** -Math.max(decimals, 2) + 1e-12 }).toEqual({ what, off: true });
}

describe.each([
  ["MSFT", MSFT],
  ["NVDA", NVDA],
] as const)("%s, every fiscal year the figures allow", (ticker, table) => {
  const rows = returnsByYear(fixtureCompany(ticker).annual);
  const byYear = new Map(rows.map((r) => [r.year, r]));

  test("the years with a result are the table's", () => {
    const computed = rows.filter((r) => [r.roic, r.incRoic, r.life, r.beneish, r.altman, r.accruals].some((x) => x !== null)).map((r) => r.year);
    expect(computed).toEqual(table.map((r) => r[0]));
  });

  test.each(table.map((r) => [r[0], r] as const))("%s", (year, [, roic, incRoic, life, lifeStatus, m, mStatus, z, zStatus, acc, accStatus]) => {
    const got = byYear.get(year) as YearRow;
    expectRounded(got.roic, roic, "ROIC");
    expectRounded(got.incRoic, incRoic, "INCROIC");
    expectRounded(got.life, life, "USEFULLIFE");
    expectRounded(got.beneish, m, "BENEISH");
    expectRounded(got.altman, z, "ALTMANZ");
    expectRounded(got.accruals, acc, "ACCRUALS");
    expect([got.lifeStatus, got.beneishStatus, got.altmanStatus, got.accrualsStatus]).toEqual([lifeStatus, mStatus, zStatus, accStatus]);
  });
});

describe("the derived inputs, worked by hand from the filings ($M)", () => {
  const msft = fixtureCompany("MSFT").annual;
  const M = (item: Parameters<typeof figure>[1], year: string) => (figure(msft, item, year) as number) / 1e6;

  test("Microsoft FY2025 invested capital: 343,479 + 40,152 + 2,999 + 46,172 - 30,242 - 64,323 = 338,237", () => {
    const ic = M("stockholders_equity", "FY2025") + M("long_term_debt", "FY2025") + M("short_term_debt", "FY2025") +
      M("finance_lease_liabilities", "FY2025") - M("cash", "FY2025") - M("marketable_securities", "FY2025");
    expect(ic).toBe(338237);
    const derived = withDerivedItems(msft).items.invested_capital!.values.at(-1)!;
    expect(derived.value / 1e6).toBeCloseTo(ic, 6);
    expect(derived.provenance).toEqual({
      source: "derived",
      formula:
        "invested capital = stockholders' equity + long-term debt + short-term debt + finance-lease liabilities - cash - marketable securities",
    });
  });

  test("Microsoft FY2025 ROIC: 128,528 x (1 - 21,795 / 123,627) / 338,237 = 31.30%", () => {
    const roic = (M("operating_income", "FY2025") * (1 - M("income_tax_expense", "FY2025") / M("pretax_income", "FY2025"))) / 338237;
    expect(roic).toBeCloseTo(0.313, 4);
    expect(returnsByYear(msft).at(-1)!.roic).toBeCloseTo(roic, 10);
  });

  test("Microsoft FY2018's effective tax rate, 19,903 / 36,474 = 54.6% (the 2017 tax reform's charge), is bounded to 50%", () => {
    const rate = withDerivedItems(msft).items.effective_tax_rate!.values[msft.periods.findIndex((p) => p.label === "FY2018")]!;
    expect(rate.value).toBe(0.5);
    expect(rate.provenance).toEqual({
      source: "derived",
      formula: "effective tax rate = income tax expense / income before income taxes, bounded to 0-0.5 (computed 0.5457)",
    });
  });

  test("Microsoft's server-life extensions show in USEFULLIFE: RED in FY2021 and FY2023, when depreciation fell while gross PP&E grew", () => {
    const dep = (y: string) => M("depreciation", y);
    expect([dep("FY2020"), dep("FY2021"), dep("FY2022"), dep("FY2023")]).toEqual([10700, 9300, 12600, 11000]);
    expect(MSFT.filter((r) => r[4] === "RED").map((r) => r[0])).toEqual(["FY2021", "FY2023"]);
  });
});

describe("analyseFinancials feeds the six functions on SEC figures", () => {
  const flagsOf = (ticker: "MSFT" | "NVDA", assumptions = {}) => analyseFinancials(fixtureCompany(ticker).annual, { assumptions }).flags;
  const computed = (flags: readonly FlagResult[], id: string) => {
    const f = flags.find((x) => x.id === id);
    if (f?.state !== "computed") throw new Error(`${id} not computed: ${f?.state === "needs-input" ? f.message : "absent"}`);
    return f as ComputedFlag;
  };

  test("Microsoft: the element-wise ones read FY2025 and equal the table; ROIC's status waits for a cost of capital", () => {
    const flags = flagsOf("MSFT");
    const last = MSFT[MSFT.length - 1];
    const roic = computed(flags, "ROIC");
    expect(roic.period).toBe("FY2025");
    expect(roic.value as number).toBeCloseTo(last[1] as number, 4);
    expect(roic.inputs.map((i) => i.item)).toEqual(["operating_income", "effective_tax_rate", "invested_capital"]);
    expect(roic.notes.join(" ")).toMatch(/effective tax rate .* stands in for the tax rate/);
    expect(roic.status).toMatchObject({ code: "#N/A", message: expect.stringMatching(/give wacc/) });
    expect(computed(flags, "ALTMANZ").value as number).toBeCloseTo(last[7] as number, 2);
    expect(computed(flags, "ACCRUALS").value as number).toBeCloseTo(last[9] as number, 4);
    expect(computed(flags, "ACCRUALS").inputs.map((i) => i.item)).toEqual(["net_income", "operating_cash_flow", "average_total_assets"]);
  });

  test("with a cost of capital the status follows it; a tax rate given wins over the effective rate", () => {
    const flags = flagsOf("MSFT", { wacc: 0.09, tax_rate: 0.21 });
    const roic = computed(flags, "ROIC");
    expect(roic.status).toBe("OK");
    expect(roic.value as number).toBeCloseTo((128528 * 0.79) / 338237, 6);
    expect(roic.settings).toEqual(expect.arrayContaining([{ param: "wacc", value: 0.09, why: "assumption" }]));
  });

  test("Microsoft: the series ones read the longest run their inputs allow", () => {
    const flags = flagsOf("MSFT");
    expect(computed(flags, "INCROIC").period).toBe("FY2018 to FY2025");
    expect(computed(flags, "USEFULLIFE").period).toBe("FY2009 to FY2025");
    expect(computed(flags, "USEFULLIFE").value as number).toBeCloseTo(13.57, 2);
    const beneish = computed(flags, "BENEISH");
    expect(beneish.value as number).toBeCloseTo(MSFT[MSFT.length - 1][5] as number, 2);
    expect(beneish.notes.join(" ")).toMatch(/Net income stands in for income from continuing operations/);
  });

  test("NVIDIA: invested capital stops at FY2025 (FY2026's securities are not in the standard taxonomy); the rest read FY2026", () => {
    const flags = flagsOf("NVDA");
    const roic = computed(flags, "ROIC");
    expect(roic.period).toBe("FY2025");
    expect(roic.notes.join(" ")).toMatch(/Reads FY2025: later periods lack some of its inputs/);
    expect(roic.value as number).toBeCloseTo(1.5848, 4);
    expect(computed(flags, "ACCRUALS").period).toBe("FY2026");
    expect(computed(flags, "ACCRUALS").status).toBe("RED");
    expect(computed(flags, "BENEISH").period).toBe("FY2020 to FY2026");
    expect(computed(flags, "BENEISH").value as number).toBeCloseTo(-1.17, 2);
  });
});
