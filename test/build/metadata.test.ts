/**
 * The custom-function metadata as the build makes it (custom-functions-metadata on the generated
 * wrappers, then scripts/functionsJson.js), without a build: error values allowed as inputs,
 * every parameter of type `any` but the choice parameters, which are custom enums listing the
 * registry's choices. Then calls as Excel makes them under that metadata (a fake that behaves as
 * Microsoft documents it: test/helpers/customFunctionsGlobal.ts).
 */
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { REGISTRY } from "../../src/core/registry";
import { excelEvaluates, FakeCustomFunctionsError, makeCustomFunctions, type FunctionsJson } from "../helpers/customFunctionsGlobal";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("../../scripts/functionsJson") as { allowErrorInputs(text: string): string };

const fake = makeCustomFunctions();
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fake.api;
// The wrappers as Excel calls them, imported after the global exists, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wrappers = require("../../src/functions/functions.generated") as Record<string, (...args: unknown[]) => unknown>;

let generated: FunctionsJson;
let metadata: FunctionsJson;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(resolve(__dirname, "../../src/functions/functions.generated.ts"));
  errors = result.errors;
  generated = JSON.parse(result.metadataJson) as FunctionsJson;
  metadata = JSON.parse(allowErrorInputs(result.metadataJson)) as FunctionsJson;
});

const excel = (id: string, ...args: unknown[]) => excelEvaluates(wrappers[id], metadata, id, args);

describe("functions.json", () => {
  test("is generated without errors, one entry per registry function", () => {
    expect(errors).toEqual([]);
    expect(metadata.functions.map((f) => f.id)).toEqual(REGISTRY.map((d) => d.id));
  });

  test("allows error values as inputs (allowErrorForDataTypeAny, top level), which the generator alone does not write", () => {
    expect(generated.allowErrorForDataTypeAny).toBeUndefined();
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect({ ...metadata, allowErrorForDataTypeAny: undefined }).toEqual({ ...generated, allowErrorForDataTypeAny: undefined });
  });

  test("every parameter is of type any, so it can receive an error, except the choice parameters", () => {
    for (const def of REGISTRY) {
      const params = metadata.functions.find((f) => f.id === def.id)!.parameters;
      def.params.forEach((spec, i) => {
        const p = params[i];
        expect({ id: def.id, name: p.name, optional: p.optional === true }).toEqual({ id: def.id, name: spec.name, optional: spec.optional === true });
        if (!spec.choices) expect({ id: def.id, name: p.name, type: p.type }).toEqual({ id: def.id, name: spec.name, type: "any" });
      });
    }
  });

  test("each choice parameter is a custom enum of its choices, the tooltip saying what each does", () => {
    const choiceParams = REGISTRY.flatMap((d) => d.params.filter((p) => p.choices).map((p) => ({ def: d, p })));
    expect(choiceParams.map((c) => c.p.name)).toEqual(expect.arrayContaining(["output", "part"]));
    for (const { def, p } of choiceParams) {
      const meta = metadata.functions.find((f) => f.id === def.id)!.parameters.find((q) => q.name === p.name)!;
      expect({ id: def.id, name: p.name, type: meta.type }).toEqual({ id: def.id, name: p.name, type: "string" });
      const list = metadata.enums?.find((e) => e.id === meta.customEnumId);
      expect(list?.type).toBe("string");
      expect(list?.values.map((v) => v.stringValue)).toEqual(p.choices!.map((c) => c.text));
      expect(list?.values.map((v) => v.name)).toEqual(p.choices!.map((c) => c.name ?? c.text));
      list?.values.forEach((v, k) => expect(v.tooltip).toContain(p.choices![k].description));
    }
  });
});

describe("calls as Excel makes them under this metadata", () => {
  const divided = new FakeCustomFunctionsError("#DIV/0!");

  test("without allowErrorForDataTypeAny Excel answers an input's error itself, without calling the function", () => {
    const ref = new FakeCustomFunctionsError("#REF!");
    const never = () => {
      throw new Error("called");
    };
    expect(excelEvaluates(never, generated, "DEPCLIFF", [[[100, ref]], 6, 3, null, null])).toEqual([[ref]]);
  });

  test("an error in a range reaches the function and comes back as the answer", () => {
    expect(excel("FCFCONV", [[150, 180]], [[100, divided]], [[100, 100]], null, null)).toEqual([[divided]]);
    expect(excel("DEPCLIFF", [[100, divided, 100]], 6, 3, null, null)).toEqual([[divided]]);
  });

  test("#REF! and #NAME? in an input are #VALUE! naming the argument, the period and the error", () => {
    const [[e]] = excel("DEPCLIFF", [[100, 100, new FakeCustomFunctionsError("#REF!")]], 6, 3, null, null);
    expect(e).toEqual(new FakeCustomFunctionsError("#VALUE!", "capex, period 3: the cell holds #REF!"));
    const [[f]] = excel("FCFCONV", [[1]], [[1]], [[new FakeCustomFunctionsError("#NAME?")]], null, null);
    expect(f).toEqual(new FakeCustomFunctionsError("#VALUE!", "net_income: the cell holds #NAME?"));
  });

  test("an error in a choice argument (a string enum) is Excel's own answer: the function is not called", () => {
    const ref = new FakeCustomFunctionsError("#REF!");
    expect(excel("FCFCONV", [[150]], [[100]], [[100]], null, ref)).toEqual([[ref]]);
  });

  test("a blank inside a required series is #VALUE! naming it; a blank optional argument is its default", () => {
    const [[e]] = excel("GROSSMARGINGAP", [[100, null, 140]], [[40, 50, 58]], null, null, null, null);
    expect(e).toEqual(new FakeCustomFunctionsError("#VALUE!", "revenue, period 2: a blank cell is not a number"));
    expect(excel("GROSSMARGINGAP", [[100, 140]], [[40, 58]], null, null, null, "")).toEqual(excel("GROSSMARGINGAP", [[100, 140]], [[40, 58]], 0.3, 0, 1, "value"));
  });

  test("choices whose texts hold apostrophes (ALTMANZ's Z'' and Z') are the enum's values as typed, and work", () => {
    const model = metadata.enums?.find((e) => e.id === metadata.functions.find((f) => f.id === "ALTMANZ")!.parameters[7].customEnumId);
    expect(model?.values.map((v) => [v.name, v.stringValue])).toEqual([["Z_double_prime", "Z''"], ["Z", "Z"], ["Z_prime", "Z'"]]);
    const x = [[[0.1]], [[0.2]], [[0.05]], [[1.5]], [[1]], [[0.8]], [[1]]];
    const zpp = 6.56 * 0.1 + 3.26 * 0.2 + 6.72 * 0.05 + 1.05 * 1.5;
    expect(excel("ALTMANZ", ...x, "Z''", null)[0][0]).toBeCloseTo(zpp, 12);
    expect(excel("ALTMANZ", ...x, "Z_double_prime", null)[0][0]).toBeCloseTo(zpp, 12);
    expect(excel("ALTMANZ", ...x, "Z'", "status")).toEqual([["WATCH"]]); // Z' = 1.82
  });

  test("the choices of output work in any case", () => {
    expect(excel("FCFCONV", [[150]], [[100]], [[100]], null, "Status")).toEqual([["WATCH"]]);
    expect(excel("EXPLAIN", "fcfconv", "SYNTAX")).toEqual([["AIFLAG.FCFCONV(operating_cash_flow, capex, net_income, [finance_leases], [output])"]]);
  });
});
