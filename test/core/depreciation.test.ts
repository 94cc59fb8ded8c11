/**
 * The depreciation model DEPCLIFF and DEPGAP share (src/core/flags/depreciation.ts): mid-year
 * convention, the coverage counts, and Alphabet's worked example computed by hand.
 */
import { ALPHABET_EXAMPLE, averageAge, straightLine, yearsCarried, yearsDepreciating } from "../../src/core/flags/depreciation";
import { call, call1, detailValue } from "../helpers/call";

describe("mid-year convention", () => {
  test("the latest vintage is half a year old: half a year of depreciation, 1 - 0.5 / L of its cost left", () => {
    expect(straightLine([120], 6)).toEqual({ netBookValue: 110, latestDepreciation: 10 });
    expect(straightLine([120], 3)).toEqual({ netBookValue: 100, latestDepreciation: 20 });
  });

  test("three equal vintages, ages 2.5, 1.5, 0.5: by hand", () => {
    // NBV_6 = 100 x (3.5 + 4.5 + 5.5) / 6 = 225; D_6 = (100 / 6) x (1 + 1 + 0.5) = 250 / 6
    const six = straightLine([100, 100, 100], 6);
    expect(six.netBookValue).toBeCloseTo(225, 12);
    expect(six.latestDepreciation).toBeCloseTo(250 / 6, 12);
    // NBV_3 = 100 x (0.5 + 1.5 + 2.5) / 3 = 150; D_3 = (100 / 3) x (1 + 1 + 0.5) = 250 / 3
    const three = straightLine([100, 100, 100], 3);
    expect(three.netBookValue).toBeCloseTo(150, 12);
    expect(three.latestDepreciation).toBeCloseTo(250 / 3, 12);
    expect(averageAge([100, 100, 100])).toBeCloseTo(1.5, 12);
  });

  test("a vintage in its last year depreciates only what is left of its life", () => {
    // age 2.5 against a 2-year life: the span [1.5, 2.5] has half a year inside [0, 2]
    expect(straightLine([100, 0, 0], 2)).toEqual({ netBookValue: 0, latestDepreciation: 25 });
    // against 2.25 years: 0.75 of a year at 100 / 2.25 a year
    expect(straightLine([100, 0, 0], 2.25).latestDepreciation).toBeCloseTo(75 / 2.25, 12);
    // and nothing once the life is over
    expect(straightLine([100, 0, 0, 0], 2)).toEqual({ netBookValue: 0, latestDepreciation: 0 });
  });

  test("constant capex in steady state: the latest year's charge is one year's capex whatever the life", () => {
    for (const life of [1, 2.5, 3, 5.5, 6]) {
      const capex = Array.from({ length: Math.ceil(life + 0.5) }, () => 100);
      expect(straightLine(capex, life).latestDepreciation).toBeCloseTo(100, 10);
    }
  });
});

describe("coverage: how many years of capex a book life needs", () => {
  test("carried (DEPCLIFF) = ceil(L - 0.5), depreciating (DEPGAP) = ceil(L + 0.5)", () => {
    expect([6, 5.5, 5, 3.5, 1, 0.4].map(yearsCarried)).toEqual([6, 5, 5, 3, 1, 0]);
    expect([6, 5.5, 5, 3.5, 1, 0.4].map(yearsDepreciating)).toEqual([7, 6, 6, 4, 2, 1]);
  });

  test("the counts are exact: older capex changes the book figure only when the series is shorter", () => {
    for (const life of [6, 5.5, 5, 3.5, 1.2]) {
      const withOlder = (xs: number[]) => [1000, ...xs];
      const recent = (n: number) => Array.from({ length: n }, (_, k) => 100 + 10 * k);
      const carried = yearsCarried(life);
      const nbv = (xs: number[]) => straightLine(xs, life).netBookValue;
      expect(nbv(withOlder(recent(carried)))).toBeCloseTo(nbv(recent(carried)), 12);
      expect(nbv(withOlder(recent(carried - 1)))).toBeGreaterThan(nbv(recent(carried - 1)) + 1);
      const needed = yearsDepreciating(life);
      const d = (xs: number[]) => straightLine(xs, life).latestDepreciation;
      expect(d(withOlder(recent(needed)))).toBeCloseTo(d(recent(needed)), 12);
      expect(d(withOlder(recent(needed - 1)))).toBeGreaterThan(d(recent(needed - 1)) + 1);
    }
  });
});

describe("Alphabet, FY2016-FY2025 ($M), by hand", () => {
  const capex = [10212, 13184, 25139, 23548, 22281, 24640, 31485, 32251, 52535, 91447];

  test("the example's figures are the filings' as typed here", () => {
    expect(ALPHABET_EXAMPLE.capex).toEqual(capex);
    expect(ALPHABET_EXAMPLE.operatingIncome).toBe(129039);
    expect(ALPHABET_EXAMPLE.hardwareCapex).toEqual(capex.map((c) => c * 0.5746));
  });

  test("6-year book schedule on total capex: D_6 = 36,782 against 21,136 reported, a hardware share of 0.5746", () => {
    // Ages 9.5 .. 0.5; under 6 years the vintages of age 6.5 and 0.5 depreciate half a year,
    // those of ages 5.5 .. 1.5 a full year, the older ones nothing.
    const d6 = (23548 * 0.5 + 22281 + 24640 + 31485 + 32251 + 52535 + 91447 * 0.5) / 6;
    expect(d6).toBe(220689.5 / 6);
    expect(Math.round(d6)).toBe(36782);
    expect(straightLine(capex, 6).latestDepreciation).toBeCloseTo(d6, 9);
    expect(Math.round((21136 / 36782) * 10000) / 10000).toBe(0.5746);
  });

  test("DEPCLIFF, 6 against 3 years: total capex and hardware capex", () => {
    const nbv6 = (22281 * 0.5 + 24640 * 1.5 + 31485 * 2.5 + 32251 * 3.5 + 52535 * 4.5 + 91447 * 5.5) / 6; // 163,176.25
    const nbv3 = (32251 * 0.5 + 52535 * 1.5 + 91447 * 2.5) / 3; // 107,848.5
    expect(nbv6).toBe(163176.25);
    expect(nbv3).toBe(107848.5);
    expect(call1("DEPCLIFF", [capex], 6, 3)).toBeCloseTo(55327.75, 9);
    // total capex against operating income: 42.9%, WATCH
    expect(call1("DEPCLIFF", [capex], 6, 3, 129039, "status")).toBe("WATCH");

    const hardware = [ALPHABET_EXAMPLE.hardwareCapex];
    const value = 0.5746 * 55327.75; // 31,791.33: the schedules are linear in capex
    expect(call1("DEPCLIFF", hardware, 6, 3, 129039)).toBeCloseTo(value, 8);
    const d = call("DEPCLIFF", hardware, 6, 3, 129039, "detail");
    expect(detailValue(d, "Net book value, book life")).toBeCloseTo(0.5746 * nbv6, 8); // 93,761
    expect(detailValue(d, "Value / operating income (r)")).toBeCloseTo(value / 129039, 12); // 24.6%
    expect(value / 129039).toBeCloseTo(0.2464, 4);
    expect(detailValue(d, "Share of carrying value used up (s)")).toBeCloseTo(55327.75 / 163176.25, 12); // 33.9%
    expect(detailValue(d, "Status")).toBe("WATCH");
    expect(String(detailValue(d, "Coverage"))).toMatch(/^Complete/);
    expect(call1("DEPCLIFF", hardware, 6, 3, null, "status")).toBe("WATCH");
  });

  test("DEPGAP, 6 against 3 years: total capex and hardware capex", () => {
    // Under 3 years the vintages of ages 3.5 and 0.5 depreciate half a year, 2.5 and 1.5 a full year.
    const d3 = (31485 * 0.5 + 32251 + 52535 + 91447 * 0.5) / 3; // 48,750.67
    const d6 = 220689.5 / 6;
    expect(d3).toBe(146252 / 3);
    expect(call1("DEPGAP", [capex], 6, 3)).toBeCloseTo(d3 - d6, 9); // 11,969.08 = 71,814.5 / 6
    expect(d3 - d6).toBeCloseTo(71814.5 / 6, 9);
    // total capex against operating income: 9.3%, WATCH
    expect(call1("DEPGAP", [capex], 6, 3, 129039, "status")).toBe("WATCH");

    const hardware = [ALPHABET_EXAMPLE.hardwareCapex];
    const value = (0.5746 * 71814.5) / 6; // 6,877.44
    expect(call1("DEPGAP", hardware, 6, 3, 129039)).toBeCloseTo(value, 8);
    const d = call("DEPGAP", hardware, 6, 3, 129039, "detail");
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(0.5746 * d6, 8); // 21,135
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(0.5746 * d3, 8); // 28,012
    expect(value / 129039).toBeCloseTo(0.0533, 4);
    expect(detailValue(d, "Status")).toBe("WATCH");
    expect(String(detailValue(d, "Coverage"))).toMatch(/^Complete/); // 10 years >= 6.5
    expect(call1("DEPGAP", hardware, 6, 3, null, "status")).toBe("WATCH");
  });
});
