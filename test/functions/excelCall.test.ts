/**
 * The Excel boundary: Excel's arguments in, Excel's values out. Every core error becomes a
 * CustomFunctions.Error with its code and message; nothing throws.
 */
import { FakeCustomFunctionsError, makeCustomFunctions } from "../helpers/customFunctionsGlobal";

const fake = makeCustomFunctions();
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fake.api;

// Imported after the global exists, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelCall } = require("../../src/functions/excelCall") as typeof import("../../src/functions/excelCall");

describe("excelCall", () => {
  test("a scalar result is a 1 x 1 block", () => {
    expect(excelCall("FCFCONV", [150, 100, 100, null])).toEqual([[0.5]]);
  });

  test("a #VALUE! carries its message", () => {
    const [[e]] = excelCall("FCFCONV", [[[1, "n/a"]], 1, 1, null]);
    expect(e).toBeInstanceOf(FakeCustomFunctionsError);
    expect(e).toMatchObject({ code: "#VALUE!", message: 'operating_cash_flow, period 2: "n/a" is not a number' });
  });

  test("a per-cell #N/A stays in its cell of the spill", () => {
    const out = excelCall("FCFCONV", [[[200, 200]], 100, [[100, -1]], null]);
    expect(out[0][0]).toBe(1);
    expect(out[0][1]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/net income/) });
  });

  test("an error Excel hands in passes through with its code", () => {
    const incoming = new FakeCustomFunctionsError("#DIV/0!");
    const [[e]] = excelCall("FCFCONV", [[[incoming]], 1, 1, null]);
    expect(e).toMatchObject({ code: "#DIV/0!" });
    expect((e as FakeCustomFunctionsError).message).toBeUndefined();
  });

  test("omitted optionals arrive as null (convention 4) and undefined is treated the same", () => {
    expect(excelCall("GROSSMARGINGAP", [[[100, 140]], [[40, 58]], null, null, "status"])).toEqual([["RED"]]);
    expect(excelCall("GROSSMARGINGAP", [[[100, 140]], [[40, 58]], undefined, undefined, "status"])).toEqual([["RED"]]);
  });

  test("a row stays a row and a column stays a column", () => {
    expect(excelCall("FCFCONV", [[[150, 180]], 100, 100, null])).toEqual([[0.5, 0.8]]);
    expect(excelCall("FCFCONV", [[[150], [180]], 100, 100, null])).toEqual([[0.5], [0.8]]);
  });

  test("a rich value (formatted number, entity) is read by its basic value", () => {
    expect(excelCall("FCFCONV", [[[{ type: "FormattedNumber", basicValue: 150, numberFormat: "$#,##0" }]], 100, 100, null])).toEqual([[0.5]]);
  });

  test("malformed arguments never throw: rows that are not arrays, unknown objects", () => {
    expect(excelCall("FCFCONV", [[150, 180] as unknown as unknown[][], 100, 100, null])).toEqual([[0.5], [0.8]]);
    const [[e]] = excelCall("FCFCONV", [[[{ some: "object" }]], 100, 100, null]);
    expect(e).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/operating_cash_flow: "\(a value AIFLAG cannot read\)" is not a number/) });
  });

  test("an unknown id is #N/A, not a crash", () => {
    expect(excelCall("NOPE", [])[0][0]).toMatchObject({ code: "#N/A" });
  });
});
