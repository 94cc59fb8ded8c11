/**
 * BONUSDEP: what bonus (immediate) tax depreciation is worth, as the present value gained by
 * deducting part of capex at once. A policy lever, not a red flag: it has no status.
 * Element-wise (all arguments cells).
 *
 * Without bonus, capex is deducted straight line at the end of years 1..L; with bonus, the share
 * b is deducted at the end of year 1 and the rest straight line as before.
 *
 *   A       = (1/L) x sum_{y=1..L} (1 + r)^-y          PV of 1 deducted straight line over L years
 *   PV_none = t x |C| x A                               PV of the tax shield without bonus
 *   PV_bonus= t x |C| x (b / (1 + r) + (1 - b) x A)     PV of the tax shield with bonus
 *   value   = PV_bonus - PV_none = t x |C| x b x (1/(1 + r) - A)
 *
 *   t, b in [0, 1]; L a whole number from 1 to 50; r in (-1, 1].
 */
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/** PV of one unit deducted in equal parts at the end of years 1..years, discounted at rate. */
export function straightLineFactor(years: number, rate: number): number {
  let sum = 0;
  for (let y = 1; y <= years; y++) sum += (1 + rate) ** -y;
  return sum / years;
}

export const bonusDep = defineElementwiseFlag({
  id: "BONUSDEP",
  group: "policy",
  valueKind: "amount",
  params: [
    param.cells("capex", "spend", "Capital expenditure that qualifies for bonus depreciation (sign ignored)."),
    param.cells("tax_rate", "rate", "Tax rate the deductions save, 0 to 1 (e.g. 0.21 for the US federal rate).", {
      rule: { min: 0, max: 1 },
    }),
    param.cells("bonus_share", "rate", "Share of the capex deducted at once in year 1, 0 to 1 (1 = 100% bonus).", {
      rule: { min: 0, max: 1 },
    }),
    param.cells("recovery_years", "years", "Years over which the cost is deducted without bonus, a whole number from 1 to 50.", {
      rule: { min: 1, max: 50, integer: true },
    }),
    param.cells("discount_rate", "rate", "Annual rate used to discount future tax savings, above -1 and at most 1 (e.g. 0.08).", {
      rule: { min: -1, max: 1, minExclusive: true },
    }),
  ],
  words: {
    title: "Bonus depreciation value",
    valueLabel: "Present value gained from bonus depreciation",
    summary:
      "How much a company gains, in today's money, from deducting part of its capex for tax at once instead of over several years.",
    why:
      "Tax rules change where and when hyperscalers build. Bonus depreciation lets a company deduct part or all of an " +
      "investment in the first year; the total deduction is unchanged, but taxes saved sooner are worth more. In the US " +
      "it was phased down after 2022 and reinstated in 2025. On capex measured in tens of billions, the timing alone can " +
      "be worth billions, which is why policymakers use it and why it moves investment decisions.",
    watch:
      "How the value changes with the bonus share, the recovery period and the discount rate. A higher value is a larger " +
      "subsidy to building, not a sign that the building is a good investment; it is worth most to companies that pay tax " +
      "now and discount the future heavily.",
    method:
      "Without bonus, capex is deducted straight line at the end of years 1 to L (real schedules, such as US MACRS, " +
      "front-load deductions more, so the gain under them is somewhat smaller than shown here). A = (1/L) x sum over y = 1..L of (1 + r)^-y. " +
      "Tax shield without bonus = t x |capex| x A; with bonus = t x |capex| x (b / (1 + r) + (1 - b) x A), the bonus " +
      "share b deducted at the end of year 1. Value = the difference = t x |capex| x b x (1 / (1 + r) - A).",
    thresholds:
      "Not a flag: no thresholds. BONUSDEP measures a policy lever, so output \"status\" is #N/A; read the value in money.",
  },
  examples: [
    {
      args: [100, 0.21, 1, 5, 0.08],
      expected: 2.6750622887164854,
      note: "Capex 100, 21% tax, 100% bonus instead of 5 years straight line, 8% discount rate: worth about 2.68.",
    },
  ],
  measure(a) {
    const A = straightLineFactor(a.recovery_years, a.discount_rate);
    const firstYear = 1 / (1 + a.discount_rate);
    const base = a.tax_rate * a.capex;
    const without = base * A;
    const withBonus = base * (a.bonus_share * firstYear + (1 - a.bonus_share) * A);
    return { value: base * a.bonus_share * (firstYear - A), factor: A, firstYear, without, withBonus };
  },
  explain(m, a) {
    return {
      figures: [
        { label: "Capex", value: a.capex, kind: "amount" },
        { label: "Tax rate", value: a.tax_rate, kind: "share" },
        { label: "Bonus share", value: a.bonus_share, kind: "share" },
        { label: "Recovery years", value: a.recovery_years },
        { label: "Discount rate", value: a.discount_rate, kind: "share" },
        { label: "PV factor, straight line (A)", value: m.factor },
        { label: "PV of tax shield without bonus", value: m.without, kind: "amount" },
        { label: "PV of tax shield with bonus", value: m.withBonus, kind: "amount" },
      ],
      // No status: one sentence, the value in words (the framework shows an error's message instead).
      reasons:
        `Deducting ${formatPercent(a.bonus_share)} of ${formatAmount(a.capex)} at once instead of over ` +
        `${formatPlain(a.recovery_years)} year${a.recovery_years === 1 ? "" : "s"}, with tax at ${formatPercent(a.tax_rate)} ` +
        `and a discount rate of ${formatPercent(a.discount_rate)}, is worth ${formatPlain(Math.round(m.value * 100) / 100)} today.`,
    };
  },
});
