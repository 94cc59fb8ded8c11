/**
 * ROIC: return on invested capital, element-wise (one result per period).
 *
 *   NOPAT = operating income x (1 - tax rate)
 *   value = NOPAT / invested capital            (#N/A when invested capital <= 0)
 *
 *   Against the cost of capital w (wacc, given by the analyst):
 *   RED below w, WATCH below w + 0.02, OK otherwise. Without wacc the status is #N/A saying so.
 */
import { naError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { formatAmount } from "../format/numbers";
import { param } from "../params/spec";
import { returnBands, returnReasons, RETURNS_ARE_YEARLY, RETURN_THRESHOLDS_TEXT, TAX_RATE_RULE, WACC_RULE } from "./returns";

export const roic = defineElementwiseFlag({
  id: "ROIC",
  group: "returns",
  yearsOnly: RETURNS_ARE_YEARLY,
  valueKind: "share",
  params: [
    param.cells("operating_income", "money", "Operating income (EBIT) per period: a cell or a range, one value per period."),
    param.cells("tax_rate", "rate", "Tax rate on operating income, 0 to 1 (e.g. 0.21, or the effective rate: income tax expense / pretax income).", {
      rule: TAX_RATE_RULE,
    }),
    param.cells(
      "invested_capital",
      "money",
      "Invested capital at the period's end: equity + debt + finance-lease liabilities - cash and marketable securities.",
    ),
    param.maybeCells("wacc", "rate", "Cost of capital to compare the return with (e.g. 0.09); left out, the value is computed and the status is #N/A.", {
      rule: WACC_RULE,
    }),
  ],
  words: {
    title: "Return on invested capital",
    valueLabel: "ROIC (NOPAT / invested capital)",
    summary: "How many cents of after-tax operating profit each dollar of capital put into the business earns in a year.",
    why:
      "The AI build is paid for with capital, and capital has a price. Revenue growth and capex announcements say how much is " +
      "being spent, not whether it earns its keep: return on invested capital does. A return that stays above the cost of " +
      "capital while the balance sheet swells with data centres says the spending creates value; a return sliding towards " +
      "the cost of capital says each new dollar earns less than investors could get elsewhere. Depreciation that lags the " +
      "hardware's real ageing shows up here first: book capital stays high while the profit it earns fades.",
    watch:
      "The trend more than the level, and the gap to the cost of capital. The denominator is book capital: large cash piles " +
      "are netted out, buybacks shrink equity and flatter the ratio, goodwill from acquisitions swells it. Capital in " +
      "construction earns nothing yet, so a heavy build year dips the return before the capacity is used. Use the same tax " +
      "rate from year to year, or the return moves with tax one-offs rather than with the business.",
    optimism:
      "Returns fall while capacity is built ahead of demand and recover as it fills: the 1990s fibre that looked idle later " +
      "carried the internet. A few years below the cost of capital in a build-out are a question about utilisation, not " +
      "proof that the investment fails.",
    method:
      "NOPAT = operating income x (1 - tax rate). Value = NOPAT / invested capital, for each period. Invested capital = " +
      "stockholders' equity + long-term and short-term debt + finance-lease liabilities - cash and marketable securities " +
      "(period end). Invested capital of zero or less gives #N/A.",
    thresholds: RETURN_THRESHOLDS_TEXT,
  },
  examples: [
    {
      args: [128528, 0.176, 338237, 0.09],
      expected: (128528 * (1 - 0.176)) / 338237,
      status: "OK",
      note:
        "Microsoft FY2025 ($M): operating income 128,528 taxed at its 17.6% effective rate (21,795 / 123,627), invested " +
        "capital 338,237 (equity 343,479 + debt 43,151 + finance leases 46,172 - cash 30,242 - securities 64,323), " +
        "against a 9% cost of capital: 31.3%, OK.",
    },
    {
      args: [100, 0.2, 1000, 0.09],
      expected: 0.08,
      status: "RED",
      note: "NOPAT 80 on capital 1,000 is an 8% return, below a 9% cost of capital: RED.",
    },
  ],
  statusNeeds: {
    param: "wacc",
    message: "ROIC's status compares the return with a cost of capital: give wacc (e.g. 0.09). The value does not need it.",
  },
  measure(a) {
    const nopat = a.operating_income * (1 - a.tax_rate);
    const value =
      a.invested_capital > 0
        ? nopat / a.invested_capital
        : naError(`invested capital is ${formatAmount(a.invested_capital)}: a return on it is undefined unless it is positive`);
    return { nopat, value };
  },
  classify: (m, a) => returnBands(m.value, a.wacc as number),
  explain(m, a) {
    return {
      figures: [
        { label: "Operating income", value: a.operating_income, kind: "amount" },
        { label: "Tax rate", value: a.tax_rate, kind: "share" },
        { label: "NOPAT (operating income x (1 - tax rate))", value: m.nopat, kind: "amount" },
        { label: "Invested capital", value: a.invested_capital, kind: "amount" },
        { label: "Cost of capital (wacc)", value: a.wacc ?? "not given", kind: "share" },
      ],
      reasons: returnReasons(`NOPAT of ${formatAmount(m.nopat)} is a return of`, a.wacc),
    };
  },
});
