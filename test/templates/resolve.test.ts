/**
 * resolvePlan fits a plan into a workbook: existing names (any case) push ours to " (2)",
 * " (3)"..., names stay within 31 characters, and every sheet token becomes a properly quoted
 * name, so the formulas still evaluate in a workbook that already has the template's sheets.
 */
import { buildRedFlagModel } from "../../src/templates/redFlagModel";
import { EMBEDDED } from "../../src/sources/embedded";
import type { WorkbookPlan } from "../../src/templates/plan";
import { MAX_SHEET_NAME, quoteSheetName, resolvePlan, uniqueSheetName } from "../../src/templates/resolve";
import { SHEET_TOKEN } from "../../src/templates/sheetRef";
import { series } from "./companies";
import { errorCells, load, sheetOf } from "./helpers";

const taken = (...names: string[]) => new Set(names.map((n) => n.toLowerCase()));

describe("uniqueSheetName", () => {
  test.each([
    ["Inputs", [], "Inputs"],
    ["Inputs", ["inputs"], "Inputs (2)"],
    ["Inputs", ["INPUTS", "Inputs (2)"], "Inputs (3)"],
    ["Flags", ["Inputs"], "Flags"],
    ["History", [], "History (2)"],
    ["a/b:c?d*e[f]", [], "a-b-c-d-e-f-"],
    ["'quoted'", [], "quoted"],
  ])("%s with %j taken -> %s", (wanted, existing, expected) => {
    expect(uniqueSheetName(wanted, taken(...existing))).toBe(expected);
  });

  test("31 characters at most, the suffix included", () => {
    const long = "Depreciation cliff for a very long company name";
    const first = uniqueSheetName(long, taken());
    expect(first).toHaveLength(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, taken(first));
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});

describe("quoteSheetName", () => {
  test.each([
    ["Inputs", "Inputs"],
    ["Inputs (2)", "'Inputs (2)'"],
    ["Depreciation cliff", "'Depreciation cliff'"],
    ["O'Brien", "'O''Brien'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["2024", "'2024'"],
    ["TRUE", "'TRUE'"],
  ])("%s -> %s", (name, expected) => expect(quoteSheetName(name)).toBe(expected));
});

const tiny: WorkbookPlan = {
  title: "tiny",
  sheets: [
    { key: "a", name: "Inputs", cells: [{ ref: "A1", value: 2 }] },
    { key: "b", name: "Inputs", cells: [{ ref: "A1", formula: "={{sheet:a}}!A1*{{sheet:a}}!A1" }] },
  ],
  names: [{ name: "Two", sheetKey: "a", range: "A1" }],
  activate: "b",
};

describe("resolvePlan", () => {
  test("two sheets of one plan never share a name, and tokens become quoted names", () => {
    const r = resolvePlan(tiny, []);
    expect(r.sheets.map((s) => s.name)).toEqual(["Inputs", "Inputs (2)"]);
    expect(r.sheets[1].cells[0].formula).toBe("=Inputs!A1*Inputs!A1");
    const r2 = resolvePlan(tiny, ["inputs"]);
    expect(r2.sheets.map((s) => s.name)).toEqual(["Inputs (2)", "Inputs (3)"]);
    expect(r2.sheets[1].cells[0].formula).toBe("='Inputs (2)'!A1*'Inputs (2)'!A1");
  });

  test("the plan given is not changed", () => {
    const before = JSON.stringify(tiny);
    resolvePlan(tiny, ["Inputs"]);
    expect(JSON.stringify(tiny)).toBe(before);
  });

  test("an unknown sheet key or a repeated key is a bug, not a silent #REF!", () => {
    expect(() => resolvePlan({ ...tiny, sheets: [{ key: "x", name: "X", cells: [{ ref: "A1", formula: "={{sheet:nope}}!A1" }] }] }, [])).toThrow(
      /unknown sheet key "nope"/,
    );
    expect(() => resolvePlan({ ...tiny, sheets: [tiny.sheets[0], { ...tiny.sheets[1], key: "a" }] }, [])).toThrow(/share the key/);
  });

  test("no token survives in any template", () => {
    const r = resolvePlan(buildRedFlagModel(EMBEDDED[0]), ["Inputs", "Flags", "Checks"]);
    for (const s of r.sheets) for (const c of s.cells) expect(c.formula ?? "").not.toMatch(SHEET_TOKEN);
  });
});

describe("in a workbook that already has the template's sheets", () => {
  const existing = {
    inputs: [["keep me", 42]],
    FLAGS: [[1, "=A1+1"]],
    "Flags (2)": [["also mine"]],
  };
  const plan = buildRedFlagModel(EMBEDDED[1]);
  const loaded = load(plan, existing);
  const fresh = load(plan);

  test("our sheets get suffixed names", () => {
    expect(loaded.engine.getSheetNames()).toEqual(["inputs", "FLAGS", "Flags (2)", "Inputs (2)", "Flags (3)", "Checks"]);
  });

  test("the formulas still evaluate, to the same values as in an empty workbook", () => {
    expect(errorCells(loaded)).toEqual([]);
    for (const sheet of plan.sheets) {
      for (const c of sheet.cells) {
        const got = loaded.value(sheet.key, c.ref);
        // The live-formula column shows the formula itself, which names the suffixed sheet.
        if (c.formula?.startsWith("=FORMULATEXT(")) expect(got).toMatch(/'Inputs \(2\)'!\$[A-Z]\$/);
        else expect([sheet.key, c.ref, got]).toEqual([sheet.key, c.ref, fresh.value(sheet.key, c.ref)]);
      }
    }
    expect(loaded.value("checks", "B4")).toBe(true);
  });

  test("the existing cells are unchanged", () => {
    expect(loaded.engine.getSheetValues(loaded.engine.getSheetId("inputs")!)).toEqual([["keep me", 42]]);
    expect(loaded.engine.getSheetValues(loaded.engine.getSheetId("FLAGS")!)).toEqual([[1, 2]]);
    expect(loaded.engine.getSheetValues(loaded.engine.getSheetId("Flags (2)")!)).toEqual([["also mine"]]);
  });

  test("the sheet-scoped names point at our Inputs sheet", () => {
    const inputsId = loaded.sheetId("inputs");
    const revenue = loaded.engine.getNamedExpression("Revenue", inputsId);
    // Every year column: revenue is blank before FY2023 (capex alone is given), and SUM skips the blanks.
    expect(revenue?.expression).toBe("='Inputs (2)'!$B$8:$K$8");
    expect(loaded.engine.calculateFormula("=SUM(Revenue)", inputsId)).toBe(series(EMBEDDED[1], "revenue").reduce<number>((s, y) => s + (y ?? 0), 0));
    expect(sheetOf(plan, "inputs").cells.find((c) => c.ref === "A8")?.value).toBe("Revenue");
  });
});
