/**
 * The CSV source: the user's file, one row per company and fiscal year, as one `Financials` per
 * company (in the order they first appear), every figure citing its file, line and column.
 *
 *   company,fiscal_year,revenue,cost_of_revenue,net_income,operating_cash_flow,capex,...
 *   Contoso,2024,1000,400,120,210,-90
 *
 * `company` and `fiscal_year` are required; every other column is a line item named by its id
 * in the vocabulary (`src/model/lineItems.ts`: revenue, cost_of_revenue, capex, inference_cost,
 * ...), so the vocabulary is this source's mapping table. Money is in USD millions; shares,
 * rates and lives as decimals and years (0.21, 6). Cells are plain numbers (a leading minus, a
 * decimal point; no thousands separators) or empty for "not known". Any other content is an
 * InputError naming the file, row and column, and saying what to write instead where the cell
 * shows a known habit (`diagnose.ts`: semicolon or tab separators, thousands separators...).
 * Gross profit, when the file does not give it, is derived as revenue - |cost of revenue|
 * (provenance "derived").
 */
import { parse } from "csv-parse/sync";
import type { Fact, Financials, LineSeries } from "../../model/financials";
import { isLineItemId, LINE_ITEM_IDS } from "../../model/lineItems";
import { decodeUtf8 } from "./decode";
import { numberHint, otherSeparator, rowLengthMessage } from "./diagnose";
import { InputError } from "./inputError";

export const REQUIRED_COLUMNS = ["company", "fiscal_year"] as const;
export const MAX_ROWS = 200_000;
/** The scale of the file's money columns: USD millions. */
export const CSV_SCALE = 1e6;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

interface Row {
  cells: string[];
  /** The file's line the record ends on (1-based, header included). */
  line: number;
}

function parseRows(file: string, text: string): Row[] {
  const separator = otherSeparator(text);
  if (separator) {
    throw new InputError(file, `the columns are separated by ${separator}, not commas; save the file as comma-separated CSV, with a point as decimal mark (1234.5)`, 1);
  }
  let rows: Row[];
  try {
    // Rows of the wrong length are let through here and explained below, with their cells in hand.
    const records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    rows = records.map((r) => ({ cells: r.record, line: r.info.lines }));
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new InputError(file, `not a valid CSV (${e.message ?? String(error)})`, e.lines);
  }
  const width = rows[0]?.cells.length ?? 0;
  const ragged = rows.find((r) => r.cells.length !== width);
  if (ragged) throw new InputError(file, rowLengthMessage(ragged.cells, width), ragged.line);
  return rows;
}

function checkHeader(file: string, names: readonly string[], header: readonly string[]): void {
  for (const required of REQUIRED_COLUMNS) {
    if (!header.includes(required)) throw new InputError(file, `the header has no "${required}" column`, 1);
  }
  header.forEach((name, i) => {
    if (!REQUIRED_COLUMNS.includes(name as (typeof REQUIRED_COLUMNS)[number]) && !isLineItemId(name)) {
      throw new InputError(file, `unknown column "${names[i]}"; line-item columns are: ${LINE_ITEM_IDS.join(", ")}`, 1, names[i]);
    }
  });
  if (header.length === REQUIRED_COLUMNS.length) throw new InputError(file, "the header names no line-item column", 1);
}

/** revenue - |cost of revenue| in each year holding both, where the file gives no gross profit. */
function derivedGrossProfit(items: Financials["items"]): LineSeries | undefined {
  const revenue = items.revenue?.values;
  const cost = items.cost_of_revenue?.values;
  if (!revenue || !cost) return undefined;
  const values = revenue.map((r, k): Fact | null => {
    const c = cost[k];
    if (r === null || c === null) return null;
    return { value: r.value - Math.abs(c.value), provenance: { source: "derived", formula: "gross profit = revenue - |cost of revenue|" } };
  });
  return { label: "gross profit (revenue - cost of revenue)", values };
}

export function readFinancialsCsv(file: string, bytes: Uint8Array): Financials[] {
  const rows = parseRows(file, decodeUtf8(file, bytes));
  if (rows.length === 0) throw new InputError(file, "the file has no rows");
  if (rows.length - 1 > MAX_ROWS) throw new InputError(file, `the file has ${rows.length - 1} data rows; the limit is ${MAX_ROWS}`);
  const names = rows[0].cells;
  const header = names.map((h) => h.toLowerCase());
  checkHeader(file, names, header);
  if (rows.length === 1) throw new InputError(file, "the file has a header but no data rows");

  const companyCol = header.indexOf("company");
  const yearCol = header.indexOf("fiscal_year");
  const byCompany = new Map<string, Map<number, Row>>();
  for (const row of rows.slice(1)) {
    const { cells, line } = row;
    const company = cells[companyCol];
    if (!company) throw new InputError(file, "the company is empty", line, "company");
    if (!/^\d{4}$/.test(cells[yearCol])) throw new InputError(file, `"${cells[yearCol]}" is not a four-digit fiscal year`, line, "fiscal_year");
    const year = Number(cells[yearCol]);
    const years = byCompany.get(company) ?? new Map<number, Row>();
    if (years.has(year)) throw new InputError(file, `${company} ${year} appears twice`, line, "fiscal_year");
    header.forEach((_name, c) => {
      if (c === companyCol || c === yearCol || cells[c] === "") return;
      if (!NUMBER.test(cells[c])) {
        const hint = numberHint(cells[c]);
        throw new InputError(file, `"${cells[c]}" is not a plain number${hint ? `: ${hint}` : ""}`, line, names[c]);
      }
    });
    years.set(year, row);
    byCompany.set(company, years);
  }

  return [...byCompany.entries()].map(([company, yearRows]) => {
    const years = [...yearRows.keys()].sort((a, b) => a - b);
    const items: Financials["items"] = {};
    header.forEach((name, c) => {
      if (!isLineItemId(name)) return;
      const values = years.map((y): Fact | null => {
        const { cells, line } = yearRows.get(y)!;
        return cells[c] === "" ? null : { value: Number(cells[c]), provenance: { source: "csv", file, line, column: names[c] } };
      });
      items[name] = { label: names[c], values };
    });
    const grossProfit = items.gross_profit ? undefined : derivedGrossProfit(items);
    return {
      company: { name: company },
      source: file,
      units: { currency: "USD", scale: CSV_SCALE },
      periodsPerYear: 1,
      periods: years.map((fiscalYear) => ({ label: `FY${fiscalYear}`, kind: "annual", fiscalYear })),
      items: grossProfit ? { ...items, gross_profit: grossProfit } : items,
      gaps: {},
      disclosures: {},
      caveats: ["Figures from the user's CSV, as given; AIFLAG has not checked them against filings."],
    };
  });
}
