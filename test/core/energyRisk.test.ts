import { ENERGYRISK_BANDS, energyRisk } from "../../src/core/flags/energyRisk";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const ER = "ENERGYRISK";

describe("ENERGYRISK worked cases", () => {
  test("worked example: 10 x (1 - 0.4) x 0.5 / 100 = 0.03, RED", () => {
    expect(call1(ER, 10, 0.4, 0.5, 100)).toBeCloseTo(0.03, 15);
    expect(call1(ER, 10, 0.4, 0.5, 100, "status")).toBe("RED");
    const d = call(ER, 10, 0.4, 0.5, 100, "detail");
    expect(detailValue(d, "Uncontracted energy cost")).toBeCloseTo(6, 12);
    expect(detailValue(d, "Cost of the shock")).toBeCloseTo(3, 12);
    expect(String(detailValue(d, "Reason"))).toMatch(/A 50% price change on 6 of uncontracted power costs 3, 3% of revenue/);
  });

  test("energy cost printed negative is read as a magnitude", () => {
    expect(call1(ER, -10, 0.4, 0.5, 100)).toBe(call1(ER, 10, 0.4, 0.5, 100));
  });

  test("fully contracted power has no exposure", () => {
    expect(call1(ER, 10, 1, 0.5, 100)).toBe(0);
    expect(call1(ER, 10, 1, 0.5, 100, "status")).toBe("OK");
  });

  test("a price fall is a saving: negative value, OK", () => {
    expect(call1(ER, 10, 0, -0.5, 100)).toBe(-0.05);
    expect(call1(ER, 10, 0, -1, 100, "status")).toBe("OK");
  });

  test("a row of shocks gives a row of results", () => {
    expect(call(ER, 10, 0, row(0.05, 0.1, 0.4), 100, "status")).toEqual([["OK", "WATCH", "RED"]]);
  });
});

describe("ENERGYRISK thresholds", () => {
  test("exactly 0.02 is RED; exactly 0.01 is WATCH; below is OK", () => {
    expect(call1(ER, 4, 0, 0.5, 100)).toBe(0.02);
    expect(call1(ER, 4, 0, 0.5, 100, "status")).toBe("RED");
    expect(call1(ER, 3.99, 0, 0.5, 100, "status")).toBe("WATCH");
    expect(call1(ER, 2, 0, 0.5, 100)).toBe(0.01);
    expect(call1(ER, 2, 0, 0.5, 100, "status")).toBe("WATCH");
    expect(call1(ER, 1.99, 0, 0.5, 100, "status")).toBe("OK");
  });
  test("the threshold words come from the band constants", () => {
    expect(energyRisk.words.thresholds).toContain(ENERGYRISK_BANDS.describe(formatPercent));
  });
});

describe("ENERGYRISK errors", () => {
  test("ppa_share in [0, 1], with the percent hint", () => {
    expectError(call1(ER, 10, 1.2, 0.5, 100), "#VALUE!", "ppa_share: 1.2 must be [0, 1]");
    expectError(call1(ER, 10, 40, 0.5, 100), "#VALUE!", /ppa_share: 40 must be \[0, 1\].*for 40% enter 0\.4/);
  });
  test("price_shock in [-1, 10]: the ends are allowed", () => {
    expect(call1(ER, 10, 0, 10, 100)).toBe(1);
    expect(call1(ER, 10, 0, -1, 100)).toBe(-0.1);
    expectError(call1(ER, 10, 0, 10.5, 100), "#VALUE!", "price_shock: 10.5 must be [-1, 10]");
    expectError(call1(ER, 10, 0, -1.5, 100), "#VALUE!", "price_shock: -1.5 must be [-1, 10]");
  });
  test("revenue must be positive", () => {
    expectError(call1(ER, 10, 0, 0.5, 0), "#VALUE!", "revenue: 0 must be > 0");
  });
});
