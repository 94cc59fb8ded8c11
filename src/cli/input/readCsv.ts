/**
 * The user's CSV: one row per company and period.
 *
 *   company,fiscal_year,revenue,cost_of_revenue,net_income,operating_cash_flow,capex,...
 *   Contoso,2024,1000,400,120,210,-90
 *
 * `company` and `fiscal_year` are required; every other column is a line item named as in
 * the analysis (`LINE_ITEMS`: revenue, cost_of_revenue, capex, inference_cost, ...). Cells are
 * plain numbers (a leading minus, a decimal point; no thousands separators) or empty for
 * "not known". Any other content is an InputError naming the file, row and column.
 */
import { parse } from "csv-parse/sync";
import { LINE_ITEMS, type LineItemId } from "../../analysis/labels/lineItems";
import { decodeUtf8 } from "./decode";
import { InputError } from "./inputError";

export interface CompanySeries {
  company: string;
  /** Where the figures come from, for the report. */
  source: string;
  /** Fiscal years, oldest first. */
  years: number[];
  /** One value per year (null when the cell was empty), per line item given. */
  items: Partial<Record<LineItemId, Array<number | null>>>;
  /** Assumptions the source itself supports (e.g. a disclosed server life), by parameter name. */
  assumptions?: Readonly<Record<string, number>>;
}

export const REQUIRED_COLUMNS = ["company", "fiscal_year"] as const;
export const MAX_ROWS = 200_000;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function isLineItem(name: string): name is LineItemId {
  return Object.prototype.hasOwnProperty.call(LINE_ITEMS, name);
}

export function readCompaniesCsv(file: string, bytes: Uint8Array): CompanySeries[] {
  const text = decodeUtf8(file, bytes);
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new InputError(file, `not a valid CSV (${e.message ?? String(error)})`, e.lines);
  }
  if (rows.length === 0) throw new InputError(file, "the file has no rows");
  if (rows.length - 1 > MAX_ROWS) throw new InputError(file, `the file has ${rows.length - 1} data rows; the limit is ${MAX_ROWS}`);

  const header = rows[0].map((h) => h.toLowerCase());
  for (const required of REQUIRED_COLUMNS) {
    if (!header.includes(required)) throw new InputError(file, `the header has no "${required}" column`, 1);
  }
  header.forEach((name, i) => {
    if (!REQUIRED_COLUMNS.includes(name as (typeof REQUIRED_COLUMNS)[number]) && !isLineItem(name)) {
      throw new InputError(file, `unknown column "${rows[0][i]}"; line-item columns are: ${Object.keys(LINE_ITEMS).join(", ")}`, 1, rows[0][i]);
    }
  });
  if (header.length === REQUIRED_COLUMNS.length) throw new InputError(file, "the header names no line-item column", 1);
  if (rows.length === 1) throw new InputError(file, "the file has a header but no data rows");

  const companyCol = header.indexOf("company");
  const yearCol = header.indexOf("fiscal_year");
  const byCompany = new Map<string, Map<number, string[]>>();
  rows.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    const company = cells[companyCol];
    if (!company) throw new InputError(file, "the company is empty", rowNumber, "company");
    const year = Number(cells[yearCol]);
    if (!/^\d{4}$/.test(cells[yearCol])) {
      throw new InputError(file, `"${cells[yearCol]}" is not a four-digit fiscal year`, rowNumber, "fiscal_year");
    }
    const years = byCompany.get(company) ?? new Map<number, string[]>();
    if (years.has(year)) throw new InputError(file, `${company} ${year} appears twice`, rowNumber, "fiscal_year");
    header.forEach((_name, c) => {
      if (c === companyCol || c === yearCol || cells[c] === "") return;
      if (!NUMBER.test(cells[c])) throw new InputError(file, `"${cells[c]}" is not a plain number`, rowNumber, rows[0][c]);
    });
    years.set(year, cells);
    byCompany.set(company, years);
  });

  return [...byCompany.entries()].map(([company, yearRows]) => {
    const years = [...yearRows.keys()].sort((a, b) => a - b);
    const items: CompanySeries["items"] = {};
    header.forEach((name, c) => {
      if (!isLineItem(name)) return;
      items[name] = years.map((y) => {
        const cell = yearRows.get(y)![c];
        return cell === "" ? null : Number(cell);
      });
    });
    return { company, source: file, years, items };
  });
}
