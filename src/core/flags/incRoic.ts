/**
 * INCROIC: incremental return on invested capital over a range (n >= 2 periods).
 *
 *   NOPAT_i = operating income_i x (1 - tax rate)
 *   value   = (NOPAT_n - NOPAT_1) / (IC_n - IC_1)      (#N/A when IC_n - IC_1 <= 0)
 *
 *   Against the cost of capital w (wacc, given by the analyst):
 *   RED below w, WATCH below w + 0.02, OK otherwise. Without wacc the status is #N/A saying so.
 */
import { fail, naError, valueError } from "../cells/errors";
import { defineSeriesFlag } from "../framework/defineFlag";
import { formatAmount } from "../format/numbers";
import { param } from "../params/spec";
import { returnBands, returnReasons, RETURNS_ARE_YEARLY, RETURN_THRESHOLDS_TEXT, TAX_RATE_RULE, WACC_RULE } from "./returns";

export const incRoic = defineSeriesFlag({
  id: "INCROIC",
  group: "returns",
  yearsOnly: RETURNS_ARE_YEARLY,
  valueKind: "share",
  params: [
    param.series("operating_income", "money", "Operating income (EBIT) per period, oldest first: one row or one column."),
    param.series("invested_capital", "money", "Invested capital at each period's end, same periods: equity + debt + finance leases - cash and securities."),
    param.number("tax_rate", "rate", "One tax rate for every period, 0 to 1 (e.g. 0.21), so that tax one-offs do not move the result.", {
      rule: TAX_RATE_RULE,
    }),
    param.maybeNumber("wacc", "rate", "Cost of capital to compare the return with (e.g. 0.09); left out, the value is computed and the status is #N/A.", {
      rule: WACC_RULE,
    }),
  ],
  words: {
    title: "Incremental return on invested capital",
    valueLabel: "Incremental ROIC (change in NOPAT / change in invested capital)",
    summary: "How much extra after-tax operating profit each extra dollar of capital added over the range earns a year.",
    why:
      "The direct test of whether the AI build is earning its cost. An average return mixes the old, proven business with " +
      "the new spending; the incremental return asks only about the capital added over the range: did profit grow by " +
      "enough to pay for it? Hundreds of billions of capex that lift operating profit by a few per cent of their cost earn " +
      "less than the capital costs, however good the company's average return still looks.",
    watch:
      "The range chosen: capital put in during the last year or two has not had time to earn, so a short range understates " +
      "a build that is still filling, and a range that starts in a weak year flatters it. Acquisitions add capital and profit " +
      "at once; buybacks shrink equity and so invested capital. Invested capital that did not grow leaves nothing to measure " +
      "(#N/A), and a change in profit that is small against the capital added makes the ratio swing.",
    optimism:
      "Capacity is built ahead of demand: the profit on this year's data centres arrives over their life, not in the year " +
      "they are paid for. A low incremental return early in a build-out says to check utilisation and contracted demand " +
      "(backlog), not that the capital is lost.",
    method:
      "NOPAT_i = operating income_i x (1 - tax rate), one rate for every period. Value = (NOPAT_n - NOPAT_1) / (IC_n - IC_1), " +
      "first and last periods of the range. Invested capital that did not grow (IC_n - IC_1 <= 0) gives #N/A.",
    thresholds: RETURN_THRESHOLDS_TEXT,
  },
  examples: [
    {
      args: [[100, 130], [1000, 1400], 0.2, 0.09],
      expected: 0.06,
      status: "RED",
      note: "Operating income +30 on 400 of new capital: NOPAT +24, a 6% return on the capital added, below a 9% cost of capital: RED.",
    },
    {
      args: [[83383, 128528], [126468, 338237], 0.18, 0.09],
      expected: ((128528 - 83383) * (1 - 0.18)) / (338237 - 126468),
      status: "OK",
      note:
        "Microsoft FY2022 and FY2025 ($M): operating income up 45,145 while invested capital grew by 211,769 (126,468 to " +
        "338,237), at an 18% tax rate: 17.5% on the capital added, OK against 9% (the average return fell from 54% to 31%).",
    },
  ],
  check(a) {
    if (a.operating_income.length !== a.invested_capital.length) {
      fail(valueError(`operating_income has ${a.operating_income.length} periods but invested_capital has ${a.invested_capital.length}`));
    }
    if (a.operating_income.length < 2) fail(valueError("operating_income needs at least 2 periods to measure a change"));
  },
  statusNeeds: {
    param: "wacc",
    message: "INCROIC's status compares the return with a cost of capital: give wacc (e.g. 0.09). The value does not need it.",
  },
  measure(a) {
    const n = a.operating_income.length;
    const keep = 1 - a.tax_rate;
    const nopatFirst = a.operating_income[0] * keep;
    const nopatLast = a.operating_income[n - 1] * keep;
    const capitalAdded = a.invested_capital[n - 1] - a.invested_capital[0];
    const value =
      capitalAdded > 0
        ? (nopatLast - nopatFirst) / capitalAdded
        : naError(`invested capital changed by ${formatAmount(capitalAdded)} from period 1 to period ${n}: a return on capital added needs it to grow`);
    return { value, periods: n, nopatFirst, nopatLast, capitalAdded };
  },
  classify: (m, a) => returnBands(m.value, a.wacc as number),
  explain(m, a) {
    const n = m.periods;
    return {
      figures: [
        { label: "Periods", value: n },
        { label: "Tax rate", value: a.tax_rate, kind: "share" },
        { label: "NOPAT, first period", value: m.nopatFirst, kind: "amount" },
        { label: "NOPAT, latest period", value: m.nopatLast, kind: "amount" },
        { label: "Change in NOPAT", value: m.nopatLast - m.nopatFirst, kind: "amount" },
        { label: "Invested capital, first period", value: a.invested_capital[0], kind: "amount" },
        { label: "Invested capital, latest period", value: a.invested_capital[n - 1], kind: "amount" },
        { label: "Invested capital added", value: m.capitalAdded, kind: "amount" },
        { label: "Cost of capital (wacc)", value: a.wacc ?? "not given", kind: "share" },
      ],
      reasons: returnReasons(`Profit added (NOPAT ${formatAmount(m.nopatLast - m.nopatFirst)}) on capital added (${formatAmount(m.capitalAdded)}) is a return of`, a.wacc),
    };
  },
});
