import { bonusDep, MACRS_PERIODS, MACRS_TABLE_A1, scheduleFactor, straightLineFactor } from "../../src/core/flags/bonusDep";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const BD = "BONUSDEP";

describe("BONUSDEP worked cases", () => {
  test("worked example: 100, 21%, 100% bonus, 5 years straight line, 8% -> 2.6751", () => {
    const A = (1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3 + 1 / 1.08 ** 4 + 1 / 1.08 ** 5) / 5;
    expect(call1(BD, 100, 0.21, 1, 5, 0.08)).toBeCloseTo(21 * (1 / 1.08 - A), 12);
    expect(call1(BD, 100, 0.21, 1, 5, 0.08)).toBeCloseTo(2.6751, 4);
    // "sl" is the default, in any case
    expect(call1(BD, 100, 0.21, 1, 5, 0.08, "sl")).toBe(call1(BD, 100, 0.21, 1, 5, 0.08));
    expect(call1(BD, 100, 0.21, 1, 5, 0.08, " SL ")).toBe(call1(BD, 100, 0.21, 1, 5, 0.08));
  });
  test("worked example against 5-year MACRS: 100, 21%, 100% bonus, 8% -> 2.4066", () => {
    // 20%, 32%, 19.2%, 11.52%, 11.52%, 5.76% at the end of years 1 to 6
    const A = 0.2 / 1.08 + 0.32 / 1.08 ** 2 + 0.192 / 1.08 ** 3 + 0.1152 / 1.08 ** 4 + 0.1152 / 1.08 ** 5 + 0.0576 / 1.08 ** 6;
    expect(call1(BD, 100, 0.21, 1, 5, 0.08, "macrs")).toBeCloseTo(21 * (1 / 1.08 - A), 12);
    expect(call1(BD, 100, 0.21, 1, 5, 0.08, "MACRS")).toBeCloseTo(2.4066, 4);
  });
  test("detail: the tax shield with and without bonus, and their difference", () => {
    const d = call(BD, 100, 0.21, 1, 5, 0.08, null, "detail");
    const A = straightLineFactor(5, 0.08);
    expect(A).toBeCloseTo(0.798542, 6);
    expect(detailValue(d, "Schedule without bonus")).toBe("straight line");
    expect(detailValue(d, "PV factor of that schedule (A)")).toBe(A);
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

describe("BONUSDEP against MACRS (IRS Publication 946, Table A-1)", () => {
  test("the table: recovery periods 3, 5, 7, 10, 15, 20; N + 1 yearly percentages each, summing to 100% within rounding", () => {
    expect(MACRS_PERIODS).toEqual([3, 5, 7, 10, 15, 20]);
    for (const n of MACRS_PERIODS) {
      const column = MACRS_TABLE_A1[n];
      expect({ n, years: column.length }).toEqual({ n, years: n + 1 });
      expect(Math.abs(column.reduce((s, p) => s + p, 0) - 100)).toBeLessThan(0.005);
    }
    expect(MACRS_TABLE_A1[5]).toEqual([20, 32, 19.2, 11.52, 11.52, 5.76]);
  });
  test("the table front-loads: against it bonus is worth less than against straight line, for every period", () => {
    const r = call(BD, 100, 0.21, 1, row(...MACRS_PERIODS), 0.08)[0] as number[];
    const m = call(BD, 100, 0.21, 1, row(...MACRS_PERIODS), 0.08, "macrs")[0] as number[];
    MACRS_PERIODS.forEach((n, k) => {
      expect({ n, less: m[k] < r[k] }).toEqual({ n, less: true });
      expect(m[k]).toBeGreaterThan(0);
    });
  });
  test("with no discounting there is nothing to gain (the shares sum to 1 within rounding)", () => {
    for (const n of MACRS_PERIODS) expect(Math.abs(call1(BD, 100, 0.21, 1, n, 0, "macrs") as number)).toBeLessThan(1e-10);
    expect(scheduleFactor([0.5, 0.5], 0)).toBe(1);
  });
  test("detail names the schedule, and the reason says MACRS", () => {
    const d = call(BD, 100, 0.21, 1, 5, 0.08, "macrs", "detail");
    expect(detailValue(d, "Schedule without bonus")).toBe("MACRS (IRS Pub. 946, Table A-1)");
    expect(String(detailValue(d, "Reason"))).toMatch(/instead of over 5 years of MACRS.*worth 2\.41 today/);
  });
  test("recovery_years must be a MACRS period: #VALUE! naming the allowed ones", () => {
    expectError(call1(BD, 100, 0.21, 1, 4, 0.08, "macrs"), "#VALUE!", "recovery_years: 4 has no MACRS table: give 3, 5, 7, 10, 15 or 20");
    expectError(call1(BD, 100, 0.21, 1, row(5, 6), 0.08, "macrs"), "#VALUE!", "recovery_years, period 2: 6 has no MACRS table");
    expect(typeof call1(BD, 100, 0.21, 1, 4, 0.08, "sl")).toBe("number");
  });
  test("schedule is one of its texts", () => {
    expectError(call1(BD, 100, 0.21, 1, 5, 0.08, "ddb"), "#VALUE!", 'schedule must be "sl" or "macrs", not "ddb"');
  });
});

describe("BONUSDEP is not a red flag", () => {
  test("output \"status\" is #N/A saying so, in every cell", () => {
    expect(bonusDep.hasStatus).toBe(false);
    expectError(call1(BD, 100, 0.21, 1, 5, 0.08, null, "status"), "#N/A", "BONUSDEP is not a warning sign, so it has no status");
    const s = call(BD, 100, 0.21, row(0.5, 1), 5, 0.08, null, "status");
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
