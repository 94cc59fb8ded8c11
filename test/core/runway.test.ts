import { formatPlain } from "../../src/core/format/numbers";
import { RUNWAY_BANDS, runway } from "../../src/core/flags/runway";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const RW = "RUNWAY";

describe("RUNWAY worked cases", () => {
  test("worked example: 120 of cash burning 10 a month -> 12 months, WATCH", () => {
    expect(call1(RW, 120, 10)).toBe(12);
    expect(call1(RW, 120, 10, null, "status")).toBe("WATCH");
  });
  test("worked example: 120 burning 30 a quarter -> 4 quarters = 12 months, WATCH", () => {
    expect(call1(RW, 120, 30, 4)).toBe(12);
    expect(call1(RW, 120, 30, 4, "status")).toBe("WATCH");
    const d = call(RW, 120, 30, 4, "detail");
    expect(detailValue(d, "Runway (periods)")).toBe(4);
    expect(detailValue(d, "Periods per year")).toBe(4);
    expect(String(detailValue(d, "Reason"))).toMatch(/net burn of 30 a quarter lasts 12 months/);
  });
  test("annual burn: 120 burning 60 a year -> 24 months, OK", () => {
    expect(call1(RW, 120, 60, 1)).toBe(24);
    expect(call1(RW, 120, 60, 1, "status")).toBe("OK");
  });
  test("no cash left is 0 months, RED", () => {
    expect(call1(RW, 0, 10)).toBe(0);
    expect(call1(RW, 0, 10, null, "status")).toBe("RED");
  });
  test("a row of companies", () => {
    expect(call(RW, row(60, 120, 240), 10)).toEqual([[6, 12, 24]]);
  });
});

describe("RUNWAY thresholds", () => {
  test("exactly 12 months is WATCH (RED is below 12); exactly 24 is OK", () => {
    expect(call(RW, row(119.9, 120, 239.9, 240), 10, null, "status")).toEqual([["RED", "WATCH", "WATCH", "OK"]]);
  });
  test("the threshold words come from the band constants", () => {
    expect(RUNWAY_BANDS.red).toBe(12);
    expect(runway.words.thresholds).toContain("RED below 12 months; WATCH below 24 months; OK at 24 months or more.");
    expect(formatPlain(RUNWAY_BANDS.watch)).toBe("24");
  });
});

describe("RUNWAY undefined results: the sign of net_burn matters", () => {
  test("zero or negative burn is #N/A (not burning cash), in that cell only", () => {
    const r = call(RW, 120, row(10, 0, -5));
    expect(r[0][0]).toBe(12);
    expectError(r[0][1], "#N/A", "net_burn is 0: not burning cash");
    expectError(r[0][2], "#N/A", "net_burn is -5: not burning cash");
    const s = call(RW, 120, row(10, -5), null, "status");
    expect(s[0][0]).toBe("WATCH");
    expectError(s[0][1], "#N/A");
  });
  test("the detail keeps the inputs of an undefined period", () => {
    const d = call(RW, 120, -5, null, "detail");
    expect(detailValue(d, "Net burn per period")).toBe(-5);
    expect(detailValue(d, "Runway (periods)")).toBe("");
    expect(String(detailValue(d, "Reason"))).toMatch(/not burning cash/);
  });
});

describe("RUNWAY errors", () => {
  test("cash must be at least 0", () => {
    expectError(call1(RW, -1, 10), "#VALUE!", "cash: -1 must be >= 0");
  });
  test("periods_per_year in (0, 366], one number", () => {
    expectError(call1(RW, 120, 10, 0), "#VALUE!", "periods_per_year: 0 must be (0, 366]");
    expectError(call1(RW, 120, 10, 367), "#VALUE!", "periods_per_year: 367 must be (0, 366]");
    expect(call1(RW, 120, 10, 366)).toBeCloseTo((12 * 12) / 366, 12);
    expectError(call1(RW, 120, 10, row(12, 4)), "#VALUE!", "periods_per_year must be a single number");
  });
});
