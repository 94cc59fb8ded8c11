/**
 * Blocks as analysts select them. Figures: USD millions, from each company's Form 10-K as
 * collected in ../shared/data/hyperscalers-annual.csv (see its SOURCES.md: capex is purchases of
 * property and equipment, printed negative in the cash-flow statement; Alphabet's 2025
 * depreciation was not found and is blank).
 */
import type { BlockValue } from "../../../src/analysis";

export type Block = BlockValue[][];

/** Microsoft FY2023-FY2025, laid out as its 10-K words the lines, labels down, years across. */
export const MICROSOFT: Block = [
  ["(In millions)", "FY2023", "FY2024", "FY2025"],
  ["Revenue:", null, null, null],
  ["Total revenue", 211915, 245122, 281724],
  ["Total cost of revenue", 65863, 74114, 87831],
  ["Gross margin", 146052, 171008, 193893],
  ["Operating income", 88523, 109433, 128528],
  ["Net income", 72361, 88136, 101832],
  ["Depreciation, amortization, and other", 13861, 22287, 34153],
  ["Net cash from operations", 87582, 118548, 136162],
  ["Additions to property and equipment", -28107, -44477, -64551],
];

export const MSFT = {
  revenue: [211915, 245122, 281724],
  cost: [65863, 74114, 87831],
  netIncome: [72361, 88136, 101832],
  cfo: [87582, 118548, 136162],
  capex: [-28107, -44477, -64551],
  operatingIncome: [88523, 109433, 128528],
};

/** Alphabet as a 10-K prints it: newest year first, capex in parentheses as text, 2025 depreciation blank. */
export const ALPHABET_NEWEST_FIRST: Block = [
  ["Year Ended December 31,", null, null, null],
  [null, 2025, 2024, 2023],
  ["Revenues", 402836, 350018, 307394],
  ["Cost of revenues", 162535, 146306, 133332],
  ["Income from operations", 129039, 112390, 84293],
  ["Net income", 132170, 100118, 73795],
  ["Depreciation of property and equipment", null, 15311, 11946],
  ["Net cash provided by operating activities", 164713, 125299, 101746],
  ["Purchases of property and equipment", "(91,447)", "(52,535)", "(32,251)"],
  ["Basic net income per share", 10.91, 8.13, 5.84],
];

export const GOOGL = {
  revenue: [307394, 350018, 402836],
  cost: [133332, 146306, 162535],
  netIncome: [73795, 100118, 132170],
  cfo: [101746, 125299, 164713],
  capex: [-32251, -52535, -91447],
};

/** Meta, transposed: line items across the first row, years down. */
export const META_TRANSPOSED: Block = [
  ["Fiscal year", "Revenue", "Cost of revenue", "Net income", "Net cash provided by operating activities", "Purchases of property and equipment, net"],
  [2023, 134902, 25959, 39098, 71113, -27045],
  [2024, 164501, 30161, 62360, 91328, -37256],
  [2025, 200966, 36175, 60458, 115800, -69691],
];

export const META = {
  revenue: [134902, 164501, 200966],
  cost: [25959, 30161, 36175],
  netIncome: [39098, 62360, 60458],
  cfo: [71113, 91328, 115800],
  capex: [-27045, -37256, -69691],
};

/** An AI start-up model with estimate rows (some blank), units and a source column, no period header. */
export const STARTUP_NO_HEADER: Block = [
  ["Revenue ($M)", "$M", 40, 70, 120, "Company deck"],
  ["Inference cost (est.)", "$M", 35, 52, 80, "Analyst estimate"],
  ["Research payroll", "$M", 30, 38, 45, "Analyst estimate"],
  ["Sovereign revenue (analyst est.)", "$M", 0, 10, 36, "Press reports"],
  ["Cash collected on sovereign contracts", "$M", 0, 8, 20, "Analyst estimate"],
  ["Cash & equivalents", "$M", 300, 260, 210, "Filing"],
  ["Net burn", "$M", 30, 40, 50, "Analyst estimate"],
  ["Energy cost", "$M", null, null, null, "to fill"],
];
