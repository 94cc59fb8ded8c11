import { REVENUEGAP_BANDS, revenueGap } from "../../src/core/flags/revenueGap";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const RG = "REVENUEGAP";

describe("REVENUEGAP reproduces Sequoia Capital (D. Cahn)", () => {
  test("\"AI's $600B Question\" (2024): $150B x 2 x 2 = $600B needed; against ~$100B, a gap of ~$500B", () => {
    expect(call1(RG, 150, 100)).toBe(500);
    expect(call1(RG, 150, 100, 2, 0.5)).toBe(500);
    const d = call(RG, 150, 100, null, null, "detail");
    expect(detailValue(d, "Total infrastructure cost")).toBe(300);
    expect(detailValue(d, "Required revenue")).toBe(600);
    expect(detailValue(d, "Coverage (AI revenue / required)")).toBeCloseTo(1 / 6, 15);
    expect(detailValue(d, "Status")).toBe("RED");
  });
  test("\"AI's $200B Question\" (2023): $50B x 2 x 2 = $200B needed; his $125B hole implies ~$75B earned", () => {
    expect(detailValue(call(RG, 50, 75, null, null, "detail"), "Required revenue")).toBe(200);
    expect(call1(RG, 50, 75)).toBe(125);
    expect(call1(RG, 50, 75, null, null, "status")).toBe("RED");
  });
  test("the words cite the source", () => {
    expect(revenueGap.words.why).toContain("Sequoia Capital (D. Cahn)");
    expect(revenueGap.words.method).toContain("$150B x 2 x 2 = $600B");
  });
});

describe("REVENUEGAP worked cases", () => {
  test("other assumptions: spend 10, multiplier 3, margin 0.4 -> 30 / 0.6 = 50 required", () => {
    expect(call1(RG, 10, 20, 3, 0.4)).toBeCloseTo(30, 10);
    expect(call1(RG, 10, 0, 4, 0)).toBe(40); // no margin: required = spend x multiplier
  });
  test("spend printed negative is a magnitude", () => {
    expect(call1(RG, -150, 100)).toBe(500);
  });
  test("revenue above the requirement gives a negative gap, OK", () => {
    expect(call1(RG, 50, 250)).toBe(-50);
    expect(call1(RG, 50, 250, null, null, "status")).toBe("OK");
  });
  test("every argument is element-wise: a row of margins", () => {
    expect(call(RG, 50, 100, null, row(0, 0.5, 0.75))).toEqual([[0, 100, 300]]);
    expect(call(RG, 50, 100, null, row(0, 0.5, 0.75), "status")).toEqual([["OK", "WATCH", "RED"]]);
  });
  test("no spending: nothing to cover, OK", () => {
    expect(call1(RG, 0, 0)).toBe(0);
    expect(call1(RG, 0, 10)).toBe(-10);
    expect(call1(RG, 0, 0, null, null, "status")).toBe("OK");
    expect(detailValue(call(RG, 0, 0, null, null, "detail"), "Coverage (AI revenue / required)")).toBe("no spending to cover");
  });
});

describe("REVENUEGAP thresholds (required 200 from spend 50)", () => {
  test("revenue exactly half the requirement is WATCH; just below is RED", () => {
    expect(call1(RG, 50, 100, null, null, "status")).toBe("WATCH");
    expect(call1(RG, 50, 99.99, null, null, "status")).toBe("RED");
  });
  test("revenue exactly at the requirement is OK; just below is WATCH", () => {
    expect(call1(RG, 50, 200)).toBe(0);
    expect(call1(RG, 50, 200, null, null, "status")).toBe("OK");
    expect(call1(RG, 50, 199.99, null, null, "status")).toBe("WATCH");
  });
  test("bands on coverage, and the words come from them", () => {
    expect(REVENUEGAP_BANDS.classify(0.5)).toBe("WATCH");
    expect(REVENUEGAP_BANDS.classify(0.4999)).toBe("RED");
    expect(REVENUEGAP_BANDS.classify(1)).toBe("OK");
    expect(revenueGap.words.thresholds).toContain(REVENUEGAP_BANDS.describe(formatPercent));
  });
});

describe("REVENUEGAP errors", () => {
  test("cost_multiplier in (0, 100]", () => {
    expectError(call1(RG, 50, 100, 0), "#VALUE!", "cost_multiplier: 0 must be (0, 100]");
    expectError(call1(RG, 50, 100, 101), "#VALUE!", "cost_multiplier: 101 must be (0, 100]");
    expect(call1(RG, 1, 0, 100, 0)).toBe(100);
  });
  test("target_gross_margin in [0, 1), with the percent hint", () => {
    expectError(call1(RG, 50, 100, 2, 1), "#VALUE!", "target_gross_margin: 1 must be [0, 1)");
    expectError(call1(RG, 50, 100, 2, 50), "#VALUE!", /target_gross_margin: 50 must be \[0, 1\).*for 50% enter 0\.5/);
    expectError(call1(RG, 50, 100, 2, -0.1), "#VALUE!", "target_gross_margin: -0.1 must be [0, 1)");
  });
  test("AI revenue must be at least 0", () => {
    expectError(call1(RG, 50, -1), "#VALUE!", "ai_revenue: -1 must be >= 0");
  });
});
