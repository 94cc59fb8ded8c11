/** Conventions 1-9 (docs/conventions.md), exercised on the functions that embody them. */
import { CellError, naError } from "../../src/core/cells/errors";
import { call1, col, expectError, row } from "../helpers/call";

describe("convention 3: inputs must be numbers", () => {
  test.each([
    ["text", "n/a", '"n/a" is not a number'],
    ["empty text", "", "empty text is not a number"],
    ["TRUE", true, "TRUE is not a number"],
    ["FALSE", false, "FALSE is not a number"],
    ["a blank cell (null)", null, "a blank cell is not a number"],
  ])("%s in a series is #VALUE! naming argument and period", (_label, bad, words) => {
    expectError(call1("GROSSMARGINGAP", row(100, 120, bad), row(40, 50, 60)), "#VALUE!", `revenue, period 3: ${words}`);
  });

  test("a blank inside a required series is #VALUE! naming it, whatever the rule (never read as 0)", () => {
    // cost_of_revenue takes any number, 0 included: a blank read as 0 would compute silently.
    expectError(call1("GROSSMARGINGAP", row(100, 140), row(40, null)), "#VALUE!", "cost_of_revenue, period 2: a blank cell is not a number");
    expectError(call1("DEPCLIFF", col(100, null, 100), 6, 3), "#VALUE!", "capex, period 2: a blank cell is not a number");
    expectError(call1("FCFCONV", row(150, 180), row(100, null), 100), "#VALUE!", "capex, period 2: a blank cell is not a number");
  });

  test("a blank that older Excel desktop builds sent as 0 can only be validated as the number 0", () => {
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
    const divided = new CellError("#DIV/0!", "");
    expect(call1("DEPCLIFF", row(100, 100, divided), 6, 3)).toBe(divided);
  });

  test("#REF! and #NAME?, which Excel takes as inputs but not as results, are #VALUE! naming the argument, the period and the error", () => {
    expectError(call1("DEPCLIFF", row(100, 100, new CellError("#REF!", "")), 6, 3), "#VALUE!", "capex, period 3: the cell holds #REF!");
    expectError(call1("FCFCONV", 1, row(1, new CellError("#NAME?", "")), 1), "#VALUE!", "capex, period 2: the cell holds #NAME?");
    expectError(call1("GROSSMARGINGAP", row(100, 140), row(40, 58), new CellError("#REF!", "")), "#VALUE!", "growth_threshold: the cell holds #REF!");
    expectError(call1("FCFCONV", 1, 1, 1, null, new CellError("#NAME?", "")), "#VALUE!", "output: the cell holds #NAME?");
    expectError(call1("FCFCONV", 1, 1, 1, new CellError("#REF!", "")), "#VALUE!", "finance_leases: the cell holds #REF!");
    expectError(call1("SCORE", [["RED", new CellError("#REF!", "")]]), "#VALUE!", "statuses, row 1, column 2: the cell holds #REF!");
    expectError(call1("EXPLAIN", new CellError("#NAME?", "")), "#VALUE!", "flag: the cell holds #NAME?");
  });
});

describe("convention 4: omitted optionals arrive as null and take their default", () => {
  test("null threshold, tolerance and periods_per_year equal the documented defaults 0.30, 0 and 1", () => {
    const omitted = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), null, null, null, "status");
    const explicit = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), 0.3, 0, 1, "status");
    expect(omitted).toBe(explicit);
  });
  test("arguments not passed at all behave like null", () => {
    expect(call1("GROSSMARGINGAP", row(100, 140), row(40, 58))).toBe(call1("GROSSMARGINGAP", row(100, 140), row(40, 58), null, null, null, null));
    expect(call1("FCFCONV", 150, 100, 100)).toBe(call1("FCFCONV", 150, 100, 100, 0, "value"));
  });
  test("a required argument left out is #VALUE! naming it", () => {
    expectError(call1("FCFCONV", null, 1, 1), "#VALUE!", /operating_cash_flow/);
    expectError(call1("GROSSMARGINGAP", null, row(40, 58)), "#VALUE!", "revenue is required");
  });
  test("an optional argument pointing at a blank cell (null, or a 1 x 1 block holding null) takes its default", () => {
    const explicit = call1("GROSSMARGINGAP", row(100, 140), row(40, 58), 0.3, 0, 1, "status");
    expect(call1("GROSSMARGINGAP", row(100, 140), row(40, 58), [[null]], [[null]], [[null]], [[null]])).toBe(call1("GROSSMARGINGAP", row(100, 140), row(40, 58), 0.3, 0, 1, "value"));
    expect(call1("GROSSMARGINGAP", row(100, 140), row(40, 58), [[null]], null, [[null]], "status")).toBe(explicit);
    expect(call1("FCFCONV", 150, 100, 100, [[null]])).toBe(call1("FCFCONV", 150, 100, 100, 0));
    expect(call1("DEPCLIFF", row(100, 100, 100), 6, 3, [[null]], "status")).toBe(call1("DEPCLIFF", row(100, 100, 100), 6, 3, null, "status"));
    expect(call1("CAPEXCREEP", row(60, 80), [[null]])).toBe(call1("CAPEXCREEP", row(60, 80)));
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
    expect(call1("FCFCONV", 150, 100, 100, null, " Status ")).toBe("WATCH");
    expect(call1("FCFCONV", 150, 100, 100, null, "VALUE")).toBe(0.5);
  });
  test("anything else is #VALUE! listing the options", () => {
    expectError(call1("FCFCONV", 150, 100, 100, null, "verdict"), "#VALUE!", 'output must be "value", "status" or "detail", not "verdict"');
    expectError(call1("FCFCONV", 150, 100, 100, null, 3), "#VALUE!", 'output must be "value", "status" or "detail", not 3');
  });
  test("blank or empty text is the default, value", () => {
    for (const blank of ["", " ", [[null]]]) expect(call1("FCFCONV", 150, 100, 100, null, blank)).toBe(0.5);
  });
});

describe("convention 8: never NaN or Infinity", () => {
  test("a result that overflows becomes #N/A with a reason", () => {
    expectError(call1("FCFCONV", 1e308, 0, 1e-10), "#N/A", /too large/);
  });
});
