/**
 * Regression (found by test/reliability/metamorphic.test.ts: DEPGAP's status changed when money
 * was scaled by 1,000): a figure that equals a threshold in decimal arithmetic gets the status
 * the documented rule gives, whatever binary rounding makes of it. Before the fix each case below
 * got the other status (DEPGAP's share of the book charge with lives 6 and 4 was under its
 * threshold for about a third of capex series, {10, 10}, {100, 150} and {3, 5, 8} among them).
 */
import { above, atLeast, difference, higherIsWorse, lowerIsWorse } from "../../src/core/framework/status";
import { call1 } from "../helpers/call";

test("DEPGAP, book 6 and economic 5 years, every vintage within both: share 6/5 - 1 = 20%, WATCH for any capex", () => {
  for (const capex of [[10, 10], [100, 150], [3, 5, 8], [100, 200, 300], [75000, 85000, 92000]]) {
    expect(call1("DEPGAP", [capex], 6, 5, null, "status")).toBe("WATCH");
  }
});

test("DEPGAP and DEPCLIFF against operating income: a ratio of exactly 10% or 20% in decimals is on the threshold", () => {
  // value 0.3 (0.2999999999999998 in binary) on operating income 3
  expect(call1("DEPGAP", [[1, 1, 1, 1, 1, 2, 1]], 5, 2, 3, "status")).toBe("RED");
  // value 1.95 on operating income 9.75 (r = 0.19999999999999993 in binary)
  expect(call1("DEPCLIFF", [[1, 10]], 5, 2, 9.75, "status")).toBe("WATCH");
});

test("DEPGAP with operating income of 0: two charges equal in decimals are no gap at any scale (found by the metamorphic tests)", () => {
  // One vintage inside both lives (1/64 and 11/64 of a year): both charges are the whole capex, the
  // economic one 1 ulp off in binary. Before, the status was RED at one scale and OK at the other.
  for (const capex of [468351, 468351000]) {
    expect(call1("DEPGAP", [[0, 0, 0, capex]], 0.015625, 0.171875, 0)).toBe(0);
    expect(call1("DEPGAP", [[0, 0, 0, capex]], 0.015625, 0.171875, 0, "status")).toBe("OK");
  }
});

test("difference: zero when the two figures agree to twelve digits of the larger, else the difference", () => {
  expect(difference(468351.00000000006, 468351)).toBe(0);
  expect(difference(1e6 + 1e-4, 1e6)).toBeCloseTo(1e-4, 9); // 1e-10 of the larger: kept
  expect(difference(0.3, 0.1)).toBeCloseTo(0.2, 15);
  expect(difference(5, 5)).toBe(0);
});

test("CAPEXCREEP: guidance +40% against commitments +30% is exactly 10 points, not above 10%: WATCH", () => {
  // 0.4 - 0.3 = 0.10000000000000003 in floating point
  expect(call1("CAPEXCREEP", [[100, 120, 140]], [[100, 110, 130]], "status")).toBe("WATCH");
});

test("GROSSMARGINGAP: a one-point gain on doubled revenue is within the WATCH band; a two-point fall is WATCH", () => {
  // margins 60% -> 61%: 0.61 - 0.6 = 0.010000000000000009
  expect(call1("GROSSMARGINGAP", [[100, 200]], [[40, 78]], null, null, null, "status")).toBe("WATCH");
  // margins 70% -> 68%: 0.68 - 0.7 = -0.019999999999999907
  expect(call1("GROSSMARGINGAP", [[100, 100]], [[30, 32]], null, null, null, "status")).toBe("WATCH");
});

test("SOVEREIGN: 0.7 of 7 is 10% (0.09999999999999999 in floating point): WATCH", () => {
  expect(call1("SOVEREIGN", 0.7, 7, null, "status")).toBe("WATCH");
});

test("a real difference, however small in a model's terms, still counts", () => {
  expect(call1("CAPEXCREEP", [[100, 120, 140.001]], [[100, 110, 130]], "status")).toBe("RED");
  expect(call1("SOVEREIGN", 0.6999, 7, null, "status")).toBe("OK");
  expect(higherIsWorse(0.5, 0.2).classify(0.4999999)).toBe("WATCH");
  expect(lowerIsWorse(0.5, 0.8).classify(0.7999999)).toBe("WATCH");
});

test("the comparisons: ties within 1e-12 (relative, absolute below 1) count as equal", () => {
  expect(atLeast(0.49999999999999994, 0.5)).toBe(true);
  expect(above(0.10000000000000003, 0.1)).toBe(false);
  expect(above(0.1000001, 0.1)).toBe(true);
  expect(atLeast(11.999999999999998, 12)).toBe(true);
  expect(atLeast(11.9999, 12)).toBe(false);
  expect(above(1e-13, 0)).toBe(false);
  expect(atLeast(NaN, 0.5)).toBe(false);
  expect(atLeast(Infinity, 0.5)).toBe(true);
});
