/**
 * USEFULLIFE: the average useful life implied by the accounts, over a range (n >= 2 periods).
 *
 *   L_k   = gross PP&E_k / depreciation_k        implied average life at period k's end, in years
 *   value = L_n                                  the latest implied life
 *   d     = L_n - L_1                            how much longer it has become over the range
 *
 *   With accumulated depreciation A_k: average age = A_k / D_k, remaining life = (G_k - A_k) / D_k.
 *
 *   RED if d >= 1.0 year, WATCH if d >= 0.5 year, OK otherwise.
 */
import { fail, valueError } from "../cells/errors";
import type { Figure } from "../framework/explanation";
import { defineSeriesFlag } from "../framework/defineFlag";
import { higherIsWorse } from "../framework/status";
import { formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/** Thresholds on the lengthening of the implied life, in years. */
export const USEFUL_LIFE_BANDS = higherIsWorse(1, 0.5);

const years = (x: number) => `${x.toFixed(1)} years`;
const yearsPlain = (x: number) => `${formatPlain(x)} year${x === 1 ? "" : "s"}`;

export const usefulLife = defineSeriesFlag({
  id: "USEFULLIFE",
  group: "returns",
  yearsOnly: "The implied life is gross PP&E over a year's depreciation: a quarter's depreciation would give four times the life, and its change over the range with it.",
  valueKind: "years",
  params: [
    param.series("ppe_gross", "money", "Gross property and equipment (at cost) at each period's end, oldest first: every value > 0.", {
      rule: { min: 0, minExclusive: true },
    }),
    param.series("depreciation", "spend", "Depreciation of property and equipment in the same periods (sign ignored), every value > 0.", {
      rule: { min: 0, minExclusive: true },
    }),
    param.maybeSeries(
      "accumulated_depreciation",
      "spend",
      "Optional: accumulated depreciation at each period's end (sign ignored), to show the assets' average age and remaining life.",
    ),
  ],
  words: {
    title: "Implied useful life",
    valueLabel: "Implied average life (gross PP&E / depreciation), latest period",
    summary: "How many years the accounts spread property and equipment over, read from the balance sheet and depreciation, and how that has moved.",
    why:
      "Several hyperscalers have lengthened the lives of their servers to five or six years while AI hardware is overtaken " +
      "within two chip generations. A longer life cuts each year's depreciation and so lifts earnings without a dollar " +
      "changing hands; the cost returns later, as a depreciation cliff or a write-down. The policy note gives the stated " +
      "lives; this function reads the average life the figures imply, so a lengthening shows even where the note is vague.",
    watch:
      "A rise in the implied life while capex climbs is the life-extension pattern. Gross PP&E includes land and construction " +
      "in progress, which are not depreciated: a build-out with much under construction lengthens the implied life " +
      "without any change of policy, so read the change against the construction-in-progress line and the disclosed lives. " +
      "Depreciation must be of property and equipment alone: amortisation of intangibles shortens the implied life. With " +
      "accumulated depreciation, a falling average age says the fleet is new; a remaining life far above the hardware's " +
      "economic life says book value will outlast usefulness.",
    optimism:
      "Some lengthening is earned: servers do run longer than a decade ago, buildings and power equipment last decades, and " +
      "a mix shifting towards data-centre shells and land raises the average honestly. A longer life is a question for the " +
      "policy note, not proof of flattering accounts.",
    method:
      "For each period k: implied life L_k = gross PP&E at the period's end / that period's depreciation. Value = L_n, the " +
      "latest. The status reads the change L_n - L_1 over the range. With accumulated depreciation A_k: average age = " +
      "A_k / D_k and remaining life = (gross PP&E_k - A_k) / D_k, both in years.",
    thresholds:
      `On the change in implied life from the first period to the latest: RED when it lengthened by ` +
      `${yearsPlain(USEFUL_LIFE_BANDS.red)} or more; WATCH by ${yearsPlain(USEFUL_LIFE_BANDS.watch)} or more; OK otherwise ` +
      "(a shortening included). A year longer on a fleet of five-to-six-year assets cuts annual depreciation by about a sixth.",
  },
  examples: [
    {
      args: [[100, 140, 190], [20, 25, 30]],
      expected: 190 / 30,
      status: "RED",
      note: "Gross PP&E 100 -> 190 while depreciation goes 20 -> 30: the implied life lengthens from 5.0 to 6.3 years, RED.",
    },
    {
      args: [[212012, 298619], [15200, 22000]],
      expected: 298619 / 22000,
      status: "OK",
      note: "Microsoft FY2024 -> FY2025 ($M): gross PP&E 212,012 -> 298,619, depreciation 15,200 -> 22,000: 13.9 -> 13.6 years, OK.",
    },
  ],
  check(a) {
    const n = a.ppe_gross.length;
    if (a.depreciation.length !== n) fail(valueError(`ppe_gross has ${n} periods but depreciation has ${a.depreciation.length}`));
    if (a.accumulated_depreciation && a.accumulated_depreciation.length !== n) {
      fail(valueError(`ppe_gross has ${n} periods but accumulated_depreciation has ${a.accumulated_depreciation.length}`));
    }
    if (n < 2) fail(valueError("ppe_gross needs at least 2 periods to measure a change in the implied life"));
  },
  measure(a) {
    const n = a.ppe_gross.length;
    const lives = a.ppe_gross.map((g, k) => g / a.depreciation[k]);
    return { value: lives[n - 1], lives, change: lives[n - 1] - lives[0] };
  },
  classify: (m) => USEFUL_LIFE_BANDS.classify(m.change),
  explain(m, a) {
    const n = m.lives.length;
    const acc = a.accumulated_depreciation;
    const byPeriod = (xs: readonly number[]) => xs.map((x) => x.toFixed(1)).join(", ");
    const notGiven = "not given (accumulated_depreciation left out)";
    // The same rows whatever the number of periods (a detail table keeps its labels): each period's figures in one text row.
    const ages = acc ? a.depreciation.map((d, k) => acc[k] / d) : undefined;
    const remaining = acc ? a.ppe_gross.map((g, k) => (g - acc[k]) / a.depreciation[k]) : undefined;
    const figures: Figure[] = [
      { label: "Periods", value: n },
      { label: "Implied life by period, oldest first (gross PP&E / depreciation, years)", value: byPeriod(m.lives) },
      { label: "Implied life, first period", value: m.lives[0], kind: "years" },
      { label: "Change in implied life, first to latest period", value: m.change, kind: "years" },
      { label: "Average age by period, oldest first (accumulated / depreciation, years)", value: ages ? byPeriod(ages) : notGiven },
      { label: "Remaining life by period, oldest first ((gross - accumulated) / depreciation, years)", value: remaining ? byPeriod(remaining) : notGiven },
      { label: "Average age, latest period", value: ages ? ages[n - 1] : notGiven, kind: "years" },
      { label: "Remaining life, latest period", value: remaining ? remaining[n - 1] : notGiven, kind: "years" },
    ];
    const moved = `The implied life moved from ${years(m.lives[0])} to ${years(m.lives[n - 1])} (${m.change >= 0 ? "+" : ""}${m.change.toFixed(1)} years)`;
    return {
      figures,
      reasons: {
        RED: `${moved}: ${yearsPlain(USEFUL_LIFE_BANDS.red)} or more longer, the pattern of a life extension: check the policy note and construction in progress.`,
        WATCH: `${moved}: ${yearsPlain(USEFUL_LIFE_BANDS.watch)} or more longer: check whether the stated lives changed.`,
        OK: `${moved}: less than ${yearsPlain(USEFUL_LIFE_BANDS.watch)} longer.`,
      },
    };
  },
});
