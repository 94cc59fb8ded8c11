/**
 * Line items computed from other line items of the same company: the one derivation table.
 * `withDerivedItems` adds them to a company's figures when the analysis reads them, each fact
 * marked `DerivedProvenance` with its formula and the figures it used. A line the source itself
 * holds (an analyst's own "Invested capital" row, a CSV column) wins: it is never replaced.
 *
 *   invested capital   = stockholders' equity + long-term debt + short-term debt
 *                        + finance-lease liabilities - cash - marketable securities
 *   working capital    = current assets - current liabilities
 *   average total assets = (total assets at the period's start + at its end) / 2
 *   effective tax rate = income tax expense / income before income taxes, bounded to [0, 0.5]
 *
 * Missing is never zero, with stated exceptions in invested capital. Equity and cash must be
 * there. Long-term debt and marketable securities must be there when the company files them in
 * any period (a debt or a securities pile cannot be assumed away for one year), and are taken as
 * none when it files them in no period at all. Short-term debt and finance-lease liabilities,
 * often not on a line of their own (before 2019 for leases) and no longer filed once repaid, are
 * counted where filed and taken as none elsewhere. Each fact's formula says which terms it took
 * as none. The red-flag model's invested-capital row follows the same rule.
 */
import type { Fact, Financials, LineSeries, Period } from "./financials";
import { LINE_ITEMS, type LineItemId } from "./lineItems";

export type DerivedItemId = "invested_capital" | "working_capital" | "average_total_assets" | "effective_tax_rate";

/** The bounds of the effective tax rate: a benefit counts as 0, a one-off charge above half as 0.5. */
export const EFFECTIVE_TAX_BOUNDS = { min: 0, max: 0.5 } as const;

interface Derivation {
  /** The formula as people read it. */
  formula: string;
  /** One period's figure and the formula that made it, or null when it cannot be derived. */
  compute(f: Financials, k: number): Fact | null;
}

const valueAt = (f: Financials, item: LineItemId, k: number): number | null => f.items[item]?.values[k]?.value ?? null;
const filedAnywhere = (f: Financials, item: LineItemId): boolean => (f.items[item]?.values ?? []).some((x) => x !== null);
const label = (item: LineItemId) => LINE_ITEMS[item].label;
const derived = (value: number, formula: string): Fact => ({ value, provenance: { source: "derived", formula } });

export interface CapitalTerm {
  item: LineItemId;
  sign: 1 | -1;
  /** "required": the period needs it; "filed": needed when the company files it in any period; "optional": none where not filed. */
  need: "required" | "filed" | "optional";
}

/** The terms of invested capital and how each is needed (shared with the red-flag model's row). */
export const CAPITAL_TERMS: readonly CapitalTerm[] = [
  { item: "stockholders_equity", sign: 1, need: "required" },
  { item: "long_term_debt", sign: 1, need: "filed" },
  { item: "short_term_debt", sign: 1, need: "optional" },
  { item: "finance_lease_liabilities", sign: 1, need: "optional" },
  { item: "cash", sign: -1, need: "required" },
  { item: "marketable_securities", sign: -1, need: "filed" },
];

/**
 * Whether a term of invested capital must hold a number: always for "required"; for "filed" when
 * the company files the line in some period, or when no figures are known (a blank model, where
 * the analyst types 0 for a line the company does not have); never for "optional".
 */
export function capitalTermRequired(f: Financials | null, t: CapitalTerm): boolean {
  if (t.need !== "filed") return t.need === "required";
  return f === null || filedAnywhere(f, t.item);
}

const CAPITAL_FORMULA = `invested capital = ${CAPITAL_TERMS.map((t, i) => `${i === 0 ? "" : t.sign > 0 ? "+ " : "- "}${label(t.item)}`).join(" ")}`;

function investedCapital(f: Financials, k: number): Fact | null {
  let value = 0;
  const none: string[] = [];
  for (const t of CAPITAL_TERMS) {
    const x = valueAt(f, t.item, k);
    if (x !== null) {
      value += t.sign * x;
      continue;
    }
    if (capitalTermRequired(f, t)) return null;
    none.push(t.need === "optional" ? `${label(t.item)} not filed for this period` : `${label(t.item)} never filed`);
  }
  return derived(value, none.length > 0 ? `${CAPITAL_FORMULA} (counted as none: ${none.join("; ")})` : CAPITAL_FORMULA);
}

function workingCapital(f: Financials, k: number): Fact | null {
  const ca = valueAt(f, "current_assets", k);
  const cl = valueAt(f, "current_liabilities", k);
  return ca === null || cl === null ? null : derived(ca - cl, "working capital = current assets - current liabilities");
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The period whose end is this period's start: the one before for fiscal years and quarters,
 * `periodsPerYear` before for trailing twelve months taken every quarter. Where both carry dates,
 * the earlier one must end within a week of this one's start (fiscal years of 52-53 weeks); where
 * they carry fiscal years only, annual periods must be consecutive years.
 */
function startIndex(f: Financials, k: number): number | null {
  const p: Period = f.periods[k];
  const back = p.kind === "ttm" ? f.periodsPerYear : 1;
  if (back === undefined || k - back < 0) return null;
  const q = f.periods[k - back];
  if (p.start && q.end) {
    const gap = dayOf(p.start) - dayOf(q.end);
    return gap >= 0 && gap <= 8 ? k - back : null;
  }
  if (p.kind === "annual" && q.kind === "annual" && p.fiscalYear !== undefined && q.fiscalYear !== undefined) {
    return p.fiscalYear - q.fiscalYear === 1 ? k - back : null;
  }
  return k - back;
}

function averageTotalAssets(f: Financials, k: number): Fact | null {
  const j = startIndex(f, k);
  if (j === null) return null;
  const start = valueAt(f, "total_assets", j);
  const end = valueAt(f, "total_assets", k);
  if (start === null || end === null) return null;
  return derived((start + end) / 2, `average total assets = (total assets at the end of ${f.periods[j].label} + at the end of ${f.periods[k].label}) / 2`);
}

function effectiveTaxRate(f: Financials, k: number): Fact | null {
  const tax = valueAt(f, "income_tax_expense", k);
  const pretax = valueAt(f, "pretax_income", k);
  if (tax === null || pretax === null || pretax <= 0) return null;
  const rate = tax / pretax;
  const { min, max } = EFFECTIVE_TAX_BOUNDS;
  const bounded = Math.min(max, Math.max(min, rate));
  const formula = "effective tax rate = income tax expense / income before income taxes";
  return derived(bounded, bounded === rate ? formula : `${formula}, bounded to ${min}-${max} (computed ${rate.toFixed(4)})`);
}

/** The table, in the order the items are derived. */
export const DERIVATIONS: Readonly<Record<DerivedItemId, Derivation>> = {
  invested_capital: { formula: CAPITAL_FORMULA, compute: investedCapital },
  working_capital: { formula: "working capital = current assets - current liabilities", compute: workingCapital },
  average_total_assets: { formula: "average total assets = (total assets at the period's start + at its end) / 2", compute: averageTotalAssets },
  effective_tax_rate: {
    formula: `effective tax rate = income tax expense / income before income taxes, bounded to ${EFFECTIVE_TAX_BOUNDS.min}-${EFFECTIVE_TAX_BOUNDS.max}`,
    compute: effectiveTaxRate,
  },
};

export const DERIVED_ITEM_IDS = Object.keys(DERIVATIONS) as DerivedItemId[];

const holdsNumbers = (series: LineSeries | undefined) => series !== undefined && series.values.some((x) => x !== null);

/**
 * The figures with every derived item they allow added. An item the figures already hold with at
 * least one number is kept as it is (the analyst's or the source's own line wins); an item no
 * period allows is left out. Returns the same object when nothing is added.
 */
export function withDerivedItems(f: Financials): Financials {
  const items: Financials["items"] = { ...f.items };
  let added = false;
  for (const id of DERIVED_ITEM_IDS) {
    if (holdsNumbers(f.items[id])) continue;
    const values = f.periods.map((_p, k) => DERIVATIONS[id].compute(f, k));
    if (values.every((x) => x === null)) continue;
    items[id] = { label: `${LINE_ITEMS[id].label} (derived)`, values, notes: [`Derived by AIFLAG: ${DERIVATIONS[id].formula}.`] };
    added = true;
  }
  return added ? { ...f, items } : f;
}
