import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const GMG = "GROSSMARGINGAP";

describe("GROSSMARGINGAP worked cases", () => {
  test("worked example: revenue +40%, margin 60.0% -> 58.57%: value -0.0142857, RED", () => {
    expect(call1(GMG, row(100, 140), row(40, 58))).toBeCloseTo(-0.0142857142857, 12);
    expect(call1(GMG, row(100, 140), row(40, 58), null, null, null, "status")).toBe("RED");
  });

  test("growth is the CAGR over the range: 100 -> 121 -> 146.41 is 21% a year", () => {
    const detail = call(GMG, row(100, 121, 146.41), row(50, 60.5, 73.205), null, null, null, "detail");
    expect(detailValue(detail, "Revenue growth (CAGR)") as number).toBeCloseTo(0.21, 12);
    expect(detailValue(detail, "Periods")).toBe(3);
    // flat margin, growth under 30%: OK; with a 20% threshold the same data is RED
    expect(call1(GMG, row(100, 121, 146.41), row(50, 60.5, 73.205), null, null, null, "status")).toBe("OK");
    expect(call1(GMG, row(100, 121, 146.41), row(50, 60.5, 73.205), 0.2, null, null, "status")).toBe("RED");
  });

  test("only the first and latest margins count", () => {
    // middle period's margin collapses but first and last are both 50%
    expect(call1(GMG, row(100, 150, 200), row(50, 140, 100))).toBeCloseTo(0, 15);
  });

  test("costs printed negative are read as magnitudes (convention 6)", () => {
    expect(call1(GMG, row(100, 140), row(-40, -58))).toBeCloseTo(-0.0142857142857, 12);
  });

  test("a column gives the same answer as a row", () => {
    expect(call1(GMG, col(100, 140), col(40, 58))).toBe(call1(GMG, row(100, 140), row(40, 58)));
  });
});

describe("GROSSMARGINGAP thresholds", () => {
  const status = (rev: number[], cost: number[], thr: number | null = null, tol: number | null = null, perYear: number | null = null) =>
    call1(GMG, row(...rev), row(...cost), thr, tol, perYear, "status");

  test("growth exactly at the threshold and margin exactly at the tolerance is RED (both inclusive)", () => {
    // 64 -> 96 is exactly +50%; margins 50% -> 50%
    expect(status([64, 96], [32, 48], 0.5)).toBe("RED");
  });

  test("growth just under the threshold is not RED", () => {
    expect(status([64, 95.9], [32, 47.95], 0.5)).toBe("OK");
  });

  test("margin gaining less than a point above the tolerance while growing fast is WATCH", () => {
    // +40% growth; margin 60% -> 60.5%
    expect(status([100, 140], [40, 55.3])).toBe("WATCH");
  });

  test("margin gaining more than a point while growing fast is OK", () => {
    // 60% -> 62%
    expect(status([100, 140], [40, 53.2])).toBe("OK");
  });

  test("a fall of 2 points or more is WATCH whatever the growth", () => {
    // revenue flat; 60% -> 57%
    expect(status([100, 100], [40, 43])).toBe("WATCH");
    // 50% -> 48.4375% (-1.5625 points, exact in binary) is not enough on its own
    expect(status([64, 64], [32, 33])).toBe("OK");
  });

  test("tolerance moves the RED line", () => {
    // +40% growth, margin +0.5 pt: WATCH with tolerance 0, RED with tolerance 0.01
    expect(status([100, 140], [40, 55.3], null, 0.01)).toBe("RED");
  });
});

describe("GROSSMARGINGAP periods_per_year", () => {
  const status = (rev: number[], cost: number[], perYear: number | null) => call1(GMG, row(...rev), row(...cost), null, null, perYear, "status");

  test("five quarters, a quarter to the same quarter a year on: growth is R5 / R1 - 1 with 4 periods a year", () => {
    const rev = row(100, 108, 117, 126, 136);
    const cost = row(40, 43.2, 46.8, 50.4, 55.08);
    const d = call(GMG, rev, cost, null, null, 4, "detail");
    expect(detailValue(d, "Periods per year")).toBe(4);
    expect(detailValue(d, "Revenue growth (CAGR)") as number).toBeCloseTo(0.36, 12);
    expect(call1(GMG, rev, cost, null, null, 4)).toBeCloseTo(80.92 / 136 - 0.6, 12); // -0.5 points
    expect(call1(GMG, rev, cost, null, null, 4, "status")).toBe("RED");
    // the same read as five years: (1.36)^(1/4) - 1 = 8% a year, a fall of half a point: OK
    expect(detailValue(call(GMG, rev, cost, null, null, null, "detail"), "Revenue growth (CAGR)") as number).toBeCloseTo(1.36 ** 0.25 - 1, 12);
    expect(call1(GMG, rev, cost, null, null, null, "status")).toBe("OK");
  });

  test("two quarters: quarterly growth compounded over four quarters", () => {
    const d = call(GMG, row(100, 110), row(40, 44), null, null, 4, "detail");
    expect(detailValue(d, "Revenue growth (CAGR)") as number).toBeCloseTo(1.1 ** 4 - 1, 12);
  });

  test("growth exactly at the threshold through periods_per_year is RED (1.3^(4/4) - 1 is 0.30000000000000004 in binary)", () => {
    expect(status([100, 105, 110, 120, 130], [50, 52.5, 55, 60, 65], 4)).toBe("RED");
    expect(status([100, 105, 110, 120, 129.9], [50, 52.5, 55, 60, 64.95], 4)).toBe("OK");
  });

  test("the default is 1: omitted equals 1", () => {
    expect(call1(GMG, row(100, 121, 146.41), row(50, 60.5, 73.205), null, null, null, "status")).toBe(
      call1(GMG, row(100, 121, 146.41), row(50, 60.5, 73.205), null, null, 1, "status"),
    );
  });

  test("a whole number from 1 to 12", () => {
    for (const bad of [0, 2.5, 13]) {
      expectError(call1(GMG, row(100, 140), row(40, 58), null, null, bad), "#VALUE!", `periods_per_year: ${bad} must be a whole number from 1 to 12`);
    }
  });

  test("an output text where periods_per_year now stands is #VALUE! naming periods_per_year", () => {
    expectError(call1(GMG, row(100, 140), row(40, 58), null, null, "status"), "#VALUE!", 'periods_per_year: "status" is not a number');
  });
});

describe("GROSSMARGINGAP errors", () => {
  test("series of different lengths", () => {
    expectError(call1(GMG, row(100, 140, 150), row(40, 58)), "#VALUE!", "revenue has 3 periods but cost_of_revenue has 2");
  });
  test("a single period has no change", () => {
    expectError(call1(GMG, row(100), row(40)), "#VALUE!", /at least 2 periods/);
  });
  test("revenue must be positive, and the message names the period", () => {
    expectError(call1(GMG, row(100, 0), row(40, 58)), "#VALUE!", "revenue, period 2: 0 must be > 0");
  });
  test("a block of several rows and columns is not a series", () => {
    expectError(call1(GMG, [[1, 2], [3, 4]], row(40, 58)), "#VALUE!", /revenue must be one row or one column/);
  });
  test("growth_threshold typed as 30 gets the percent hint", () => {
    expectError(call1(GMG, row(100, 140), row(40, 58), 30), "#VALUE!", /growth_threshold: 30 must be \(-1, 10\].*0\.3/);
  });
  test("tolerance outside [-1, 1]", () => {
    expectError(call1(GMG, row(100, 140), row(40, 58), null, 2), "#VALUE!", /tolerance: 2 must be \[-1, 1\]/);
  });
});

describe("GROSSMARGINGAP detail", () => {
  test("a two-column table ending with value, status and reason", () => {
    const detail = call(GMG, row(100, 140), row(40, 58), null, null, null, "detail");
    for (const r of detail) expect(r).toHaveLength(2);
    expect(detailValue(detail, "Gross margin, first period")).toBeCloseTo(0.6, 15);
    expect(detailValue(detail, "Gross margin, latest period")).toBeCloseTo(82 / 140, 15);
    expect(detailValue(detail, "Status")).toBe("RED");
    expect(String(detailValue(detail, "Reason"))).toMatch(/40%/);
  });
});
