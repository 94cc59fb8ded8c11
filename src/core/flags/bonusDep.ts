/**
 * BONUSDEP: what bonus (immediate) tax depreciation is worth, as the present value gained by
 * deducting part of capex at once. A policy lever, not a red flag: it has no status.
 * Element-wise (every argument but `schedule` cells).
 *
 * Without bonus, capex is deducted by a schedule of yearly shares d_1..d_Y (summing to 1), each
 * at the end of its year; with bonus, the share b is deducted at the end of year 1 and the rest
 * by the same schedule.
 *   schedule "sl":    d_y = 1/N for y = 1..N (N = recovery_years), straight line
 *   schedule "macrs": d_y from IRS Publication 946, Table A-1 (MACRS General Depreciation System,
 *                     200% declining balance for 3, 5, 7 and 10 years and 150% for 15 and 20,
 *                     switching to straight line, half-year convention: Y = N + 1 years);
 *                     N must be 3, 5, 7, 10, 15 or 20
 *
 *   A       = sum_{y=1..Y} d_y x (1 + r)^-y            PV of 1 deducted by the schedule
 *   PV_none = t x |C| x A                               PV of the tax shield without bonus
 *   PV_bonus= t x |C| x (b / (1 + r) + (1 - b) x A)     PV of the tax shield with bonus
 *   value   = PV_bonus - PV_none = t x |C| x b x (1/(1 + r) - A)
 *
 *   t, b in [0, 1]; N a whole number from 1 to 50; r in (-1, 1].
 */
import { fail, valueError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/**
 * IRS Publication 946 (How To Depreciate Property), Appendix A, Table A-1: MACRS General
 * Depreciation System, half-year convention, the percentage of cost deducted in each recovery
 * year, by recovery period. Each column sums to 100% within the table's rounding.
 */
export const MACRS_TABLE_A1: Readonly<Record<number, readonly number[]>> = {
  3: [33.33, 44.45, 14.81, 7.41],
  5: [20.0, 32.0, 19.2, 11.52, 11.52, 5.76],
  7: [14.29, 24.49, 17.49, 12.49, 8.93, 8.92, 8.93, 4.46],
  10: [10.0, 18.0, 14.4, 11.52, 9.22, 7.37, 6.55, 6.55, 6.56, 6.55, 3.28],
  15: [5.0, 9.5, 8.55, 7.7, 6.93, 6.23, 5.9, 5.9, 5.91, 5.9, 5.91, 5.9, 5.91, 5.9, 5.91, 2.95],
  20: [
    3.75, 7.219, 6.677, 6.177, 5.713, 5.285, 4.888, 4.522, 4.462, 4.461, 4.462, 4.461, 4.462, 4.461, 4.462, 4.461, 4.462,
    4.461, 4.462, 4.461, 2.231,
  ],
};

/** The recovery periods Table A-1 covers, in order. */
export const MACRS_PERIODS: readonly number[] = Object.keys(MACRS_TABLE_A1).map(Number);

/** Table A-1's percentages as shares of cost (d_y), made once. */
const MACRS_SHARES = new Map(MACRS_PERIODS.map((n) => [n, MACRS_TABLE_A1[n].map((p) => p / 100)]));

/** PV of one unit deducted in equal parts at the end of years 1..years, discounted at rate. */
export function straightLineFactor(years: number, rate: number): number {
  let sum = 0;
  for (let y = 1; y <= years; y++) sum += (1 + rate) ** -y;
  return sum / years;
}

/** PV of one unit deducted by the yearly shares d_1..d_Y, each at the end of its year, discounted at rate. */
export function scheduleFactor(shares: readonly number[], rate: number): number {
  let sum = 0;
  for (let y = 1; y <= shares.length; y++) sum += shares[y - 1] * (1 + rate) ** -y;
  return sum;
}

const periodsText = MACRS_PERIODS.map(String).join(", ").replace(/, (\d+)$/, " or $1");

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
    param.cells(
      "recovery_years",
      "years",
      `Years over which the cost is deducted without bonus, a whole number from 1 to 50 (with schedule "macrs": ${periodsText}).`,
      {
        rule: { min: 1, max: 50, integer: true },
      },
    ),
    param.cells("discount_rate", "rate", "Annual rate used to discount future tax savings, above -1 and at most 1 (e.g. 0.08).", {
      rule: { min: -1, max: 1, minExclusive: true },
    }),
    param.choice(
      "schedule",
      "How the capex is deducted without bonus",
      [
        { text: "sl", description: "straight line over recovery_years" },
        { text: "macrs", description: `US MACRS, IRS Publication 946 Table A-1, half-year convention; recovery_years ${periodsText}` },
      ],
      "sl",
    ),
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
      "Without bonus, capex is deducted by yearly shares d_y, each at the end of its year: schedule \"sl\" (the default), " +
      "d_y = 1/N for y = 1..N, N = recovery_years; schedule \"macrs\", the percentages of IRS Publication 946, Table A-1 " +
      `(MACRS General Depreciation System, half-year convention, N + 1 years of deductions; N = ${periodsText}), which ` +
      "front-load deductions, so bonus gains less against them. A = sum over y of d_y x (1 + r)^-y. Tax shield without " +
      "bonus = t x |capex| x A; with bonus = t x |capex| x (b / (1 + r) + (1 - b) x A), the bonus share b deducted at the " +
      "end of year 1. Value = the difference = t x |capex| x b x (1 / (1 + r) - A).",
    thresholds:
      "Not a flag: no thresholds. BONUSDEP measures a policy lever, so output \"status\" is #N/A; read the value in money.",
  },
  examples: [
    {
      args: [100, 0.21, 1, 5, 0.08],
      expected: 2.6750622887164854,
      note: "Capex 100, 21% tax, 100% bonus instead of 5 years straight line, 8% discount rate: worth 2.6751.",
    },
    {
      args: [100, 0.21, 1, 5, 0.08, "macrs"],
      expected: 2.4066028165072124,
      note: "The same against 5-year MACRS (20%, 32%, 19.2%, 11.52%, 11.52%, 5.76%): worth 2.4066, less, as MACRS already front-loads.",
    },
  ],
  check(a, where) {
    if (a.schedule === "macrs" && !MACRS_SHARES.has(a.recovery_years)) {
      fail(valueError(`recovery_years${where}: ${formatPlain(a.recovery_years)} has no MACRS table: give ${periodsText}`));
    }
  },
  measure(a) {
    const shares = a.schedule === "macrs" ? MACRS_SHARES.get(a.recovery_years) : undefined;
    const A = shares ? scheduleFactor(shares, a.discount_rate) : straightLineFactor(a.recovery_years, a.discount_rate);
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
        { label: "Schedule without bonus", value: a.schedule === "macrs" ? "MACRS (IRS Pub. 946, Table A-1)" : "straight line" },
        { label: "PV factor of that schedule (A)", value: m.factor },
        { label: "PV of tax shield without bonus", value: m.without, kind: "amount" },
        { label: "PV of tax shield with bonus", value: m.withBonus, kind: "amount" },
      ],
      // No status: one sentence, the value in words (the framework shows an error's message instead).
      reasons:
        `Deducting ${formatPercent(a.bonus_share)} of ${formatAmount(a.capex)} at once instead of over ` +
        `${formatPlain(a.recovery_years)} year${a.recovery_years === 1 ? "" : "s"}${a.schedule === "macrs" ? " of MACRS" : ""}, with tax at ${formatPercent(a.tax_rate)} ` +
        `and a discount rate of ${formatPercent(a.discount_rate)}, is worth ${formatPlain(Math.round(m.value * 100) / 100)} today.`,
    };
  },
});
