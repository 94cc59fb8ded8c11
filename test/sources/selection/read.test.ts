/** The selection source: what it reads from a block (orientation, periods, rows) and the Financials it gives. */
import { analyseSelection } from "../../../src/analysis";
import { transpose } from "../../../src/core/cells/values";
import { readSelection, rowFor, type BlockValue } from "../../../src/sources/selection";
import { CATALOGUE } from "../../analysis/helpers/catalogue";
import { ALPHABET_NEWEST_FIRST, META_TRANSPOSED, MICROSOFT, STARTUP_NO_HEADER } from "../../analysis/cases/models";

const analyse = (values: BlockValue[][], address = "B2") => analyseSelection({ sheet: "Model", address, values }, { registry: CATALOGUE });

describe("orientation", () => {
  test("labels down the first column, periods across: rows", () => {
    const a = analyse(MICROSOFT);
    expect(a.orientation).toBe("rows");
    expect(a.periods.map((p) => p.label)).toEqual(["FY2023", "FY2024", "FY2025"]);
    expect(rowFor(a, "revenue")?.cells).toEqual([
      { row: 3, col: 2 },
      { row: 3, col: 3 },
      { row: 3, col: 4 },
    ]);
  });

  test("labels across the first row, periods down: columns", () => {
    const a = analyse(META_TRANSPOSED, "C4");
    expect(a.orientation).toBe("columns");
    expect(a.periods.map((p) => p.label)).toEqual(["2023", "2024", "2025"]);
    const capex = rowFor(a, "capex");
    expect(capex?.label).toBe("Purchases of property and equipment, net");
    // "C4" corner: the capex column is H, years on rows 5 to 7.
    expect(capex?.cells).toEqual([
      { row: 4, col: 7 },
      { row: 5, col: 7 },
      { row: 6, col: 7 },
    ]);
  });

  test("a block and its transpose give the same model", () => {
    const a = analyse(MICROSOFT);
    const t = analyse(transpose(MICROSOFT));
    expect(t.orientation).toBe("columns");
    expect(t.rows.map((r) => [r.item, r.values])).toEqual(a.rows.map((r) => [r.item, r.values]));
    expect(t.flags.map((f) => [f.id, f.state === "computed" ? f.value : f.message])).toEqual(
      a.flags.map((f) => [f.id, f.state === "computed" ? f.value : f.message]),
    );
  });

  test("with no label recognised, a period header decides; with none, labels go down the first column", () => {
    expect(analyse([["", "Q1 2025", "Q2 2025"], ["Widgets", 1, 2]]).orientation).toBe("rows");
    expect(analyse([["", "Widgets"], ["Q1 2025", 1], ["Q2 2025", 2]]).orientation).toBe("columns");
    expect(analyse([["Widgets", 1, 2]]).orientation).toBe("rows");
  });
});

describe("headers and periods", () => {
  test("a filing's newest-first years are put oldest first, and the order is reported", () => {
    const a = analyse(ALPHABET_NEWEST_FIRST);
    expect(a.periodOrder).toBe("newest-first");
    expect(a.periods.map((p) => p.label)).toEqual(["2023", "2024", "2025"]);
    expect(rowFor(a, "revenue")?.values).toEqual([307394, 350018, 402836]);
    expect(a.periodsPerYear).toBe(1);
  });

  test("the header may sit under a title line; the title is not a period", () => {
    const a = analyse(ALPHABET_NEWEST_FIRST);
    expect(a.periods).toHaveLength(3);
  });

  test("without a header, the columns holding numbers are the periods, oldest first as assumed", () => {
    const a = analyse(STARTUP_NO_HEADER, "A1");
    expect(a.periodOrder).toBe("assumed");
    expect(a.periods.map((p) => p.label)).toEqual(["column C", "column D", "column E"]);
    expect(a.periodsPerYear).toBeUndefined();
  });

  test("columns whose header is not a period (units, source, % change) are left out", () => {
    const block: BlockValue[][] = [
      ["", "Units", "2023", "2024", "% chg", "Source"],
      ["Revenue", "$M", 100, 130, 0.3, "10-K"],
      ["Cost of revenue", "$M", 40, 55, 0.375, "10-K"],
    ];
    const a = analyse(block);
    expect(a.periods.map((p) => p.label)).toEqual(["2023", "2024"]);
    expect(rowFor(a, "revenue")?.values).toEqual([100, 130]);
  });

  test("dates stored as Excel serials in the header are periods", () => {
    const block: BlockValue[][] = [
      [null, 44926, 45291, 45657],
      ["Revenue", 100, 120, 150],
    ];
    const a = analyse(block);
    expect(a.periods.map((p) => p.label)).toEqual(["Dec-22", "Dec-23", "Dec-24"]);
    expect(a.periodsPerYear).toBe(1);
  });

  test("quarterly headers set four periods a year", () => {
    const a = analyse([["", "Q1-25", "Q2-25", "Q3-25"], ["Net burn", 30, 32, 35], ["Cash", 300, 270, 240]]);
    expect(a.periodsPerYear).toBe(4);
  });
});

describe("rows", () => {
  test("a heading without numbers loses to the line with them; unrecognised lines with numbers are listed", () => {
    const a = analyse([
      ["", "2024", "2025"],
      ["Revenue", null, null],
      ["Product", 60, 70],
      ["Service and other", 40, 50],
      ["Total revenue", 100, 120],
    ]);
    expect(rowFor(a, "revenue")?.label).toBe("Total revenue");
    expect(a.unrecognised).toEqual(["Product", "Service and other"]);
  });

  test("a segment line named like the total loses to the total line", () => {
    const a = analyse([
      ["", "2024", "2025"],
      ["Cloud", null, null],
      ["Revenue", 40, 50],
      ["Total revenue", 100, 120],
      ["Revenue", 60, 70],
    ]);
    expect(rowFor(a, "revenue")?.values).toEqual([100, 120]);
  });

  test("text numbers are read and marked", () => {
    const a = analyse(ALPHABET_NEWEST_FIRST);
    const capex = rowFor(a, "capex");
    expect(capex?.values).toEqual([-32251, -52535, -91447]);
    expect(capex?.fromText).toEqual([true, true, true]);
    expect(rowFor(a, "depreciation")?.values).toEqual([11946, 15311, null]);
  });

  test("a per-share line never stands in for net income", () => {
    const a = analyse(ALPHABET_NEWEST_FIRST);
    expect(rowFor(a, "net_income")?.label).toBe("Net income");
    expect(a.unrecognised).toContain("Basic net income per share");
  });
});

describe("block-level problems are sentences, never exceptions", () => {
  test.each([
    [[], "B2"],
    [[[]], "B2"],
    [[["Widgets", "Gadgets"]], "B2"],
    [[["Revenue", "n/a", "—"]], "B2"],
    [MICROSOFT, "not an address"],
  ] as Array<[BlockValue[][], string]>)("%j at %s", (values, address) => {
    const a = analyse(values, address);
    expect(a.problems.length).toBeGreaterThan(0);
    expect(a.flags.filter((f) => f.state === "computed")).toEqual([]);
  });

  test("an Office-style address with a sheet and a range gives the corner", () => {
    const a = analyseSelection({ sheet: "My model", address: "'My model'!C3:F12", values: MICROSOFT }, { registry: CATALOGUE });
    expect(a.block).toEqual({ top: 2, left: 2, bottom: 11, right: 5 });
  });
});

describe("the Financials a block gives", () => {
  const cellAt = (row: number, col: number, fromText = false) => ({ source: "cell", sheet: "Model", row, col, ...(fromText ? { fromText: true } : {}) });

  test("Microsoft: one series per recognised row, in the block's order, each figure citing its cell", () => {
    const { financials: f } = readSelection({ sheet: "Model", address: "B2", values: MICROSOFT });
    expect(f.company).toEqual({ name: "Model" });
    expect(f.source).toBe("Model!B2:E11");
    expect(f.units).toEqual({ currency: "USD" });
    expect(f.periodsPerYear).toBe(1);
    expect(f.periods).toEqual([2023, 2024, 2025].map((y) => ({ label: `FY${y}`, kind: "annual", fiscalYear: y })));
    expect(Object.keys(f.items)).toEqual([
      "revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income", "depreciation_amortization", "operating_cash_flow", "capex",
    ]);
    // "Total revenue" is the block's fourth line (sheet row 4, 0-based 3); the years are columns C to E.
    expect(f.items.revenue).toEqual({
      label: "Total revenue",
      values: [211915, 245122, 281724].map((value, k) => ({ value, provenance: cellAt(3, 2 + k) })),
    });
    expect(f.items.depreciation_amortization?.label).toBe("Depreciation, amortization, and other");
    expect(f.gaps).toEqual({});
    expect(f.disclosures).toEqual({});
  });

  test("newest-first columns come oldest first; text numbers say so; a blank cell is null, never zero", () => {
    const { financials: f } = readSelection({ sheet: "Model", address: "A1", values: ALPHABET_NEWEST_FIRST });
    expect(f.periods.map((p) => p.label)).toEqual(["2023", "2024", "2025"]);
    // 2023 is the block's last column (D), 2025 its first (B); capex is on row 9.
    expect(f.items.capex?.values).toEqual([
      { value: -32251, provenance: cellAt(8, 3, true) },
      { value: -52535, provenance: cellAt(8, 2, true) },
      { value: -91447, provenance: cellAt(8, 1, true) },
    ]);
    expect(f.items.depreciation?.values.map((x) => x?.value ?? null)).toEqual([11946, 15311, null]);
  });

  test("a recognised row with no number is a series of nulls; no header leaves the frequency unknown", () => {
    const { financials: f } = readSelection({ sheet: "S", address: "A1", values: STARTUP_NO_HEADER });
    expect(f.items.energy_cost).toEqual({ label: "Energy cost", values: [null, null, null] });
    expect(f.periodsPerYear).toBeUndefined();
    expect(f.periods.map((p) => p.kind)).toEqual(["other", "other", "other"]);
  });

  test("quarterly headers give quarters of their year", () => {
    const { financials: f } = readSelection({ sheet: "Q", address: "A1", values: [["", "Q1 2025", "Q2 2025"], ["Cash", 300, 270]] });
    expect(f.periodsPerYear).toBe(4);
    expect(f.periods).toEqual([
      { label: "Q1 2025", kind: "quarter", fiscalYear: 2025, quarter: 1 },
      { label: "Q2 2025", kind: "quarter", fiscalYear: 2025, quarter: 2 },
    ]);
  });

  test("an unreadable address or an empty block gives no figures", () => {
    expect(readSelection({ sheet: "M", address: "nowhere", values: MICROSOFT }).financials.periods).toEqual([]);
    expect(readSelection({ sheet: "M", address: "A1", values: [] }).financials.items).toEqual({});
  });
});
