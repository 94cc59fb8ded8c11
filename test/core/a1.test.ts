import { cellAddress, columnIndex, columnName, parseCell, parseRange, rangeAddress, sheetPrefix } from "../../src/core/cells/a1";

test("column names round-trip across the one- to three-letter boundaries", () => {
  expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  for (let c = 0; c < 20000; c += 7) expect(columnIndex(columnName(c))).toBe(c);
});

test("cells and ranges parse and print, absolute or not", () => {
  expect(parseCell("$C$5")).toEqual({ row: 4, col: 2 });
  expect(cellAddress({ row: 4, col: 2 }, true)).toBe("$C$5");
  expect(parseRange("D9:B2")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
  expect(rangeAddress(parseRange("B2:D9"))).toBe("B2:D9");
  expect(rangeAddress(parseRange("B2"))).toBe("B2");
  expect(() => parseCell("Revenue")).toThrow(/not a cell address/);
});

test("sheet names are quoted when Excel needs it", () => {
  expect(sheetPrefix("Inputs")).toBe("Inputs!");
  expect(sheetPrefix("Inputs (2)")).toBe("'Inputs (2)'!");
  expect(sheetPrefix("Bob's")).toBe("'Bob''s'!");
  expect(sheetPrefix("AB12")).toBe("'AB12'!"); // looks like a cell address
});

test("names that read as an R1C1 reference or a boolean are quoted too", () => {
  expect(sheetPrefix("R1C1")).toBe("'R1C1'!");
  expect(sheetPrefix("TRUE")).toBe("'TRUE'!");
  expect(sheetPrefix("Data_2024")).toBe("Data_2024!");
});
