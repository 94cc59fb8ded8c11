/**
 * The Excel boundary: Excel's arguments in, Excel's values out. Every core error becomes a
 * CustomFunctions.Error with its code and message; nothing throws.
 */
import { naError } from "../../src/core/cells/errors";
import { findFunction } from "../../src/core/registry";
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
    expect(excelCall("GROSSMARGINGAP", [[[100, 140]], [[40, 58]], null, null, null, "status"])).toEqual([["RED"]]);
    expect(excelCall("GROSSMARGINGAP", [[[100, 140]], [[40, 58]], undefined, undefined, undefined, "status"])).toEqual([["RED"]]);
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

  test("#REF! and #NAME? handed in are #VALUE! naming the argument, the period and the error (Excel takes neither as a result)", () => {
    const [[e]] = excelCall("DEPCLIFF", [[[100, 100, new FakeCustomFunctionsError("#REF!")]], 6, 3, null]);
    expect(e).toEqual(new FakeCustomFunctionsError("#VALUE!", "capex, period 3: the cell holds #REF!"));
    const [[f]] = excelCall("SCORE", [[["RED"], [new FakeCustomFunctionsError("#NAME?")]]]);
    expect(f).toEqual(new FakeCustomFunctionsError("#VALUE!", "statuses, row 2, column 1: the cell holds #NAME?"));
  });

  test("a cell Excel leaves undefined is read as a blank", () => {
    const [[e]] = excelCall("FCFCONV", [[[1, undefined]], 1, 1, null]);
    expect(e).toMatchObject({ code: "#VALUE!", message: "operating_cash_flow, period 2: a blank cell is not a number" });
  });
});

describe("excelCall copies nothing it does not change", () => {
  const def = findFunction("FCFCONV")!;
  afterEach(() => jest.restoreAllMocks());

  test("blocks of plain cells reach the core as Excel passed them", () => {
    const run = jest.spyOn(def, "run");
    const ocf = [[150, 180], [200, 210]];
    const capex = [[-100, -100], [-100, -100]];
    excelCall("FCFCONV", [ocf, capex, 100, null]);
    expect(run.mock.calls[0][0][0]).toBe(ocf);
    expect(run.mock.calls[0][0][1]).toBe(capex);
  });

  test("only a row holding an error or a rich value is converted; the others are shared", () => {
    const run = jest.spyOn(def, "run");
    const plainRow = [150, 180];
    const richRow = [{ type: "FormattedNumber", basicValue: 150, numberFormat: "0" }, 180];
    const ocf = [plainRow, richRow];
    excelCall("FCFCONV", [ocf, 100, 100, null]);
    const seen = run.mock.calls[0][0][0] as unknown[][];
    expect(seen).not.toBe(ocf);
    expect(seen[0]).toBe(plainRow);
    expect(seen[1]).toEqual([150, 180]);
    expect(ocf[1]).toBe(richRow); // Excel's own arrays are left as they were
  });

  test("the core's result is returned as it is, each error cell replaced in place", () => {
    const result = [[0.5, naError("net income is -1")]];
    jest.spyOn(def, "run").mockReturnValue(result);
    const out = excelCall("FCFCONV", [[[150]], 100, 100, null]);
    expect(out).toBe(result);
    expect(out[0][0]).toBe(0.5);
    expect(out[0][1]).toEqual(new FakeCustomFunctionsError("#N/A", "net income is -1"));
  });
});
