/** The formula builder, pure: arguments from the selection or typed, the formula with references, the live result, the number format. */
import { isCellError } from "../../src/core/cells/errors";
import { invokeFunction } from "../../src/core/framework/invoke";
import { VALUE_KIND_FORMATS } from "../../src/core/format/valueKind";
import { findFunction } from "../../src/core/registry";
import type { SelectedRange } from "../../src/host/host";
import { formulaOf, initialArgs, liveResult, numberFormatOf, readArg, typedInput, type ArgInput } from "../../src/taskpane/builder/builderModel";

const def = (id: string) => findFunction(id)!;

function range(reference: string, values: Array<Array<string | number>>): ArgInput {
  const [sheet, address] = reference.split("!");
  return { kind: "range", range: { sheet, address, reference, rows: values.length, cols: values[0].length, values } satisfies SelectedRange };
}

/** The arguments the core gets for `def` after the first `given`: each option's default, then `output`. */
const rest = (id: string, given: number, output: string) => [...def(id).params.slice(given, -1).map((p) => p.defaultValue ?? null), output];

const OCF = [[87582, 118548, 136162]];
const CAPEX = [[-28107, -44477, -64551]];
const NI = [[72361, 88136, 101832]];

describe("the formula", () => {
  test("arguments from the selection are references with their sheet; output left at value is left out", () => {
    const fcf = def("FCFCONV");
    const args = { ...initialArgs(fcf), operating_cash_flow: range("Sheet1!C6:E6", OCF), capex: range("Sheet1!C7:E7", CAPEX), net_income: range("Sheet1!C5:E5", NI) };
    expect(formulaOf(fcf, args)).toBe("=AIFLAG.FCFCONV(Sheet1!C6:E6,Sheet1!C7:E7,Sheet1!C5:E5)");
    expect(formulaOf(fcf, { ...args, output: { kind: "typed", text: "status" } })).toBe('=AIFLAG.FCFCONV(Sheet1!C6:E6,Sheet1!C7:E7,Sheet1!C5:E5,,"status")');
  });

  test("options start at their defaults, left out of the formula until changed; a quoted sheet name stays quoted", () => {
    const gm = def("GROSSMARGINGAP");
    const args = initialArgs(gm);
    expect([args.growth_threshold, args.tolerance, args.output]).toEqual([typedInput("0.3"), typedInput("0"), { kind: "typed", text: "value" }]);
    const filled = { ...args, revenue: range("'My model'!C4:E4", [[100, 120, 150]]), cost_of_revenue: range("'My model'!C5:E5", [[40, 50, 66]]) };
    expect(formulaOf(gm, filled)).toBe("=AIFLAG.GROSSMARGINGAP('My model'!C4:E4,'My model'!C5:E5)");
    expect(formulaOf(gm, { ...filled, tolerance: range("Inputs!B41", [[0.01]]) })).toBe("=AIFLAG.GROSSMARGINGAP('My model'!C4:E4,'My model'!C5:E5,,Inputs!B41)");
    expect(formulaOf(gm, { ...filled, growth_threshold: typedInput("0.25") })).toBe("=AIFLAG.GROSSMARGINGAP('My model'!C4:E4,'My model'!C5:E5,0.25)");
  });

  test("typed values: numbers, percentages, lists as array constants, texts quoted, references as typed", () => {
    const gm = def("GROSSMARGINGAP");
    const [revenue, , threshold] = gm.params;
    expect(readArg(revenue, typedInput("100, 120, 150"))).toEqual({ formula: "{100,120,150}", raw: [[100, 120, 150]] });
    expect(readArg(revenue, typedInput("{100;120;150}"))).toEqual({ formula: "{100,120,150}", raw: [[100, 120, 150]] });
    expect(readArg(threshold, typedInput("25%"))).toEqual({ formula: "0.25", raw: 0.25 });
    expect(readArg(threshold, typedInput("Inputs!B40"))).toEqual({ formula: "Inputs!B40", raw: undefined });
    expect(readArg(threshold, typedInput("1, 2")).problem).toBe("growth_threshold: type a number, or use the selection");
    const explain = def("EXPLAIN");
    expect(readArg(explain.params[0], typedInput('FCF"CONV'))).toEqual({ formula: '"FCF""CONV"', raw: 'FCF"CONV' });
  });
});

describe("the live result", () => {
  test("the core's value and status of the selected cells, as the sheet would compute them", () => {
    const fcf = def("FCFCONV");
    const args = { ...initialArgs(fcf), operating_cash_flow: range("S!C6:E6", OCF), capex: range("S!C7:E7", CAPEX), net_income: range("S!C5:E5", NI) };
    const live = liveResult(fcf, args);
    expect(live).toEqual({
      kind: "computed",
      value: invokeFunction(fcf, [OCF, CAPEX, NI, ...rest("FCFCONV", 3, "value")])[0][0],
      status: invokeFunction(fcf, [OCF, CAPEX, NI, ...rest("FCFCONV", 3, "status")])[0][0],
    });
  });

  test("a one-cell selection for a one-number option is that number", () => {
    const dep = def("DEPCLIFF");
    const args = { ...initialArgs(dep), capex: range("S!C7:E7", [[10, 20, 30]]), book_life: range("S!B40", [[6]]), economic_life: typedInput("3") };
    const live = liveResult(dep, args);
    expect(live.kind === "computed" && typeof live.value).toBe("number");
    expect(live).toEqual({
      kind: "computed",
      value: invokeFunction(dep, [[[10, 20, 30]], 6, 3, ...rest("DEPCLIFF", 3, "value")])[0][0],
      status: invokeFunction(dep, [[[10, 20, 30]], 6, 3, ...rest("DEPCLIFF", 3, "status")])[0][0],
    });
  });

  test("an error in a selected cell reaches the core, which names the argument and the period", () => {
    const fcf = def("FCFCONV");
    const args = { ...initialArgs(fcf), operating_cash_flow: range("S!E6", [[136162]]), capex: range("S!E7", [["#REF!"]]), net_income: range("S!E5", [[101832]]) };
    const live = liveResult(fcf, args);
    expect(live.kind === "computed" && isCellError(live.value) && live.value.message).toMatch(/^capex/);
  });

  test("what is missing, and what can only be read once in the sheet", () => {
    const fcf = def("FCFCONV");
    expect(liveResult(fcf, initialArgs(fcf))).toEqual({ kind: "incomplete", missing: ["operating_cash_flow", "capex", "net_income"] });
    const typedRef = { ...initialArgs(fcf), operating_cash_flow: typedInput("B2"), capex: typedInput("1"), net_income: typedInput("2") };
    expect(liveResult(fcf, typedRef)).toEqual({ kind: "unreadable", reasons: ["operating_cash_flow (B2) is read once the formula is in the sheet"] });
  });
});

test("the number format follows the value kind; a status or a table gets none", () => {
  const fcf = def("FCFCONV");
  expect(numberFormatOf(fcf, initialArgs(fcf))).toBe(VALUE_KIND_FORMATS.multiple.excel);
  expect(numberFormatOf(fcf, { ...initialArgs(fcf), output: { kind: "typed", text: "status" } })).toBeUndefined();
  expect(numberFormatOf(def("DEPCLIFF"), initialArgs(def("DEPCLIFF")))).toBe(VALUE_KIND_FORMATS.amount.excel);
  expect(numberFormatOf(def("EXPLAIN"), initialArgs(def("EXPLAIN")))).toBeUndefined();
});
