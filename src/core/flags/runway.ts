/**
 * RUNWAY: months of cash left at the current net burn. Element-wise (one result per company or date).
 *
 *   value = cash / net_burn x 12 / periods_per_year        months of runway
 *
 *   cash >= 0; net_burn is cash consumed per period, sign kept (zero or negative: #N/A, not burning);
 *   periods_per_year in (0, 366], default 12 (monthly burn); 4 for quarterly, 1 for annual.
 *   RED below 12 months, WATCH below 24, OK otherwise.
 */
import { naError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { lowerIsWorse } from "../framework/status";
import { formatAmount, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

export const RUNWAY_BANDS = lowerIsWorse(12, 24);
const MONTHS_PER_YEAR = 12;

/** "a month" for monthly burn, "a quarter" for quarterly, "a year" for annual, else "a period". */
const BURN_PERIODS: Readonly<Record<number, string>> = { 12: "a month", 4: "a quarter", 1: "a year" };
const months = (x: number) => `${formatPlain(Math.round(x * 10) / 10)} month${x === 1 ? "" : "s"}`;

export const runway = defineElementwiseFlag({
  id: "RUNWAY",
  group: "signals",
  valueKind: "months",
  params: [
    param.cells("cash", "money", "Cash and short-term investments available (>= 0).", { rule: { min: 0 } }),
    param.cells(
      "net_burn",
      "money",
      "Cash consumed per period, net of cash coming in: positive when burning; zero or negative gives #N/A.",
    ),
    param.number(
      "periods_per_year",
      "count",
      "How many burn periods make a year: 12 if net_burn is monthly (default), 4 if quarterly, 1 if annual.",
      { defaultValue: MONTHS_PER_YEAR, rule: { min: 0, max: 366, minExclusive: true } },
    ),
  ],
  words: {
    title: "Cash runway",
    valueLabel: "Runway (months)",
    summary: "How many months the cash lasts if the company keeps burning it at the current rate.",
    why:
      "Many AI start-ups founded in 2022-2023 pay for compute and researchers out of venture money. As it runs down they " +
      "must raise again, find a buyer or close, and the terms of bridge rounds show who is negotiating from strength. " +
      "Runway is the clock on that decision.",
    watch:
      "Whether burn is rising (runway shrinks faster than the arithmetic shows), committed compute contracts that fix " +
      "part of the burn, undrawn credit lines, and the terms of any recent bridge or down round.",
    optimism:
      "Burn is not fixed: revenue growth, cheaper inference and hiring freezes can cut it, and companies with strategic " +
      "backers (cloud providers, chip makers) often raise or receive credits before cash runs out. Short runway is a " +
      "question about the next financing, not proof of failure.",
    method:
      "Runway in periods = cash / net burn; value = that x 12 / periods per year, in months. Net burn of zero or less " +
      "means the company is not burning cash, and gives #N/A.",
    thresholds:
      `${RUNWAY_BANDS.describe(months)} Raising money commonly takes six months or more, so under a year of cash leaves ` +
      "little room to negotiate; under two years is when the next round has to be planned.",
  },
  examples: [
    { args: [120, 10], expected: 12, status: "WATCH", note: "120 of cash, burning 10 a month: 12 months, WATCH." },
    {
      args: [120, 30, 4],
      expected: 12,
      status: "WATCH",
      note: "120 of cash, burning 30 a quarter: 4 quarters, 12 months, WATCH.",
    },
  ],
  measure(a) {
    const burning = a.net_burn > 0;
    const periods = burning ? a.cash / a.net_burn : undefined;
    const value =
      periods !== undefined
        ? (periods * MONTHS_PER_YEAR) / a.periods_per_year
        : naError(`net_burn is ${formatAmount(a.net_burn)}: not burning cash, so there is no runway to count`);
    return { value, periods };
  },
  classify: (m) => RUNWAY_BANDS.classify(m.value),
  explain(m, a) {
    return {
      figures: [
        { label: "Cash", value: a.cash, kind: "amount" },
        { label: "Net burn per period", value: a.net_burn, kind: "amount" },
        { label: "Periods per year", value: a.periods_per_year },
        { label: "Runway (periods)", value: m.periods ?? "" },
      ],
      reasons(status, value) {
        const left = `${formatAmount(a.cash)} of cash at a net burn of ${formatAmount(a.net_burn)} ${BURN_PERIODS[a.periods_per_year] ?? "a period"} lasts ${months(value)}`;
        return {
          RED: `${left}: less than ${months(RUNWAY_BANDS.red)}, the next financing is urgent.`,
          WATCH: `${left}: less than ${months(RUNWAY_BANDS.watch)}, the next financing needs planning now.`,
          OK: `${left}: at least ${months(RUNWAY_BANDS.watch)}.`,
        }[status];
      },
    };
  },
});
