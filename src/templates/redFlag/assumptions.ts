/**
 * How the red-flag model shows its single-value assumptions, one cell each on the Inputs sheet.
 * Which cells exist, and what they hold, is derived (bindings.ts): an option at the core's
 * default (so formulas hold no numbers), the periods per year of the columns, or a
 * life, rate or shock the analyst gives (blank). Kept here, keyed by line item or parameter
 * name: the label (the flags reading the cell follow it), the name where it is not the key in
 * PascalCase, what a company's figures fill (its disclosures), and the comment. The number format follows the
 * parameter's unit. An assumption with no entry here is labelled from its parameter name.
 */
import type { ParamSpec, Unit } from "../../core/params/spec";
import { withDerivedItems } from "../../model/derived";
import { periodColumnsOf, type ColumnKind, type TemplateCompany } from "../company";
import { ECONOMIC_LIFE_ESTIMATE } from "../lives";
import type { CellStyle } from "../plan";
import { MONEY_FORMAT, SHARE_FORMAT, TEXT_FORMAT } from "../formats";
import type { AssumptionNeed } from "./bindings";
import { pascal, withReaders } from "./lineItems";

interface CommentContext {
  company: TemplateCompany;
  /** The flags reading the cell: "BONUSDEP" or "DEPCLIFF, DEPGAP". */
  readers: string;
  value: number | string | null;
  /** The readers' default for the parameter, if any. */
  defaultValue?: number | string | undefined;
  /** What the columns are: fiscal years or quarters. */
  columns: ColumnKind;
}

/** What a figure of one column covers, in words. */
const PER_COLUMN: Readonly<Record<ColumnKind, string>> = { "fiscal years": "per fiscal year", quarters: "per quarter" };

interface AssumptionPresentation {
  label: string;
  name?: string;
  /** What a filled company gets, instead of the derived value, and the cell's style. */
  fill?: { value(company: TemplateCompany): number | null; style: CellStyle };
  /** Replaces the derived comment. */
  comment?(c: CommentContext): string;
  /** Added to the derived comment of a blank analyst's assumption. */
  hint?: string;
}

/** An assumption cell as the Inputs sheet writes it. */
export interface AssumptionCell {
  key: string;
  label: string;
  name: string;
  numberFormat: string;
  style: CellStyle;
  value: number | string | null;
  comment: string;
}

/** In display order. */
const ASSUMPTION_ROWS: Readonly<Record<string, AssumptionPresentation>> = {
  growth_threshold: { label: "Growth threshold" },
  tolerance: { label: "Margin change counted as flat", name: "MarginTolerance" },
  book_life: {
    label: "Server book life",
    fill: { value: (c) => c?.disclosures.serverBookLife?.years ?? null, style: "input" },
    comment: ({ company: c }) => c?.disclosures.serverBookLife?.basis ?? "Useful life of servers from the accounting-policy note.",
  },
  economic_life: {
    label: "Economic life of AI hardware",
    fill: { value: (c) => (c ? ECONOMIC_LIFE_ESTIMATE : null), style: "estimate" },
    comment: () => "Analyst estimate: AI hardware is overtaken within two chip generations (a 2-3 year cycle).",
  },
  price_shock: { label: "Power price change to test", hint: "E.g. 0.5 for +50%." },
  cost_multiplier: { label: "Data-centre cost per $ of chips" },
  target_gross_margin: { label: "Gross margin AI sellers need" },
  periods_per_year: {
    label: "Burn periods per year",
    name: "BurnPeriodsPerYear",
    comment: ({ readers, value, defaultValue, columns }) =>
      `Net burn above is ${PER_COLUMN[columns]}, so ${value} (${readers}'s default, ${defaultValue}, is for monthly burn).`,
  },
  tax_rate: {
    label: "Tax rate",
    fill: { value: (c) => latestEffectiveTaxRate(c)?.value ?? null, style: "estimate" },
    comment: ({ company }) => {
      const found = latestEffectiveTaxRate(company);
      return found
        ? `The ${found.year} effective tax rate from the filings (income tax expense / income before income taxes, bounded to 0-50%); ` +
            "type another rate (a statutory or marginal one) to use it."
        : "Analyst estimate: blank until you enter it. E.g. 0.21 for the US federal rate, or the effective rate (income tax expense / income before income taxes).";
    },
  },
  bonus_share: { label: "Share of capex deducted at once", hint: "1 = 100% bonus depreciation." },
  recovery_years: { label: "Tax recovery period without bonus, years", hint: "A whole number, e.g. 5." },
  discount_rate: { label: "Discount rate", hint: "E.g. 0.08." },
  wacc: {
    label: "Cost of capital (WACC)",
    hint: "E.g. 0.09. The returns are computed without it; their status compares them with it, and stays empty until it is given.",
  },
  model: {
    label: "Altman Z-score model",
    comment: ({ readers }) =>
      `${readers}'s default, Z'' (non-manufacturers, book equity). Z for listed manufacturers (its equity is the market value of ` +
      "the shares: the equity row then needs it), Z' for private firms. Z2 or Zpp may be typed for Z''.",
  },
};

/** The latest effective tax rate the company's figures allow, as the analysis derives it, and its year. */
function latestEffectiveTaxRate(company: TemplateCompany): { value: number; year: string } | undefined {
  if (!company) return undefined;
  const series = withDerivedItems(company).items.effective_tax_rate;
  const values = series?.values ?? [];
  for (let k = values.length - 1; k >= 0; k--) {
    const fact = values[k];
    if (fact) return { value: fact.value, year: company.periods[k].label };
  }
  return undefined;
}

const FORMAT_BY_UNIT: Readonly<Record<Unit, string>> = {
  money: MONEY_FORMAT,
  spend: MONEY_FORMAT,
  rate: SHARE_FORMAT,
  years: '0.0" years"',
  count: "0",
  months: '0.0" months"',
  multiple: "0.00",
  text: TEXT_FORMAT,
};

const formatOf = (p: ParamSpec) => (p.rule?.integer ? "0" : FORMAT_BY_UNIT[p.unit]);

const ESTIMATE = "Analyst estimate: blank until you enter it.";

function cellOf(need: AssumptionNeed, company: TemplateCompany): AssumptionCell {
  const shown = ASSUMPTION_ROWS[need.base] ?? { label: need.base.charAt(0).toUpperCase() + need.base.slice(1).replace(/_/g, " ") };
  const readers = need.readers.join(", ");
  const columns = periodColumnsOf(company).kind;
  const { source } = need;
  const value = shown.fill ? shown.fill.value(company) : source.kind === "item" ? null : source.value;
  const style = shown.fill?.style ?? (source.kind === "item" ? "estimate" : "input");
  const derived =
    source.kind === "item"
      ? [ESTIMATE, shown.hint].filter(Boolean).join(" ")
      : source.kind === "default"
        ? `${readers}'s documented default; change it to test another threshold.`
        : `The columns are ${columns}, so ${source.value}.`;
  const name = (shown.name ?? pascal(need.base)) + (need.key === need.base ? "" : `_${need.readers[0]}`);
  const comment = shown.comment ? shown.comment({ company, readers, value, defaultValue: need.param.defaultValue, columns }) : derived;
  return { key: need.key, label: withReaders(shown.label, readers), name, numberFormat: formatOf(need.param), style, value, comment };
}

/** The assumption cells, in the display order above, then any other in order of first use. */
export function assumptionCells(needs: readonly AssumptionNeed[], company: TemplateCompany): AssumptionCell[] {
  const order = Object.keys(ASSUMPTION_ROWS);
  const rank = (n: AssumptionNeed) => (order.includes(n.base) ? order.indexOf(n.base) : order.length);
  return [...needs].sort((a, b) => rank(a) - rank(b)).map((n) => cellOf(n, company));
}
