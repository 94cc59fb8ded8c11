/**
 * What the preview's cells show for a value and a number format (src/preview/format.ts): the
 * formats the templates use, as Excel shows them. Runs without a browser.
 */
import { formatGeneral, formatNumber, showValue } from "../../src/preview/format";
import { MONEY_FORMAT, MULTIPLE_FORMAT, SHARE_FORMAT, YEAR_FORMAT } from "../../src/templates/formats";

test.each([
  [281724, MONEY_FORMAT, "281,724"],
  [-64551, MONEY_FORMAT, "(64,551)"],
  [0.7032268834943829, SHARE_FORMAT, "70.3%"],
  [-0.0014, SHARE_FORMAT, "-0.1%"],
  [2025, YEAR_FORMAT, "FY2025"],
  [0.7, MULTIPLE_FORMAT, "0.70x"],
  [6, '0.0" years"', "6.0 years"],
  [4, '0" yrs"', "4 yrs"],
  [0.001, "0.000", "0.001"],
  [0.3, "0%", "30%"],
  [1234.5, "#,##0.0#", "1,234.5"],
  [12, "0.0\\x", "12.0x"],
])("%p in %p shows %p", (x, format, text) => {
  expect(formatNumber(x, format)).toBe(text);
});

test.each([
  [0, "0"],
  [136162, "136162"],
  [0.7032268834943829, "0.703226883"],
  [-1.5, "-1.5"],
  [1e12, "1E+12"],
  [1 / 3, "0.333333333"],
])("General shows %p as %p (at most 11 characters, as in a standard-width column)", (x, text) => {
  expect(formatGeneral(x)).toBe(text);
});

test.each([
  [0.7032268834943829, 8, "0.703227"],
  [1 / 3, 8, "0.333333"],
  [136162, 8, "136162"],
  [123456789, 8, "1.23E+08"],
  [-0.0009630123, 8, "-0.00096"],
])("General shows %p in %p characters as %p, as Excel fits a number to its column", (x, chars, text) => {
  expect(formatGeneral(x, chars)).toBe(text);
});

test("texts left, numbers right, booleans and errors centred with the reason kept", () => {
  expect(showValue("needs input", "@")).toEqual({ text: "needs input", align: "left" });
  expect(showValue(2, undefined)).toEqual({ text: "2", align: "right" });
  expect(showValue(true, undefined)).toEqual({ text: "TRUE", align: "center" });
  const error = { code: "#VALUE!", message: 'operating_cash_flow: "abc" is not a number' };
  expect(showValue(error, SHARE_FORMAT)).toEqual({ text: "#VALUE!", align: "center", error });
  expect(showValue(null, MONEY_FORMAT).text).toBe("");
});
