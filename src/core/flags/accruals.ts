/**
 * ACCRUALS: the accrual ratio (Sloan 1996), element-wise (one result per period).
 *
 *   value = (net income - operating cash flow) / average total assets
 *           average total assets = (TA at the period's start + TA at its end) / 2, > 0
 *
 *   RED at 0.10 or more, WATCH at 0.05 or more, OK below.
 */
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent } from "../format/numbers";
import { param } from "../params/spec";

export const ACCRUALS_BANDS = higherIsWorse(0.1, 0.05);

export const accruals = defineElementwiseFlag({
  id: "ACCRUALS",
  group: "forensic",
  yearsOnly: "Its thresholds (a share of average assets) are for a year's accruals: a quarter's are about a quarter of them, and would read as OK.",
  valueKind: "share",
  params: [
    param.cells("net_income", "money", "Net income per period: a cell or a range, one value per period."),
    param.cells("operating_cash_flow", "money", "Cash flow from operations for the same periods."),
    param.cells("average_total_assets", "money", "Average total assets over each period (mean of the start and end), > 0.", {
      rule: { min: 0, minExclusive: true },
    }),
  ],
  words: {
    title: "Accrual ratio",
    valueLabel: "Accruals (net income - CFO) / average total assets",
    summary: "How much of a year's profit is accounting accruals rather than cash, as a share of the assets.",
    why:
      "Profit and cash differ by accruals: receivables booked before they are collected, costs capitalised rather than " +
      "expensed, reserves released. Sloan (1996) showed that earnings made mostly of accruals persist less than earnings " +
      "backed by cash, and that investors overlook it. In the AI build the gap widens in a particular way: capitalising " +
      "more of the spending and lengthening depreciation lives lift net income without lifting operating cash flow.",
    watch:
      "The sign and the trend: negative accruals (cash above profit) are normal for companies with large depreciation. " +
      "Rising accruals with rising receivables, or after a change in capitalisation policy or useful lives, are the ones " +
      "to question. Cash flow from operations excludes capex: a company that capitalises more shows lower accruals here " +
      "while its free cash flow falls (read FCFCONV beside it).",
    optimism:
      "Fast growth builds receivables and inventory honestly, so a growing company runs positive accruals without any " +
      "accounting choice behind them; a one-off tax payment or working-capital swing moves a single year.",
    method:
      "Value = (net income - cash flow from operations) / average total assets, for each period, with average total assets " +
      "= (total assets at the start + at the end) / 2. Average total assets of zero or less are #VALUE!.",
    thresholds:
      `${ACCRUALS_BANDS.describe(formatPercent)} At 5% of assets the earnings lean on accruals; 10% is large by any ` +
      "historical standard. Sloan (1996) found that the companies with the highest accruals had the least persistent " +
      "earnings and the lowest returns afterwards; the cut-offs here are AIFLAG's, not his.",
  },
  examples: [
    {
      args: [101832, 136162, (512163 + 619003) / 2],
      expected: (101832 - 136162) / ((512163 + 619003) / 2),
      status: "OK",
      note: "Microsoft FY2025 ($M): net income 101,832 against operating cash flow 136,162 on average assets of 565,583: -6.1%, OK.",
    },
    {
      args: [120, 60, 500],
      expected: 0.12,
      status: "RED",
      note: "Net income 120 with only 60 of operating cash flow, on 500 of average assets: accruals of 12%, RED.",
    },
  ],
  measure(a) {
    const gap = a.net_income - a.operating_cash_flow;
    return { value: gap / a.average_total_assets, gap };
  },
  classify: (m) => ACCRUALS_BANDS.classify(m.value),
  explain(m, a) {
    return {
      figures: [
        { label: "Net income", value: a.net_income, kind: "amount" },
        { label: "Operating cash flow", value: a.operating_cash_flow, kind: "amount" },
        { label: "Accruals (net income - operating cash flow)", value: m.gap, kind: "amount" },
        { label: "Average total assets", value: a.average_total_assets, kind: "amount" },
      ],
      reasons(status, value) {
        const said = `Accruals of ${formatAmount(m.gap)} are ${formatPercent(value)} of average assets`;
        return {
          RED: `${said}: ${formatPercent(ACCRUALS_BANDS.red)} or more, most of the profit is not cash.`,
          WATCH: `${said}: ${formatPercent(ACCRUALS_BANDS.watch)} or more, the profit leans on accruals.`,
          OK: `${said}: below ${formatPercent(ACCRUALS_BANDS.watch)}.`,
        }[status];
      },
    };
  },
});
