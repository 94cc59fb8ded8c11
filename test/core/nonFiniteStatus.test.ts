/**
 * Regression (found by test/reliability/properties.test.ts): when a flag's value overflows
 * (NaN or Infinity), the value shows #N/A "too large or undefined", and the status must say
 * the same instead of a verdict computed from NaN or Infinity. Before the fix GROSSMARGINGAP
 * below said WATCH, CAPEXCREEP OK, ENERGYRISK RED, RUNWAY OK and FCFCONV RED, next to a value
 * of #N/A.
 */
import { call, call1, detailValue, expectError, row } from "../helpers/call";

const cases: Array<{ id: string; args: Parameters<typeof call>[1][] }> = [
  // revenue 1 -> 5e-324: the latest margin is about -2e323, which overflows to -Infinity
  { id: "GROSSMARGINGAP", args: [row(1, 5e-324), row(0, 1), null, null, null] },
  // guidance growth overflows to -Infinity, commitment growth to +Infinity: the value is NaN
  { id: "CAPEXCREEP", args: [row(9007199254740991, -1e300), row(5e-324, 1.7976931348623157e308)] },
  // exposed cost x shock / revenue overflows
  { id: "ENERGYRISK", args: [1.7976931348623157e308, 0, 1, 1e-300] },
  // cash / burn overflows: an infinite runway is not "OK", it is a figure too large to hold
  { id: "RUNWAY", args: [1e300, 1e-300, null] },
  // FCF / net income overflows to -Infinity
  { id: "FCFCONV", args: [-1e300, 0, 1e-300, null] },
];

describe.each(cases)("$id with a value that overflows", ({ id, args }) => {
  test("value and status are both #N/A saying why", () => {
    expectError(call1(id, ...args, "value"), "#N/A", /too large or undefined/);
    expectError(call1(id, ...args, "status"), "#N/A", /too large or undefined/);
  });

  test("the detail table's status row agrees", () => {
    expectError(detailValue(call(id, ...args, "detail"), "Status"), "#N/A", /too large or undefined/);
  });
});

test("a finite value keeps its verdict", () => {
  expect(call1("FCFCONV", 136162, -64551, 101832, null, "status")).toBe("WATCH");
  expect(call1("RUNWAY", 120, 10, null, "status")).toBe("WATCH");
});
