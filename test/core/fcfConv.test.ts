import { FCF_SPLIT_LABELS, FCF_SPLIT_VERDICTS, splitVerdict } from "../../src/core/flags/fcfConv";
import { call, call1, col, expectError, row } from "../helpers/call";

const FC = "FCFCONV";
const byLabel = (d: ReturnType<typeof call>) => new Map(d.map((r) => [r[0], r.slice(1)]));

describe("FCFCONV worked cases", () => {
  test("Microsoft FY2025 ($M) with finance-lease principal: (136,162 - 64,551 - 2,283) / 101,832 = 0.6808, WATCH", () => {
    expect(call1(FC, 136162, -64551, 101832, -2283)).toBeCloseTo(69328 / 101832, 12);
    expect(call1(FC, 136162, -64551, 101832, 2283)).toBeCloseTo(0.6808, 4);
    expect(call1(FC, 136162, -64551, 101832, 2283, "status")).toBe("WATCH");
  });

  test("Microsoft FY2025 without finance leases: 136,162 - 64,551 on 101,832 = 0.7032, WATCH", () => {
    expect(call1(FC, 136162, -64551, 101832)).toBeCloseTo((136162 - 64551) / 101832, 12);
    expect(call1(FC, 136162, -64551, 101832)).toBeCloseTo(0.7032, 4);
    expect(call1(FC, 136162, -64551, 101832, null, "status")).toBe("WATCH");
  });

  test("the four hyperscalers FY2023-FY2025 ($M): conversion compressed at all four", () => {
    const companies = [
      { id: "MSFT", cfo: [87582, 118548, 136162], capex: [28107, 44477, 64551], ni: [72361, 88136, 101832], conv: [0.82, 0.84, 0.7], status: ["OK", "OK", "WATCH"] },
      { id: "GOOGL", cfo: [101746, 125299, 164713], capex: [32251, 52535, 91447], ni: [73795, 100118, 132170], conv: [0.94, 0.73, 0.55], status: ["OK", "WATCH", "WATCH"] },
      { id: "AMZN", cfo: [84946, 115877, 139514], capex: [52729, 82999, 131819], ni: [30425, 59248, 77670], conv: [1.06, 0.55, 0.1], status: ["OK", "WATCH", "RED"] },
      { id: "META", cfo: [71113, 91328, 115800], capex: [27045, 37256, 69691], ni: [39098, 62360, 60458], conv: [1.13, 0.87, 0.76], status: ["OK", "OK", "WATCH"] },
    ];
    for (const c of companies) {
      const values = call(FC, [c.cfo], [c.capex], [c.ni])[0] as number[];
      expect({ id: c.id, conv: values.map((v) => Math.round(v * 100) / 100) }).toEqual({ id: c.id, conv: c.conv });
      expect({ id: c.id, status: call(FC, [c.cfo], [c.capex], [c.ni], null, "status")[0] }).toEqual({ id: c.id, status: c.status });
      expect(values[2]).toBeLessThan(values[0]);
    }
  });

  test("a row of periods spills a row; a column spills a column", () => {
    const r = call(FC, row(150, 180, 300), row(100, 100, 100), row(100, 100, 100));
    expect(r).toEqual([[0.5, 0.8, 2]]);
    const c = call(FC, col(150, 180, 300), col(100, 100, 100), col(100, 100, 100));
    expect(c).toEqual([[0.5], [0.8], [2]]);
  });

  test("a single cell broadcasts across the range, finance leases included", () => {
    expect(call(FC, row(150, 180), 100, 100)).toEqual([[0.5, 0.8]]);
    expect(call(FC, row(200, 230), 100, 100, 50)).toEqual([[0.5, 0.8]]);
    expect(call(FC, 250, 100, 100, row(50, 70, -70))).toEqual([[1, 0.8, 0.8]]);
  });

  test("a 2-D block keeps its shape", () => {
    expect(call(FC, [[150, 180], [300, 100]], 100, 100)).toEqual([[0.5, 0.8], [2, 0]]);
  });
});

describe("FCFCONV thresholds", () => {
  test("exactly 0.5 is WATCH (RED is below 0.5); exactly 0.8 is OK", () => {
    expect(call(FC, row(150, 149, 180, 179), 100, 100, null, "status")).toEqual([["WATCH", "RED", "OK", "WATCH"]]);
  });
  test("the same edges reached through finance leases", () => {
    // CFO 300 - capex 100 - leases 150 = 50 on net income 100; leases 120 give 80
    expect(call(FC, 300, 100, 100, row(150, 150.01, 120, 120.01), "status")).toEqual([["WATCH", "RED", "OK", "WATCH"]]);
  });
  test("1.4 - 0.6 is 0.8 in decimals (0.7999999999999998 in binary): OK", () => {
    expect(call1(FC, 1.4, 0.6, 1, null, "status")).toBe("OK");
  });
});

describe("FCFCONV undefined results", () => {
  test("net income of zero or less is #N/A in that cell only", () => {
    const r = call(FC, row(200, 200, 200), 100, row(100, 0, -5));
    expect(r[0][0]).toBe(1);
    expectError(r[0][1], "#N/A", /net income is 0/);
    expectError(r[0][2], "#N/A", /net income is -5/);
    const s = call(FC, row(200, 200), 100, row(100, -5), null, "status");
    expect(s[0][0]).toBe("OK");
    expectError(s[0][1], "#N/A");
  });
});

describe("FCFCONV errors", () => {
  test("a row and a column of the same length do not match", () => {
    expectError(call1(FC, row(1, 2, 3), col(1, 2, 3), 1), "#VALUE!", /operating_cash_flow is 1 row x 3 columns but capex is 3 rows x 1 column/);
    expectError(call1(FC, row(1, 2, 3), 1, 1, col(1, 2, 3)), "#VALUE!", /but finance_leases is 3 rows x 1 column/);
  });
  test("text in a range names the argument and position", () => {
    expectError(call1(FC, row(1, 2, "n/a"), 1, 1), "#VALUE!", 'operating_cash_flow, period 3: "n/a" is not a number');
    expectError(call1(FC, 1, 1, 1, row(1, "tbd")), "#VALUE!", 'finance_leases, period 2: "tbd" is not a number');
  });
  test("an output text where finance_leases now stands is #VALUE! naming finance_leases", () => {
    expectError(call1(FC, 150, 100, 100, "status"), "#VALUE!", 'finance_leases: "status" is not a number');
  });
});

describe("FCFCONV detail", () => {
  test("a label column plus one column per period, with FCF net of finance leases", () => {
    const d = call(FC, row(150, 300), 100, 100, row(0, 20), "detail");
    for (const r of d) expect(r).toHaveLength(3);
    const rows = byLabel(d);
    expect(rows.get("Finance-lease principal")).toEqual([0, 20]);
    expect(rows.get("Free cash flow (CFO - |capex| - |finance leases|)")).toEqual([50, 180]);
    expect(rows.get("Status")).toEqual(["WATCH", "OK"]);
  });

  test("the split: FCF / NI = (CFO / NI) x (FCF / CFO)", () => {
    const rows = byLabel(call(FC, 136162, 64551, 101832, 2283, "detail"));
    const q = rows.get("CFO / net income (earnings quality)")![0] as number;
    const f = rows.get("FCF / CFO (left after reinvestment)")![0] as number;
    expect(q).toBeCloseTo(136162 / 101832, 12);
    expect(f).toBeCloseTo(69328 / 136162, 12);
    expect(q * f).toBeCloseTo(rows.get("FCF conversion (FCF / net income)")![0] as number, 12);
    expect(String(rows.get("Reason")![0])).toMatch(/is 0\.68x of net income \(101,832\): 1\.34x of it arrives as operating cash and 0\.51x of that is left after reinvestment/);
  });

  test("Microsoft FY2023-FY2025: the first year is not compared; then CFO / NI rose most, then FCF / CFO fell most", () => {
    const rows = byLabel(call(FC, row(87582, 118548, 136162), row(28107, 44477, 64551), row(72361, 88136, 101832), null, "detail"));
    const values = rows.get("FCF conversion (FCF / net income)") as number[];
    const change = rows.get(FCF_SPLIT_LABELS.change)!;
    const quality = rows.get(FCF_SPLIT_LABELS.quality)!;
    const reinvestment = rows.get(FCF_SPLIT_LABELS.reinvestment)!;
    expect(change[0]).toBe("");
    expect(rows.get(FCF_SPLIT_LABELS.verdict)).toEqual([FCF_SPLIT_VERDICTS.first, FCF_SPLIT_VERDICTS.qualityUp, FCF_SPLIT_VERDICTS.reinvestmentDown]);
    for (const k of [1, 2]) {
      expect(change[k] as number).toBeCloseTo(values[k] - values[k - 1], 12);
      // the two parts add up to the change exactly (up to rounding)
      expect((quality[k] as number) + (reinvestment[k] as number)).toBeCloseTo(change[k] as number, 12);
    }
    // FY2025: CFO / NI 1.345 -> 1.337, FCF / CFO 0.625 -> 0.526
    expect(quality[2] as number).toBeCloseTo(-0.0046, 4);
    expect(reinvestment[2] as number).toBeCloseTo(-0.1326, 4);
  });

  test("Amazon FY2023 to FY2024: CFO / NI fell most (profit grew faster than operating cash)", () => {
    const rows = byLabel(call(FC, row(84946, 115877), row(52729, 82999), row(30425, 59248), null, "detail"));
    expect(rows.get(FCF_SPLIT_LABELS.verdict)![1]).toBe(FCF_SPLIT_VERDICTS.qualityDown);
  });

  test("no split where net income or operating cash flow is not positive", () => {
    const rows = byLabel(call(FC, row(150, -20, 300), 100, row(100, 100, 100), null, "detail"));
    expectError(rows.get("FCF / CFO (left after reinvestment)")![1], "#N/A", /operating cash flow is -20: the split needs it positive/);
    expect(rows.get(FCF_SPLIT_LABELS.verdict)).toEqual([FCF_SPLIT_VERDICTS.first, FCF_SPLIT_VERDICTS.undefined, FCF_SPLIT_VERDICTS.undefined]);
    const undefinedIncome = byLabel(call(FC, row(150, 300), 100, row(100, 0), null, "detail"));
    expectError(undefinedIncome.get("CFO / net income (earnings quality)")![1], "#N/A", /net income is 0/);
  });

  test("a 2-D block is not compared", () => {
    const rows = byLabel(call(FC, [[150, 180], [300, 200]], 100, 100, null, "detail"));
    expect(rows.get(FCF_SPLIT_LABELS.verdict)).toEqual(Array(4).fill(FCF_SPLIT_VERDICTS.block));
  });

  test("the verdict names the larger part in size, and its direction", () => {
    expect(splitVerdict(-0.1, 0.05)).toBe(FCF_SPLIT_VERDICTS.qualityDown);
    expect(splitVerdict(0.01, -0.05)).toBe(FCF_SPLIT_VERDICTS.reinvestmentDown);
    expect(splitVerdict(0.1, -0.05)).toBe(FCF_SPLIT_VERDICTS.qualityUp);
    expect(splitVerdict(0, 0.05)).toBe(FCF_SPLIT_VERDICTS.reinvestmentUp);
    expect(splitVerdict(0, 0)).toBe(FCF_SPLIT_VERDICTS.unchanged);
  });

  test("an undefined period keeps the figures it can compute", () => {
    const rows = byLabel(call(FC, row(150, 300), 100, row(100, 0), null, "detail"));
    expect(rows.get("Free cash flow (CFO - |capex| - |finance leases|)")).toEqual([50, 200]);
    expectError(rows.get("Status")![1], "#N/A");
    expect(String(rows.get("Reason")![1])).toMatch(/net income is 0/);
  });
});
