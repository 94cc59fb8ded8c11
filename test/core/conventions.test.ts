/** Conventions 1-9 of the foundation issue, exercised on the functions that embody them. */
import { CellError, naError } from "../../src/core/cells/errors";
import { call1, expectError, row } from "../helpers/call";

describe("convention 3: inputs must be numbers", () => {
  test.each([
    ["text", "n/a", '"n/a" is not a number'],
    ["empty text", "", "empty text is not a number"],
    ["TRUE", true, "TRUE is not a number"],
    ["FALSE", false, "FALSE is not a number"],
    ["a blank that arrives as null", null, "a blank cell is not a number"],
  ])("%s in a series is #VALUE! naming argument and period", (_label, bad, words) => {
    expectError(call1("GROSSMARGINGAP", row(100, 120, bad), row(40, 50, 60)), "#VALUE!", `revenue, period 3: ${words}`);
  });

  test("a blank that Excel desktop sends as 0 is validated as 0", () => {
    expectError(call1("GROSSMARGINGAP", row(100, 0), row(40, 58)), "#VALUE!", "revenue, period 2: 0 must be > 0");
    expect(call1("FCFCONV", 0, 0, 10)).toBe(0);
  });

  test("NaN and Infinity are not numbers a cell can hold", () => {
    expectError(call1("FCFCONV", Number.NaN, 1, 1), "#VALUE!", /operating_cash_flow: NaN is not a finite number/);
    expectError(call1("FCFCONV", 1, Number.POSITIVE_INFINITY, 1), "#VALUE!", /capex/);
  });

  test("an error value in an input passes through unchanged", () => {
    const incoming = naError("from the sheet");
    expect(call1("FCFCONV", row(1, incoming), 1, 1)).toBe(incoming);
  });
});

describe("convention 4: omitted optionals arrive as null and take their default", () => {
  test("null threshold and tolerance equal the documented defaults 0.30 and 0", () => {
    const omitted = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), null, null, "status");
    const explicit = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), 0.3, 0, "status");
    expect(omitted).toBe(explicit);
  });
  test("arguments not passed at all behave like null", () => {
    expect(call1("GROSSMARGINGAP", row(100, 140), row(40, 58))).toBe(call1("GROSSMARGINGAP", row(100, 140), row(40, 58), null, null, null));
  });
  test("a required argument left out is #VALUE! naming it", () => {
    expectError(call1("FCFCONV", null, 1, 1), "#VALUE!", /operating_cash_flow/);
  });
});

describe("convention 5: rates are decimals", () => {
  test("an out-of-range rate like 30 gets a hint to use 30%", () => {
    const e = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), 30) as CellError;
    expect(e.message).toContain("for 30% enter 0.3 or 30%");
  });
  test("an out-of-range value that is no percentage gets no hint", () => {
    const e = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), 5000) as CellError;
    expect(e.message).not.toContain("%");
  });
});

describe("convention 9: the output argument", () => {
  test("case-insensitive and trimmed", () => {
    expect(call1("FCFCONV", 150, 100, 100, " Status ")).toBe("WATCH");
    expect(call1("FCFCONV", 150, 100, 100, "VALUE")).toBe(0.5);
  });
  test("anything else is #VALUE! listing the options", () => {
    expectError(call1("FCFCONV", 150, 100, 100, "verdict"), "#VALUE!", 'output must be "value", "status" or "detail"');
    expectError(call1("FCFCONV", 150, 100, 100, 3), "#VALUE!", /output/);
  });
});

describe("convention 8: never NaN or Infinity", () => {
  test("a result that overflows becomes #N/A with a reason", () => {
    expectError(call1("FCFCONV", 1e308, 0, 1e-10), "#N/A", /too large/);
  });
});
