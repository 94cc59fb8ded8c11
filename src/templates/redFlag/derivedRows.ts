/**
 * The red-flag model's derived rows: line items computed from the filing rows above them by
 * native formulas, year by year, as the analysis derives them (src/model/derived.ts), so the
 * analyst sees how each figure is made and can type a figure over any cell to use their own. A
 * year the company's figures hold the item itself shows that figure (a blue input) instead.
 *
 *   invested capital = equity + long-term debt + short-term debt + finance leases - cash - securities
 *   working capital  = current assets - current liabilities
 *   average total assets = (total assets at the end of the year before + at the end of this year) / 2
 *   income from continuing operations = net income (when the company has no discontinued operations)
 *
 * A required term left blank leaves the cell empty text (""), which the Flags sheet counts as a
 * blank input (it counts what is not a number in a derived row: flagFormulas.ts).
 */
import { CAPITAL_TERMS, capitalTermRequired } from "../../model/derived";
import { LINE_ITEMS, type LineItemId } from "../../model/lineItems";
import type { TemplateCompany } from "../company";

/** Where a line item's cell of year k is on the Inputs sheet ("B12"), or undefined without a row. */
export type LocalCell = (item: LineItemId, k: number) => string;

export interface DerivedRow {
  label: string;
  /** Sheet-scoped Excel name; the id in PascalCase unless given. */
  name?: string;
  /** The rows the formula reads: every one must be on the Inputs sheet. */
  reads: readonly LineItemId[];
  comment(company: TemplateCompany): string;
  /** The formula of year k, or null for a year it cannot be computed in (no year before the first). */
  formula(at: LocalCell, k: number, company: TemplateCompany): string | null;
}

const label = (item: LineItemId) => LINE_ITEMS[item].label;

/** `=IF(AND(ISNUMBER(a),ISNUMBER(b)),expr,"")`: empty text unless every required cell holds a number. */
const whenNumbers = (required: readonly string[], expr: string) => `=IF(AND(${required.map((r) => `ISNUMBER(${r})`).join(",")}),${expr},"")`;

function investedCapital(at: LocalCell, k: number, company: TemplateCompany): string {
  const required = CAPITAL_TERMS.filter((t) => capitalTermRequired(company, t)).map((t) => at(t.item, k));
  const terms = CAPITAL_TERMS.map((t, i) => {
    const ref = capitalTermRequired(company, t) ? at(t.item, k) : `N(${at(t.item, k)})`;
    return `${t.sign > 0 ? (i === 0 ? "" : "+") : "-"}${ref}`;
  }).join("");
  return whenNumbers(required, terms);
}

function capitalComment(company: TemplateCompany): string {
  const asNone = CAPITAL_TERMS.filter((t) => !capitalTermRequired(company, t)).map((t) => label(t.item));
  const needed = CAPITAL_TERMS.filter((t) => capitalTermRequired(company, t)).map((t) => label(t.item));
  return (
    "Equity + long-term and short-term debt + finance-lease liabilities - cash - marketable securities, at the year's end. " +
    `Needs ${needed.join(", ")} (type 0 for a line the company does not have); ${asNone.join(" and ")} blank count as none. ` +
    "The Cash row holds cash and equivalents here: if it holds short-term investments too, put 0 in marketable securities. " +
    "Type over a year to use your own figure."
  );
}

/** In the order the Inputs sheet shows them. */
export const DERIVED_ROWS: Readonly<Partial<Record<LineItemId, DerivedRow>>> = {
  income_continuing_ops: {
    label: "Income from continuing operations",
    reads: ["net_income"],
    comment: () => "Net income, for a company without discontinued operations; type the income statement's figure over it where it has some.",
    formula: (at, k) => whenNumbers([at("net_income", k)], at("net_income", k)),
  },
  working_capital: {
    label: "Working capital",
    reads: ["current_assets", "current_liabilities"],
    comment: () => "Current assets - current liabilities, at the year's end. Type over a year to use your own figure.",
    formula: (at, k) => whenNumbers([at("current_assets", k), at("current_liabilities", k)], `${at("current_assets", k)}-${at("current_liabilities", k)}`),
  },
  invested_capital: {
    label: "Invested capital",
    reads: CAPITAL_TERMS.map((t) => t.item),
    comment: capitalComment,
    formula: investedCapital,
  },
  average_total_assets: {
    label: "Average total assets",
    reads: ["total_assets"],
    comment: () => "Mean of total assets at the end of the year before and of this year; the first year has none before it (type it if you have it).",
    formula: (at, k) => (k === 0 ? null : whenNumbers([at("total_assets", k - 1), at("total_assets", k)], `AVERAGE(${at("total_assets", k - 1)},${at("total_assets", k)})`)),
  },
};

export const DERIVED_ROW_ITEMS = Object.keys(DERIVED_ROWS) as LineItemId[];

export const isDerivedRow = (item: LineItemId): boolean => DERIVED_ROWS[item] !== undefined;
