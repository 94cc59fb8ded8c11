import { CAPRESTATE_BANDS, capRestate } from "../../src/core/flags/capRestate";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const CR = "CAPRESTATE";
const status = (oi: number, cap: number, am: number) => call1(CR, oi, cap, am, "status");

describe("CAPRESTATE worked cases", () => {
  test("worked example: 100 - 30 + 10 = 80, a 20% fall, RED", () => {
    expect(call1(CR, 100, 30, 10)).toBe(80);
    expect(status(100, 30, 10)).toBe("RED");
    const d = call(CR, 100, 30, 10, "detail");
    expect(detailValue(d, "Net amount capitalised (capitalised - amortisation)")).toBe(20);
    expect(detailValue(d, "Change in operating income")).toBe(-0.2);
    expect(String(detailValue(d, "Reason"))).toMatch(/from 100 to 80 \(-20%\)/);
  });
  test("costs printed negative are magnitudes", () => {
    expect(call1(CR, 100, -30, -10)).toBe(80);
  });
  test("amortisation above new capitalisation raises income: OK", () => {
    expect(call1(CR, 100, 10, 30)).toBe(120);
    expect(status(100, 10, 30)).toBe("OK");
  });
  test("a loss that deepens is measured against |OI|: -50 -> -70 is a 40% fall, RED", () => {
    expect(call1(CR, -50, 30, 10)).toBe(-70);
    expect(status(-50, 30, 10)).toBe("RED");
    expect(status(-100, 10, 0)).toBe("WATCH"); // -110: a 10% fall
  });
  test("a row of periods", () => {
    expect(call(CR, row(100, 200), 30, 10)).toEqual([[80, 180]]);
    expect(call(CR, row(100, 200), 30, 10, "status")).toEqual([["RED", "WATCH"]]);
  });
});

describe("CAPRESTATE thresholds", () => {
  test("a change of exactly -0.20 is RED, -0.19 WATCH, exactly -0.10 WATCH, -0.09 OK", () => {
    expect(status(100, 30, 10)).toBe("RED");
    expect(status(100, 29, 10)).toBe("WATCH");
    expect(status(100, 20, 10)).toBe("WATCH");
    expect(status(100, 19, 10)).toBe("OK");
  });
  test("operating income of 0: RED if restated income is negative, otherwise OK", () => {
    expect(call1(CR, 0, 30, 10)).toBe(-20);
    expect(status(0, 30, 10)).toBe("RED");
    expect(status(0, 10, 30)).toBe("OK");
    expect(status(0, 10, 10)).toBe("OK");
    expect(detailValue(call(CR, 0, 30, 10, "detail"), "Change in operating income")).toBe("operating income is 0");
  });
  test("bands on the fall, and the words come from them", () => {
    expect(CAPRESTATE_BANDS.classify(0.2)).toBe("RED");
    expect(CAPRESTATE_BANDS.classify(0.1999)).toBe("WATCH");
    expect(CAPRESTATE_BANDS.classify(0.1)).toBe("WATCH");
    expect(CAPRESTATE_BANDS.classify(0.0999)).toBe("OK");
    expect(capRestate.words.thresholds).toContain(CAPRESTATE_BANDS.describe(formatPercent));
  });
});

describe("CAPRESTATE errors", () => {
  test("inputs must be numbers, and shapes must match", () => {
    expectError(call1(CR, 100, "n/a", 10), "#VALUE!", 'capitalized_costs: "n/a" is not a number');
    expectError(call1(CR, row(1, 2), row(1, 2, 3), 0), "#VALUE!", /operating_income is 1 row x 2 columns but capitalized_costs/);
  });
});
