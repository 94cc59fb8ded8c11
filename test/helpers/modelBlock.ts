/**
 * A small model as an analyst lays it out: labels in the first column, Microsoft's fiscal years
 * across (USD millions, from the embedded dataset's 10-K figures). Used by the host and taskpane
 * tests of "Analyse selection".
 */
export const MICROSOFT_MODEL_BLOCK: Array<Array<string | number>> = [
  ["", "FY2023", "FY2024", "FY2025"],
  ["Revenue", 211915, 245122, 281724],
  ["Cost of revenue", 65863, 74114, 87831],
  ["Net income", 72361, 88136, 101832],
  ["Operating cash flow", 87582, 118548, 136162],
  ["Capital expenditure", 28107, 44477, 64551],
];
