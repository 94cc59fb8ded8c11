import { INFERENCECOST_BANDS, SCALE_TEST_LABELS, SCALE_TEST_VERDICTS, inferenceCost } from "../../src/core/flags/inferenceCost";
import { formatPercent } from "../../src/core/format/numbers";
import type { CellOutput, Matrix } from "../../src/core/cells/values";
import { call, call1, col, expectError, row } from "../helpers/call";

const IC = "INFERENCECOST";
const rowOf = (t: Matrix<CellOutput>, label: string) => {
  const found = t.find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found.slice(1);
};

describe("INFERENCECOST worked cases", () => {
  test("worked example: 70 / 100 = 0.7, RED", () => {
    expect(call1(IC, 70, 100)).toBe(0.7);
    expect(call1(IC, 70, 100, "status")).toBe("RED");
  });
  test("cost printed negative is read as a magnitude", () => {
    expect(call1(IC, -70, 100)).toBe(0.7);
  });
  test("a row of periods spills a row", () => {
    expect(call(IC, row(30, 45, 60), 100)).toEqual([[0.3, 0.45, 0.6]]);
    expect(call(IC, row(30, 45, 60), 100, "status")).toEqual([["OK", "WATCH", "RED"]]);
  });
});

describe("INFERENCECOST thresholds", () => {
  test("exactly 0.60 is RED, exactly 0.40 is WATCH, just below each drops a level", () => {
    expect(call(IC, row(60, 59.99, 40, 39.99), 100, "status")).toEqual([["RED", "WATCH", "WATCH", "OK"]]);
  });
  test("the threshold words come from the band constants", () => {
    expect(inferenceCost.words.thresholds).toContain(INFERENCECOST_BANDS.describe(formatPercent));
    expect(inferenceCost.words.thresholds).toContain("at most 40% of revenue");
  });
});

describe("INFERENCECOST scale test (detail)", () => {
  test("each period is compared with the one before: ratio, revenue growth and verdict", () => {
    // ratios 0.7, 80/130, 0.75, 0.6
    const d = call(IC, row(70, 80, 90, 90), row(100, 130, 120, 150), "detail");
    for (const r of d) expect(r).toHaveLength(5);
    const growth = rowOf(d, SCALE_TEST_LABELS.growth);
    expect(growth[0]).toBe("");
    expect(growth[1]).toBeCloseTo(0.3, 12);
    expect(growth[2]).toBeCloseTo(120 / 130 - 1, 12);
    expect(growth[3]).toBeCloseTo(0.25, 12);
    const change = rowOf(d, SCALE_TEST_LABELS.change);
    expect(change[0]).toBe("");
    expect(change[1]).toBeCloseTo(80 / 130 - 0.7, 12);
    expect(change[2]).toBeCloseTo(0.75 - 80 / 130, 12);
    expect(change[3]).toBeCloseTo(-0.15, 12);
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)).toEqual([
      SCALE_TEST_VERDICTS.first,
      SCALE_TEST_VERDICTS.passed,
      SCALE_TEST_VERDICTS.notGrowing,
      SCALE_TEST_VERDICTS.passed,
    ]);
    // the usual closing rows are still last, and the value row is unchanged by the comparison
    expect(d.slice(-3).map((r) => r[0])).toEqual(["Inference cost / revenue", "Status", "Reason"]);
    expect(rowOf(d, "Inference cost / revenue")[0]).toBe(0.7);
  });

  test("revenue grew and the ratio rose, or held: not passed", () => {
    const d = call(IC, row(50, 120, 120), row(100, 200, 240), "detail");
    // ratios 0.5, 0.6, 0.5
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)).toEqual([SCALE_TEST_VERDICTS.first, SCALE_TEST_VERDICTS.rose, SCALE_TEST_VERDICTS.passed]);
    const held = call(IC, row(50, 100), row(100, 200), "detail");
    expect(rowOf(held, SCALE_TEST_LABELS.verdict)).toEqual([SCALE_TEST_VERDICTS.first, SCALE_TEST_VERDICTS.held]);
    expect(rowOf(held, SCALE_TEST_LABELS.change)[1]).toBe(0);
  });

  test("revenue flat or falling: not tested, even if the ratio fell", () => {
    const d = call(IC, row(50, 40), row(100, 100), "detail");
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)[1]).toBe(SCALE_TEST_VERDICTS.notGrowing);
    expect(rowOf(d, SCALE_TEST_LABELS.growth)[1]).toBe(0);
  });

  test("a column of periods is compared the same way", () => {
    const d = call(IC, col(50, 40), col(100, 200), "detail");
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)).toEqual([SCALE_TEST_VERDICTS.first, SCALE_TEST_VERDICTS.passed]);
  });

  test("a single cost broadcast over growing revenue passes", () => {
    const d = call(IC, 50, row(100, 200), "detail");
    expect(rowOf(d, "Inference cost / revenue")).toEqual([0.5, 0.25]);
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)[1]).toBe(SCALE_TEST_VERDICTS.passed);
  });

  test("one period has nothing to compare", () => {
    const d = call(IC, 70, 100, "detail");
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)).toEqual([SCALE_TEST_VERDICTS.first]);
  });

  test("a 2-D block has no period order: not compared", () => {
    const d = call(IC, [[10, 20], [30, 40]], [[100, 100], [100, 100]], "detail");
    for (const r of d) expect(r).toHaveLength(5);
    expect(rowOf(d, SCALE_TEST_LABELS.verdict)).toEqual(Array(4).fill(SCALE_TEST_VERDICTS.block));
    expect(rowOf(d, SCALE_TEST_LABELS.growth)).toEqual(["", "", "", ""]);
  });
});

describe("INFERENCECOST errors", () => {
  test("revenue must be positive, naming the period", () => {
    expectError(call1(IC, 70, 0), "#VALUE!", "revenue: 0 must be > 0");
    expectError(call1(IC, 70, row(100, -5)), "#VALUE!", "revenue, period 2: -5 must be > 0");
  });
  test("text is not a number", () => {
    expectError(call1(IC, "70", 100), "#VALUE!", 'inference_cost: "70" is not a number');
  });
});
