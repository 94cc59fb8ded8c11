/**
 * How values read (src/analysis/valueText.ts): money with the figures' units ("$39.6B"), as given
 * when the scale is unknown, multiples as multiples; and the templates' Excel format for money
 * results, which the preview's formatter shows the same way as Excel (a trailing comma divides by
 * 1,000).
 */
import { currencyPrefix, excelMoneyFormat, moneyText, moneyUnitText, valueText } from "../../src/analysis/valueText";
import { formatNumber } from "../../src/preview/format";

const MILLIONS = { currency: "USD", scale: 1e6 };

test.each([
  [39637.7, MILLIONS, "$39.6B"],
  [-850, MILLIONS, "-$850.0M"],
  [0.4, MILLIONS, "$400,000"],
  [39_637_700_000, { currency: "USD", scale: 1 }, "$39.6B"],
  [1234.5, { currency: "EUR", scale: 1e6 }, "EUR 1.2B"],
  [1234.5, { currency: "USD" }, "1,234.5"],
])("moneyText(%p, %j) is %p", (x, units, text) => {
  expect(moneyText(x, units)).toBe(text);
});

test("a value reads by its kind: money by its units, a conversion as a multiple, a share as a percentage", () => {
  expect(valueText("amount", 39637.7, MILLIONS)).toBe("$39.6B");
  expect(valueText("amount", 39637.7)).toBe("39,637.7");
  expect(valueText("multiple", 0.7032, MILLIONS)).toBe("0.70x");
  expect(valueText("share", 0.41)).toBe("41%");
  expect(valueText(undefined, 12.5)).toBe("12.5");
});

test("what money is counted in, for --json", () => {
  expect(moneyUnitText(MILLIONS)).toBe("USD millions");
  expect(moneyUnitText({ currency: "USD", scale: 1 })).toBe("USD");
  expect(moneyUnitText({ currency: "USD" })).toBeUndefined();
  expect(currencyPrefix("GBP")).toBe("GBP ");
});

test("the templates' money format shows millions as billions, or as millions, in Excel's syntax and the preview alike", () => {
  expect(excelMoneyFormat("USD", true)).toBe('"$"#,##0.0,"B";-"$"#,##0.0,"B"');
  expect(formatNumber(39637.7, excelMoneyFormat("USD", true))).toBe("$39.6B");
  expect(formatNumber(-39637.7, excelMoneyFormat("USD", true))).toBe("-$39.6B");
  expect(formatNumber(850, excelMoneyFormat("USD", false))).toBe("$850M");
  expect(formatNumber(0.7032, '0.00"x"')).toBe("0.70x");
  expect(formatNumber(1_234_567, "#,##0,,")).toBe("1");
});
