/** The writer's operations and the text Excel would re-read, as pure data. */
import { asTypedText, excelWouldReread } from "../../src/host/typedText";
import { frozenRange, planOps, requestEstimate } from "../../src/host/planOps";
import { widthInPoints, type WorkbookPlan } from "../../src/templates/plan";
import { resolvePlan } from "../../src/templates/resolve";

test.each([
  ["2023", true],
  ["2023-06-30", true],
  ["Dec-24", true],
  ["5%", true],
  ["1,000", true],
  ["TRUE", true],
  ["=SUM(A1)", true],
  ["-x", true],
  ["@x", true],
  ["#N/A", true],
  ["'quoted", true],
  ["1e5", true],
  ["FY2023", false],
  ["Revenue", false],
  ["USD millions", false],
  ["Company 1", false],
  ["Source: Form 10-K, fiscal years 2023-2025 (June 30).", false],
  ["", false],
  ["   ", false],
])("Excel would re-read %p: %s", (text, reread) => {
  expect(excelWouldReread(text)).toBe(reread);
  expect(asTypedText(text)).toBe(reread ? `'${text}` : text);
});

const plan: WorkbookPlan = {
  title: "Tiny",
  sheets: [
    {
      key: "a",
      name: "Inputs",
      cells: [
        { ref: "A1", value: "Year", style: "header" },
        { ref: "B1", value: "2023", style: "header" },
        { ref: "A2", value: 5, numberFormat: "0.0" },
        { ref: "B2", formula: "={{sheet:b}}!A1*2", style: "calc" },
        { ref: "C3", style: "estimate" },
      ],
      freeze: { rows: 1, columns: 0 },
      statusFormats: [{ kind: "status", range: "B2:B2" }],
    },
    { key: "b", name: "Other sheet", cells: [{ ref: "A1", value: 1 }] },
  ],
  names: [{ name: "Year", sheetKey: "a", range: "A1:B1" }],
  activate: "b",
};

test("planOps: per sheet one block of entries and one of formats, text protected, then names, then activate", () => {
  const ops = planOps(resolvePlan(plan, ["Inputs"]));
  expect(ops.map((o) => o.op)).toEqual(["addSheet", "cells", "style", "style", "style", "statusColours", "freeze", "addSheet", "cells", "name", "activate"]);
  expect(ops[0]).toEqual({ op: "addSheet", key: "a", name: "Inputs (2)" });
  expect(ops[1]).toEqual({
    op: "cells",
    key: "a",
    address: "A1:C3",
    formulas: [
      ["Year", "'2023", ""],
      [5, "='Other sheet'!A1*2", ""],
      ["", "", ""],
    ],
    numberFormats: [
      ["General", "General", "General"],
      ["0.0", "General", "General"],
      ["General", "General", "General"],
    ],
  });
  expect(ops[ops.length - 1]).toEqual({ op: "activate", key: "b" });
});

test("requestEstimate grows with the plan and counts every call", () => {
  const small = requestEstimate(planOps(resolvePlan(plan, [])));
  expect(small.calls).toBeGreaterThan(10);
  expect(small.bytes).toBeGreaterThan(small.calls * 256);
  const bigger = { ...plan, sheets: [{ ...plan.sheets[0], cells: [...plan.sheets[0].cells, { ref: "Z99", value: "x".repeat(1000) }] }, plan.sheets[1]] };
  expect(requestEstimate(planOps(resolvePlan(bigger, []))).bytes).toBeGreaterThan(small.bytes + 1000);
});

test("frozenRange", () => {
  expect(frozenRange(2, 1)).toBe("A1:A2");
  expect(frozenRange(1, 1)).toBe("A1");
});

test("column widths reach Office.js in points: a plan's 8.43 characters is Excel's default 48-point column", () => {
  expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
  const plan: WorkbookPlan = { title: "t", sheets: [{ key: "s", name: "S", cells: [], columnWidths: [{ column: "A", width: 52 }] }], names: [], activate: "s" };
  const widths = planOps(plan).filter((op) => op.op === "columnWidth");
  expect(widths).toEqual([{ op: "columnWidth", key: "s", column: "A", width: widthInPoints(52) }]);
  expect(widthInPoints(52)).toBeGreaterThan(270);
});
