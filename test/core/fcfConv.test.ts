import { call, call1, col, expectError, row } from "../helpers/call";

const FC = "FCFCONV";

describe("FCFCONV worked cases", () => {
  test("worked example, Microsoft FY2025 ($M): 136,162, -64,551, 101,832 -> 0.7032, WATCH", () => {
    expect(call1(FC, 136162, -64551, 101832)).toBeCloseTo((136162 - 64551) / 101832, 12);
    expect(call1(FC, 136162, -64551, 101832)).toBeCloseTo(0.7032, 4);
    expect(call1(FC, 136162, -64551, 101832, "status")).toBe("WATCH");
  });

  test("a row of periods spills a row; a column spills a column", () => {
    const r = call(FC, row(150, 180, 300), row(100, 100, 100), row(100, 100, 100));
    expect(r).toEqual([[0.5, 0.8, 2]]);
    const c = call(FC, col(150, 180, 300), col(100, 100, 100), col(100, 100, 100));
    expect(c).toEqual([[0.5], [0.8], [2]]);
  });

  test("a single cell broadcasts across the range", () => {
    expect(call(FC, row(150, 180), 100, 100)).toEqual([[0.5, 0.8]]);
  });

  test("a 2-D block keeps its shape", () => {
    expect(call(FC, [[150, 180], [300, 100]], 100, 100)).toEqual([[0.5, 0.8], [2, 0]]);
  });
});

describe("FCFCONV thresholds", () => {
  test("exactly 0.5 is WATCH (RED is below 0.5); exactly 0.8 is OK", () => {
    expect(call(FC, row(150, 149, 180, 179), 100, 100, "status")).toEqual([["WATCH", "RED", "OK", "WATCH"]]);
  });
});

describe("FCFCONV undefined results", () => {
  test("net income of zero or less is #N/A in that cell only", () => {
    const r = call(FC, row(200, 200, 200), 100, row(100, 0, -5));
    expect(r[0][0]).toBe(1);
    expectError(r[0][1], "#N/A", /net income is 0/);
    expectError(r[0][2], "#N/A", /net income is -5/);
    const s = call(FC, row(200, 200), 100, row(100, -5), "status");
    expect(s[0][0]).toBe("OK");
    expectError(s[0][1], "#N/A");
  });
});

describe("FCFCONV errors", () => {
  test("a row and a column of the same length do not match", () => {
    expectError(call1(FC, row(1, 2, 3), col(1, 2, 3), 1), "#VALUE!", /operating_cash_flow is 1 row x 3 columns but capex is 3 rows x 1 column/);
  });
  test("text in a range names the argument and position", () => {
    expectError(call1(FC, row(1, 2, "n/a"), 1, 1), "#VALUE!", 'operating_cash_flow, period 3: "n/a" is not a number');
  });
});

describe("FCFCONV detail", () => {
  test("a label column plus one column per period", () => {
    const d = call(FC, row(150, 300), 100, 100, "detail");
    for (const r of d) expect(r).toHaveLength(3);
    const byLabel = new Map(d.map((r) => [r[0], r.slice(1)]));
    expect(byLabel.get("Free cash flow (CFO - |capex|)")).toEqual([50, 200]);
    expect(byLabel.get("Status")).toEqual(["WATCH", "OK"]);
  });
  test("an undefined period keeps the figures it can compute", () => {
    const d = call(FC, row(150, 300), 100, row(100, 0), "detail");
    const byLabel = new Map(d.map((r) => [r[0], r.slice(1)]));
    expect(byLabel.get("Free cash flow (CFO - |capex|)")).toEqual([50, 200]);
    expectError(byLabel.get("Status")![1], "#N/A");
    expect(String(byLabel.get("Reason")![1])).toMatch(/net income is 0/);
  });
});
