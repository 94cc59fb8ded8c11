import { ALTMAN_MODELS } from "../../src/core/flags/altmanZ";
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const A = "ALTMANZ";
/** Arguments for ratios X1..X5 on total assets of 1 and total liabilities of 1. */
const ofRatios = (x1: number, x2: number, x3: number, x4: number, x5: number) => [x1, x2, x3, x4, 1, x5, 1] as const;

describe("ALTMANZ on Altman's (1968) group means, model Z", () => {
  test("bankrupt firms: -0.258, RED", () => {
    expect(call1(A, ...ofRatios(-0.061, -0.626, -0.318, 0.401, 1.5), "Z")).toBeCloseTo(-0.258, 3);
    expect(call1(A, ...ofRatios(-0.061, -0.626, -0.318, 0.401, 1.5), "Z", "status")).toBe("RED");
  });
  test("non-bankrupt firms: 4.885, OK", () => {
    expect(call1(A, ...ofRatios(0.414, 0.355, 0.153, 2.477, 1.9), "Z")).toBeCloseTo(4.885, 3);
    expect(call1(A, ...ofRatios(0.414, 0.355, 0.153, 2.477, 1.9), "Z", "status")).toBe("OK");
  });
});

describe("ALTMANZ models", () => {
  const x = ofRatios(0.1, 0.2, 0.05, 1.5, 0.8);
  test("Z'' is the default and ignores sales", () => {
    const z2 = 6.56 * 0.1 + 3.26 * 0.2 + 6.72 * 0.05 + 1.05 * 1.5;
    expect(call1(A, ...x)).toBeCloseTo(z2, 12);
    expect(call1(A, ...x, "Z''")).toBeCloseTo(z2, 12);
    expect(call1(A, 0.1, 0.2, 0.05, 1.5, 1, 99, 1)).toBeCloseTo(z2, 12);
  });
  test("Z' weights all five ratios", () => {
    expect(call1(A, ...x, "Z'")).toBeCloseTo(0.717 * 0.1 + 0.847 * 0.2 + 3.107 * 0.05 + 0.42 * 1.5 + 0.998 * 0.8, 12);
  });
  test("the texts match in any case, with spaces; Z2, Zpp, Zp, the names Excel lists and the primes papers print are accepted", () => {
    const z2 = call1(A, ...x, "Z''");
    for (const t of ["z''", " Z'' ", "Z2", "zpp", "Z_double_prime", "Z\u2033"]) expect(call1(A, ...x, t)).toBe(z2);
    const zp = call1(A, ...x, "Z'");
    for (const t of ["z'", "Zp", "Z_PRIME", "Z\u2032"]) expect(call1(A, ...x, t)).toBe(zp);
    expect(call1(A, ...x, "z")).toBe(call1(A, ...x, "Z"));
  });
  test("another text is #VALUE! listing the models", () => {
    expectError(call1(A, ...x, "Z3"), "#VALUE!", `model must be "Z''", "Z" or "Z'", not "Z3"`);
  });
});

describe("ALTMANZ zones, each model", () => {
  // X1 = z / w1 alone (the other ratios 0, X4 = 0 with equity 0): Z = z exactly.
  const at = (model: "Z''" | "Z" | "Z'", z: number) => {
    const w1 = ALTMAN_MODELS[model].weights[0];
    return call1(A, z / w1, 0, 0, 0, 1, 0, 1, model, "status");
  };
  test.each([
    ["Z''", 1.1, 2.6],
    ["Z", 1.81, 2.99],
    ["Z'", 1.23, 2.9],
  ] as const)("%s: RED below %s, WATCH below %s, OK at or above; a tie is not below", (model, red, watch) => {
    expect(at(model, red - 0.001)).toBe("RED");
    expect(at(model, red)).toBe("WATCH");
    expect(at(model, watch - 0.001)).toBe("WATCH");
    expect(at(model, watch)).toBe("OK");
  });
});

describe("ALTMANZ element-wise and invalid", () => {
  test("a row of periods spills a row", () => {
    const r = call(A, row(0.1, 0.2), 0, 0, 0, 1, 0, 1);
    expect(r[0][0]).toBeCloseTo(0.656, 12);
    expect(r[0][1]).toBeCloseTo(1.312, 12);
  });
  test("total assets of 0 or less are #VALUE!; total liabilities of 0 leave X4 undefined (#N/A)", () => {
    expectError(call1(A, 1, 1, 1, 1, 1, 1, 0), "#VALUE!", "total_assets: 0 must be > 0");
    expectError(call1(A, 1, 1, 1, 1, -1, 1, 1), "#VALUE!", "total_liabilities: -1 must be >= 0");
    expectError(call1(A, 1, 1, 1, 1, 0, 1, 1), "#N/A", /total liabilities are 0: X4/);
    expectError(call1(A, 1, 1, 1, 1, 0, 1, 1, "Z", "status"), "#N/A", /X4/);
  });
  test("the detail shows the model and X1..X5", () => {
    const d = call(A, 20, 30, 10, 150, 100, 80, 100, null, "detail");
    expect(detailValue(d, "Model")).toBe("Z''");
    expect(detailValue(d, "X1, working capital / total assets")).toBeCloseTo(0.2, 12);
    expect(detailValue(d, "X4, equity / total liabilities")).toBeCloseTo(1.5, 12);
    expect(detailValue(d, "X5, sales / total assets (not used by this model)")).toBeCloseTo(0.8, 12);
    expect(detailValue(d, "Reason")).toMatch(/^Z'' = 4\.54 \(Altman \(2000\) for non-manufacturers.*safe zone\.$/);
  });
});
