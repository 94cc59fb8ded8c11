import { TALENTLOAD_BANDS, talentLoad } from "../../src/core/flags/talentLoad";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const TL = "TALENTLOAD";

describe("TALENTLOAD worked cases", () => {
  test("30 / 100 = 0.3, WATCH; payroll printed negative is a magnitude", () => {
    expect(call1(TL, 30, 100)).toBe(0.3);
    expect(call1(TL, -30, 100)).toBe(0.3);
    expect(call1(TL, 30, 100, "status")).toBe("WATCH");
    const d = call(TL, 30, 100, "detail");
    expect(detailValue(d, "Research payroll")).toBe(30);
    expect(String(detailValue(d, "Reason"))).toMatch(/30% of revenue/);
  });
});

describe("TALENTLOAD thresholds", () => {
  test("exactly 0.50 is RED, exactly 0.25 is WATCH, just below each drops a level", () => {
    expect(call(TL, row(50, 49.99, 25, 24.99), 100, "status")).toEqual([["RED", "WATCH", "WATCH", "OK"]]);
  });
  test("the threshold words come from the band constants", () => {
    expect(talentLoad.words.thresholds).toContain(TALENTLOAD_BANDS.describe(formatPercent));
  });
});

describe("TALENTLOAD undefined results", () => {
  test("revenue of zero or less is #N/A in that cell only", () => {
    const r = call(TL, 30, row(100, 0, -50));
    expect(r[0][0]).toBe(0.3);
    expectError(r[0][1], "#N/A", "revenue is 0: no revenue covers the payroll");
    expectError(r[0][2], "#N/A", "revenue is -50: no revenue covers the payroll");
    const s = call(TL, 30, row(100, 0), "status");
    expect(s[0][0]).toBe("WATCH");
    expectError(s[0][1], "#N/A", /no revenue covers the payroll/);
  });
});

describe("TALENTLOAD errors", () => {
  test("a blank is not a number; shapes must match", () => {
    expectError(call1(TL, null, 100), "#VALUE!", /research_payroll/);
    expectError(call1(TL, row(1, 2), row(1, 2, 3)), "#VALUE!", /research_payroll is 1 row x 2 columns but revenue is 1 row x 3 columns/);
  });
});
