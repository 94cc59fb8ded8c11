import { readCellNumber } from "../../../src/sources/selection/cellNumber";

describe("numbers stored as text are read as an analyst reads them", () => {
  test.each([
    ["1,234", 1234],
    ["1,234.5", 1234.5],
    ["(56)", -56],
    ["(1,234)", -1234],
    ["-56", -56],
    ["\u221256", -56],
    ["$1,234", 1234],
    ["$(56)", -56],
    ["($56)", -56],
    ["-$56", -56],
    ["US$ 12", 12],
    ["\u20ac 3.5", 3.5],
    ["12%", 0.12],
    ["(5%)", -0.05],
    [" 45\u00a0000 ", 45000],
    ["0.5", 0.5],
    [".5", 0.5],
    ["+7", 7],
  ])("%j -> %d, marked as text", (text, value) => {
    const r = readCellNumber(text);
    expect(r.kind).toBe("number");
    if (r.kind === "number") {
      expect(r.value).toBeCloseTo(value, 12);
      expect(r.fromText).toBe(true);
    }
  });

  test.each(["", "  ", "-", "--", "\u2014", "\u2013", "n/a", "N/A", "NA", "nm", "n.m."])("%j is a blank, as filings print one", (text) => {
    expect(readCellNumber(text)).toEqual({ kind: "blank" });
  });

  test.each(["1.2bn", "45k", "see note 3", "1,23", "12,3456", "1.2.3", "(", "()", "%", "abc", "2024E"])("%j is not a number (no guessing at scales or typos)", (text) => {
    expect(readCellNumber(text)).toEqual({ kind: "other" });
  });

  test("real numbers, blanks and booleans", () => {
    expect(readCellNumber(-64551)).toEqual({ kind: "number", value: -64551, fromText: false });
    expect(readCellNumber(null)).toEqual({ kind: "blank" });
    expect(readCellNumber(true)).toEqual({ kind: "other" });
    expect(readCellNumber(Number.NaN)).toEqual({ kind: "other" });
  });
});
