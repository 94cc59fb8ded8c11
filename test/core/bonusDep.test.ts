import { bonusDep, straightLineFactor } from "../../src/core/flags/bonusDep";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const BD = "BONUSDEP";

describe("BONUSDEP worked cases", () => {
  test("worked example: 100, 21%, 100% bonus, 5 years, 8% -> 2.67506", () => {
    const A = (1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3 + 1 / 1.08 ** 4 + 1 / 1.08 ** 5) / 5;
    expect(call1(BD, 100, 0.21, 1, 5, 0.08)).toBeCloseTo(21 * (1 / 1.08 - A), 12);
    expect(call1(BD, 100, 0.21, 1, 5, 0.08)).toBeCloseTo(2.67506, 5);
  });
  test("detail: the tax shield with and without bonus, and their difference", () => {
    const d = call(BD, 100, 0.21, 1, 5, 0.08, "detail");
    const A = straightLineFactor(5, 0.08);
    expect(A).toBeCloseTo(0.798542, 6);
    expect(detailValue(d, "PV factor, straight line (A)")).toBe(A);
    expect(detailValue(d, "PV of tax shield without bonus")).toBeCloseTo(21 * A, 12);
    expect(detailValue(d, "PV of tax shield with bonus")).toBeCloseTo(21 / 1.08, 12);
    const gained = detailValue(d, "Present value gained from bonus depreciation") as number;
    expect(gained).toBeCloseTo(21 / 1.08 - 21 * A, 12);
    expectError(detailValue(d, "Status"), "#N/A", /BONUSDEP is not a warning sign, so it has no status/);
    expect(String(detailValue(d, "Reason"))).toMatch(/Deducting 100% of 100 at once instead of over 5 years.*worth 2\.68 today/);
  });
  test("hand-computed: 2 years at 10%, tax 50%, capex 100 -> 50 x (1/1.1 - 1/1.21) / 2 = 5 / 2.42", () => {
    expect(call1(BD, 100, 0.5, 1, 2, 0.1)).toBeCloseTo(5 / 2.42, 12);
  });
  test("no gain when there is nothing to bring forward: one year, zero discount, zero bonus", () => {
    expect(call1(BD, 100, 0.21, 1, 1, 0.08)).toBeCloseTo(0, 14);
    expect(call1(BD, 100, 0.21, 1, 5, 0)).toBeCloseTo(0, 14);
    expect(call1(BD, 100, 0.21, 0, 5, 0.08)).toBe(0);
  });
  test("linear in the bonus share; every argument is element-wise; capex sign ignored", () => {
    const full = call1(BD, 100, 0.21, 1, 5, 0.08) as number;
    const r = call(BD, -100, 0.21, row(0, 0.5, 1), 5, 0.08);
    expect(r[0][0]).toBe(0);
    expect(r[0][1]).toBeCloseTo(full / 2, 12);
    expect(r[0][2]).toBeCloseTo(full, 12);
  });
  test("a longer recovery period makes bonus worth more", () => {
    const r = call(BD, 100, 0.21, 1, row(3, 5, 7, 39), 0.08)[0] as number[];
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeGreaterThan(r[i - 1]);
  });
});

describe("BONUSDEP is not a red flag", () => {
  test("output \"status\" is #N/A saying so, in every cell", () => {
    expect(bonusDep.hasStatus).toBe(false);
    expectError(call1(BD, 100, 0.21, 1, 5, 0.08, "status"), "#N/A", "BONUSDEP is not a warning sign, so it has no status");
    const s = call(BD, 100, 0.21, row(0.5, 1), 5, 0.08, "status");
    expectError(s[0][0], "#N/A");
    expectError(s[0][1], "#N/A");
  });
  test("its words say there are no thresholds", () => {
    expect(bonusDep.words.thresholds).toMatch(/^Not a flag: no thresholds\./);
  });
});

describe("BONUSDEP errors", () => {
  test("recovery_years is a whole number from 1 to 50", () => {
    for (const bad of [0, 2.5, 51]) {
      expectError(call1(BD, 100, 0.21, 1, bad, 0.08), "#VALUE!", `recovery_years: ${bad} must be a whole number from 1 to 50`);
    }
    expect(typeof call1(BD, 100, 0.21, 1, 50, 0.08)).toBe("number");
  });
  test("discount_rate in (-1, 1]", () => {
    expectError(call1(BD, 100, 0.21, 1, 5, -1), "#VALUE!", "discount_rate: -1 must be (-1, 1]");
    expectError(call1(BD, 100, 0.21, 1, 5, 8), "#VALUE!", /discount_rate: 8 must be \(-1, 1\]/);
    expect(typeof call1(BD, 100, 0.21, 1, 5, 1)).toBe("number");
  });
  test("tax_rate and bonus_share in [0, 1], with the percent hint", () => {
    expectError(call1(BD, 100, 21, 1, 5, 0.08), "#VALUE!", /tax_rate: 21 must be \[0, 1\].*for 21% enter 0\.21/);
    expectError(call1(BD, 100, 0.21, 1.5, 5, 0.08), "#VALUE!", "bonus_share: 1.5 must be [0, 1]");
  });
  test("every argument is required", () => {
    expectError(call1(BD, 100, 0.21, 1, 5), "#VALUE!", /discount_rate/);
  });
});
