import { call1, detailValue, call, expectError, row, col } from "../helpers/call";

const I = "INCROIC";

describe("INCROIC worked cases", () => {
  test("operating income +30 on 400 of capital added, 20% tax: 6% on the capital added", () => {
    expect(call1(I, row(100, 130), row(1000, 1400), 0.2)).toBeCloseTo(0.06, 12);
    expect(call1(I, row(100, 130), row(1000, 1400), 0.2, 0.09, "status")).toBe("RED");
  });

  test("only the first and last periods enter; the range may be a column", () => {
    expect(call1(I, col(100, 500, 130), col(1000, 9000, 1400), 0.2)).toBeCloseTo(0.06, 12);
  });

  test("Microsoft FY2022 and FY2025 ($M): 17.5% on the capital added", () => {
    expect(call1(I, row(83383, 128528), row(126468, 338237), 0.18)).toBeCloseTo(0.1748, 4);
  });

  test("profit that fell while capital grew is a negative return", () => {
    expect(call1(I, row(100, 90), row(1000, 1100), 0)).toBeCloseTo(-0.1, 12);
    expect(call1(I, row(100, 90), row(1000, 1100), 0, 0.05, "status")).toBe("RED");
  });
});

describe("INCROIC thresholds", () => {
  // Capital +100 at a 0 tax rate: the value is the change in operating income / 100.
  const status = (gain: number, wacc: number) => call1(I, row(0, gain), row(100, 200), 0, wacc, "status");
  test("below wacc RED, from wacc WATCH, from wacc + 2 points OK", () => {
    expect(status(7.99, 0.08)).toBe("RED");
    expect(status(8, 0.08)).toBe("WATCH");
    expect(status(9.99, 0.08)).toBe("WATCH");
    expect(status(10, 0.08)).toBe("OK");
  });
  test("without wacc the status is #N/A saying so", () => {
    expectError(call1(I, row(100, 130), row(1000, 1400), 0.2, null, "status"), "#N/A", /INCROIC's status compares the return with a cost of capital/);
  });
});

describe("INCROIC undefined and invalid", () => {
  test("invested capital that did not grow is #N/A", () => {
    expectError(call1(I, row(100, 130), row(1000, 1000), 0.2), "#N/A", /invested capital changed by 0 from period 1 to period 2/);
    expectError(call1(I, row(100, 130), row(1000, 900), 0.2), "#N/A", /changed by -100/);
    expectError(call1(I, row(100, 130), row(1000, 900), 0.2, 0.09, "status"), "#N/A", /needs it to grow/);
  });
  test("series of different lengths, or a single period, are #VALUE!", () => {
    expectError(call1(I, row(100, 130, 150), row(1000, 1400), 0.2), "#VALUE!", "operating_income has 3 periods but invested_capital has 2");
    expectError(call1(I, row(100), row(1000), 0.2), "#VALUE!", /at least 2 periods/);
  });
  test("the tax rate is one number", () => {
    expectError(call1(I, row(100, 130), row(1000, 1400), row(0.2, 0.2)), "#VALUE!", /tax_rate must be a single number/);
  });
});

describe("INCROIC detail", () => {
  test("NOPAT and capital at both ends, the changes, the cost of capital", () => {
    const d = call(I, row(100, 130), row(1000, 1400), 0.2, 0.09, "detail");
    expect(detailValue(d, "NOPAT, first period")).toBeCloseTo(80, 12);
    expect(detailValue(d, "NOPAT, latest period")).toBeCloseTo(104, 12);
    expect(detailValue(d, "Change in NOPAT")).toBeCloseTo(24, 12);
    expect(detailValue(d, "Invested capital added")).toBe(400);
    expect(detailValue(d, "Cost of capital (wacc)")).toBe(0.09);
    expect(detailValue(d, "Reason")).toMatch(/return of 6%: below the 9% cost of capital/);
  });
});
