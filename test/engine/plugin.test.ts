/**
 * AIFLAG formulas in the formula engine give the core's results: values, statuses, spills of
 * element-wise ranges and detail tables, and errors with their messages.
 */
import { HyperFormula } from "hyperformula";
import { CellError } from "../../src/core/cells/errors";
import type { CellOutput, Matrix, RawArg } from "../../src/core/cells/values";
import { exampleRawArgs, formulaOf } from "../../src/core/docs/formula";
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction, REGISTRY } from "../../src/core/registry";
import { createEngine } from "../../src/engine/createEngine";
import { at, engineWith, evaluate, expectEngineError, expectSameAsCore } from "./helpers";

function core(id: string, ...args: RawArg[]): Matrix<CellOutput> {
  const def = findFunction(id);
  if (!def) throw new Error(`no ${id}`);
  return invokeFunction(def, args);
}

/** Every cell of a spilled block, from its top-left address. */
function expectBlock(engine: HyperFormula, topLeftRow: number, topLeftCol: number, expected: Matrix<CellOutput>): void {
  expected.forEach((row, r) =>
    row.forEach((x, c) => expectSameAsCore(engine.getCellValue({ sheet: 0, row: topLeftRow + r, col: topLeftCol + c }), x)),
  );
}

describe("registration", () => {
  test("every function of the registry is an engine function named AIFLAG.<ID>", () => {
    createEngine();
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const def of REGISTRY) expect(names).toContain(`AIFLAG.${def.id}`);
  });

  test("names are case-insensitive, as in Excel", () => {
    expect(evaluate("=aiflag.fcfconv(136162,-64551,101832)").value).toBeCloseTo(71611 / 101832, 9);
  });

  test("the licence key is set: no #LIC!", () => {
    expect(typeof evaluate('=AIFLAG.EXPLAIN("FCFCONV")').value).toBe("string");
  });
});

const examples = REGISTRY.flatMap((def) => def.examples.map((ex) => ({ def, ex, formula: formulaOf(def, ex.args) })));

describe("every worked example, typed as a formula", () => {
  test.each(examples)("$formula", ({ def, ex, formula }) => {
    const { engine } = evaluate(formula);
    expectBlock(engine, 0, 0, invokeFunction(def, exampleRawArgs(ex.args)));
  });

  test.each(examples.filter((c) => c.ex.status !== undefined))("$formula has status $ex.status", ({ def, ex }) => {
    const args = [...ex.args];
    while (args.length < def.params.length - 1) args.push(null);
    const formula = formulaOf(def, [...args, "status"]);
    expect(evaluate(formula).value).toBe(ex.status);
  });
});

describe("ranges reach the core as blocks", () => {
  const rows = [
    [100, 140, 180],
    [40, 58, 70],
  ];

  test("a series over a row of cells", () => {
    const engine = engineWith([...rows, ["=AIFLAG.GROSSMARGINGAP(A1:C1,A2:C2)", '=AIFLAG.GROSSMARGINGAP(A1:C1,A2:C2,,,"status")']]);
    expectSameAsCore(at(engine, "A3"), core("GROSSMARGINGAP", [rows[0]], [rows[1]])[0][0]);
    expectSameAsCore(at(engine, "B3"), core("GROSSMARGINGAP", [rows[0]], [rows[1]], null, null, "status")[0][0]);
  });

  test("an element-wise flag over rows spills a row of the same length", () => {
    const data = [
      [87582, 118548, 136162],
      [28107, 44477, 64551],
      [72361, 88136, 101832],
    ];
    const engine = engineWith([...data, ["=AIFLAG.FCFCONV(A1:C1,A2:C2,A3:C3)"], ['=AIFLAG.FCFCONV(A1:C1,A2:C2,A3:C3,"status")']]);
    expectBlock(engine, 3, 0, core("FCFCONV", [data[0]], [data[1]], [data[2]]));
    expectBlock(engine, 4, 0, core("FCFCONV", [data[0]], [data[1]], [data[2]], "status"));
  });

  test("over columns it spills a column, and a single cell broadcasts", () => {
    const engine2 = engineWith([
      [30, 100, 18, "=AIFLAG.SOVEREIGN(A1:A3,B1,C1:C3)"],
      [10, null, 10],
      [5, null, 5],
    ]);
    expectBlock(engine2, 0, 3, core("SOVEREIGN", [[30], [10], [5]], 100, [[18], [10], [5]]));
    expect(engine2.getSheetDimensions(0)).toEqual({ width: 4, height: 3 });
  });

  test("a per-cell #N/A stays in its cell of the spill", () => {
    const engine = engineWith([[100, 100, 100], [10, 10, 10], [50, -5, 40], ["=AIFLAG.FCFCONV(A1:C1,A2:C2,A3:C3)"]]);
    const expected = core("FCFCONV", [[100, 100, 100]], [[10, 10, 10]], [[50, -5, 40]]);
    expect(expected[0][1]).toBeInstanceOf(CellError);
    expectBlock(engine, 3, 0, expected);
  });

  test("a series detail table spills label | value rows", () => {
    const engine = engineWith([[100, 100, 100], ['=AIFLAG.DEPCLIFF(A1:C1,6,3,,"detail")']]);
    const expected = core("DEPCLIFF", [[100, 100, 100]], 6, 3, null, "detail");
    expect(expected[0]).toHaveLength(2);
    expectBlock(engine, 1, 0, expected);
  });

  test("an element-wise detail table spills a label column and one column per period", () => {
    const engine = engineWith([[70, 60, 50], [100, 110, 125], ['=AIFLAG.INFERENCECOST(A1:C1,A2:C2,"DETAIL")']]);
    const expected = core("INFERENCECOST", [[70, 60, 50]], [[100, 110, 125]], "detail");
    expect(expected[0]).toHaveLength(4);
    expectBlock(engine, 2, 0, expected);
  });

  test("FLAGS spills the catalogue", () => {
    const engine = engineWith([["=AIFLAG.FLAGS()"]]);
    const expected = core("FLAGS");
    expect(expected).toHaveLength(REGISTRY.length);
    expectBlock(engine, 0, 0, expected);
  });

  test("SCORE reads a range of statuses", () => {
    const engine = engineWith([["RED", "ok", null, "WATCH"], ["=AIFLAG.SCORE(A1:D1)"]]);
    expectSameAsCore(at(engine, "A2"), core("SCORE", [["RED", "ok", null, "WATCH"]])[0][0]);
  });

  test("a typed percentage in a cell arrives as its decimal", () => {
    const engine = engineWith([[10, "40%", "50%", 100, "=AIFLAG.ENERGYRISK(A1,B1,C1,D1)"]]);
    expectSameAsCore(at(engine, "E1"), core("ENERGYRISK", 10, 0.4, 0.5, 100)[0][0]);
  });

  test("an omitted argument (empty slot) takes its default", () => {
    expect(evaluate("=AIFLAG.RUNWAY(120,10,,)").value).toBe(12);
    expect(evaluate('=AIFLAG.RUNWAY(120,30,4,"status")').value).toBe("WATCH");
  });
});

describe("errors keep their code and message", () => {
  test("text where a number belongs is #VALUE! naming the argument and period", () => {
    const engine = engineWith([[100, "n/a", 180], [40, 58, 70], ["=AIFLAG.GROSSMARGINGAP(A1:C1,A2:C2)"]]);
    const expected = core("GROSSMARGINGAP", [[100, "n/a", 180]], [[40, 58, 70]])[0][0];
    expectEngineError(at(engine, "A3"), "#VALUE!", /revenue, period 2/);
    expectSameAsCore(at(engine, "A3"), expected);
  });

  test("an undefined result is #N/A with the reason", () => {
    const { value } = evaluate("=AIFLAG.FCFCONV(100,10,-5)");
    expectEngineError(value, "#N/A", /net income/);
    expectSameAsCore(value, core("FCFCONV", 100, 10, -5)[0][0]);
  });

  test("a wrong input to a spilling call shows once, in the top-left cell", () => {
    const engine = engineWith([[1, 2, 3], [1, 2], [1, 2, 3], ["=AIFLAG.FCFCONV(A1:C1,A2:B2,A3:C3)"]]);
    expectEngineError(at(engine, "A4"), "#VALUE!", /same shape/);
    expect(at(engine, "B4")).toBe("");
  });

  test("an error already in an input passes through unchanged", () => {
    const engine = engineWith([[100, "=1/0", 180], [40, 58, 70], ["=AIFLAG.GROSSMARGINGAP(A1:C1,A2:C2)", "=AIFLAG.FCFCONV(B1,1,1)"]]);
    expectEngineError(at(engine, "A3"), "#DIV/0!");
    expectEngineError(at(engine, "B3"), "#DIV/0!");
  });

  test("a bad output argument lists the options", () => {
    expectEngineError(evaluate('=AIFLAG.FCFCONV(1,1,1,,"verdict")').value, "#VALUE!", /"value", "status" or "detail"/);
  });

  test("an unknown name in EXPLAIN is #N/A listing the known ones", () => {
    expectEngineError(evaluate('=AIFLAG.EXPLAIN("NOPE")').value, "#N/A", /known: GROSSMARGINGAP/);
  });

  test("too many arguments is the engine's own #N/A", () => {
    expectEngineError(evaluate("=AIFLAG.TALENTLOAD(1,2,3,4)").value, "#N/A");
  });

  test("a spill the engine could not size from the formula is a clear #VALUE!, not a crash", () => {
    // Only the name is a range here, and a name's size is unknown when the formula is read.
    const engine = createEngine({ S: [[1, 1, 1]] });
    engine.addNamedExpression("cfo", "=S!$A$1:$C$1");
    engine.setCellContents({ sheet: 0, row: 1, col: 0 }, "=AIFLAG.FCFCONV(cfo,0,1)");
    expectEngineError(at(engine, "A2"), "#VALUE!", /sized the result as 1 x 1/);
    // With another argument written as an address, the size is known and the name works.
    engine.setCellContents({ sheet: 0, row: 2, col: 0 }, "=AIFLAG.FCFCONV(cfo,A1:C1,1)");
    expect(at(engine, "A3")).toBe(0);
    expectEngineError(evaluate('=AIFLAG.FCFCONV(1,1,1,,A1)', [["detail"]]).value, "#VALUE!", /literal text/);
  });
});
