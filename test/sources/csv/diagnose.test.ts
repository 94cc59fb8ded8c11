/** What the CSV source says about the usual exports of other locales and tools. */
import { numberHint, otherSeparator, rowLengthMessage } from "../../../src/sources/csv/diagnose";

test("the header's separator is named when it is not a comma; quoted commas do not count", () => {
  expect(otherSeparator("company;fiscal_year;revenue\nA;2024;1,5\n")).toBe("semicolons");
  expect(otherSeparator("\n\ncompany\tfiscal_year\trevenue\n")).toBe("tabs");
  expect(otherSeparator('company,fiscal_year,"a;b;c"\n')).toBeUndefined();
  expect(otherSeparator("company,fiscal_year,revenue\nA;B;C;D\n")).toBeUndefined();
});

test.each([
  ["1,234", "thousands separators are not allowed; write 1234"],
  ["-12,345,678.5", "thousands separators are not allowed; write -12345678.5"],
  ["(12.5)", "write a negative number with a minus sign: -12.5"],
  ["21%", "write a rate as a decimal: 0.21 for 21%"],
  ["$120", "leave out the currency symbol"],
  ["1234,5", "write the decimal mark as a point: 1234.5"],
  ["n/a", undefined],
])("%s: %s", (cell, hint) => {
  expect(numberHint(cell)).toBe(hint);
});

test("a row longer than the header: a split thousands number is recognised, anything else asks for quotes", () => {
  expect(rowLengthMessage(["A", "2024", "12", "345.5"], 3)).toBe(
    "this row has 4 cells but the header has 3: 12,345.5 looks like one number written with a thousands separator, which the comma splits into two cells; write 12345.5",
  );
  expect(rowLengthMessage(["Contoso", " Inc.", "2024", "1"], 3)).toMatch(/must be in double quotes/);
  expect(rowLengthMessage(["A"], 3)).toBe("this row has 1 cell but the header has 3");
});
