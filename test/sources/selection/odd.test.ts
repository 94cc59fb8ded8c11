/**
 * Selections that are not a model's block, each said in a plain sentence before any computation,
 * and figures that are never read as dates unless the header says they are dates.
 */
import { analyseSelection, type Analysis, type BlockValue } from "../../../src/analysis";
import { isCellError } from "../../../src/core/cells/errors";
import { SHAPE_NOTICES } from "../../../src/sources/selection";
import { datesAllowed, isDateFormat } from "../../../src/sources/selection/periods";
import { MICROSOFT_MODEL_BLOCK } from "../../helpers/modelBlock";

const analyse = (values: BlockValue[][], address = "Model!B2", numberFormats?: string[][]): Analysis =>
  analyseSelection({ sheet: "Model", address, values, ...(numberFormats ? { numberFormats } : {}) });

const computed = (a: Analysis) => a.flags.filter((f) => f.state === "computed");

describe("odd selections: a sentence first, and nothing computed that cannot be", () => {
  test("one cell", () => {
    const a = analyse([[211915]], "Model!C3");
    expect(a.shape).toBe("one-cell");
    expect(a.notice).toBe(SHAPE_NOTICES.oneCell("Model!C3"));
    expect(a.flags).toEqual([]);
  });

  test("text only: labels without their figures", () => {
    const a = analyse([["", "FY2024", "FY2025"], ["Revenue", "", ""], ["Net income", "n/a", "—"]]);
    expect(a.shape).toBe("text-only");
    expect(a.notice).toBe(SHAPE_NOTICES.textOnly);
    expect(a.flags).toEqual([]);
  });

  test("figures without labels: no period made of a number, nothing computed", () => {
    // Revenues and costs in the tens of thousands sit in Excel's date-serial range (44,500 is Oct-21).
    const figures = MICROSOFT_MODEL_BLOCK.slice(1).map((row) => row.slice(1));
    const a = analyse(figures, "Model!C3");
    expect(a.shape).toBe("no-labels");
    expect(a.notice).toBe(SHAPE_NOTICES.noLabels);
    expect(a.flags).toEqual([]);
    expect(a.periods.map((p) => p.label).join(" ")).not.toMatch(/[A-Z][a-z]{2}-\d\d/);
    const numbers = analyse([[44500, 45000, 46000], [30000, 31000, 32000]]);
    // Column B is where labels would be: the figures after it are periods named by their columns, never dates.
    expect(numbers.periods.map((p) => p.label)).toEqual(["column C", "column D"]);
  });

  test("one period: the sentence says trends need more; the rest is computed, and an error is never a computed value", () => {
    const one = MICROSOFT_MODEL_BLOCK.map((row) => [row[0], row[3]]);
    const a = analyse(one);
    expect(a.shape).toBe("one-period");
    expect(a.notice).toBe(SHAPE_NOTICES.onePeriod("FY2025"));
    expect(computed(a).find((f) => f.id === "FCFCONV")).toBeDefined();
    // GROSSMARGINGAP over one period is an error value: the analysis reports it as the core gives
    // it, and the pane counts it apart (test/taskpane/analyse.test.tsx).
    const gap = computed(a).find((f) => f.id === "GROSSMARGINGAP");
    expect(gap && isCellError(gap.value)).toBe(true);
  });

  test("a model's block stays a block", () => {
    expect(analyse(MICROSOFT_MODEL_BLOCK).shape).toBe("block");
    expect(analyse(MICROSOFT_MODEL_BLOCK).notice).toBeUndefined();
  });
});

describe("dates only where the header says so", () => {
  const header = [null, 44926, 45291, 45657];
  const block: BlockValue[][] = [header, ["Revenue", 100, 120, 150]];

  test("number formats: a date format makes the header dates; General leaves them numbers", () => {
    const dates = analyse(block, "Model!B2", [["General", "mmm-yy", "mmm-yy", "mmm-yy"], ["General", "#,##0", "#,##0", "#,##0"]]);
    expect(dates.periods.map((p) => p.label)).toEqual(["Dec-22", "Dec-23", "Dec-24"]);
    const plain = analyse(block, "Model!B2", [["General", "General", "General", "General"], ["General", "#,##0", "#,##0", "#,##0"]]);
    expect(plain.periods.map((p) => p.label)).toEqual(["column C", "column D", "column E"]);
  });

  test("formats unknown: a blank or date-naming label lets the line be dates, a text or a number label does not", () => {
    expect(datesAllowed(null, undefined)).toBe(true);
    expect(datesAllowed("Period ending", undefined)).toBe(true);
    expect(datesAllowed("Year ended", undefined)).toBe(true);
    expect(datesAllowed("Widgets", undefined)).toBe(false);
    expect(datesAllowed(44500, undefined)).toBe(false);
  });

  test.each([
    ["mmm-yy", true],
    ["m/d/yyyy", true],
    ["[$-409]mmmm d, yyyy;@", true],
    ["yyyy-mm-dd", true],
    ["General", false],
    ["#,##0", false],
    ["0.0%", false],
    ['0.0" years"', false],
    ['#,##0;(#,##0);"-"', false],
  ])("%s is a date format: %s", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });
});
