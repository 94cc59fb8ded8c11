/**
 * CAPRESTATE: operating income if capitalised AI development costs were expensed (the FASB /
 * IASB signal). Element-wise (one result per period).
 *
 *   value  = OI - |capitalized_costs| + |amortization|      restated operating income
 *   change = (value - OI) / |OI|
 *
 *   RED if change <= -0.20, WATCH if change <= -0.10, OK otherwise;
 *   when OI = 0: RED if value < 0, OK otherwise.
 * (Equivalently, on the fall -change: RED at 0.20 or more, WATCH at 0.10 or more.)
 */
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent } from "../format/numbers";
import { param } from "../params/spec";

/** On the fall in operating income, (OI - restated) / |OI|. */
export const CAPRESTATE_BANDS = higherIsWorse(0.2, 0.1);

export const capRestate = defineElementwiseFlag({
  id: "CAPRESTATE",
  group: "signals",
  valueKind: "amount",
  params: [
    param.cells("operating_income", "money", "Operating income as reported, per period (may be negative)."),
    param.cells(
      "capitalized_costs",
      "spend",
      "AI and software development costs capitalised in the same periods instead of expensed (sign ignored).",
    ),
    param.cells(
      "amortization",
      "spend",
      "Amortisation charged in the same periods on costs capitalised earlier (sign ignored).",
    ),
  ],
  words: {
    title: "Capitalisation restated",
    valueLabel: "Operating income with AI development costs expensed",
    summary: "What operating income would be if the AI development costs put on the balance sheet were expensed instead.",
    why:
      "Development costs that are capitalised leave the income statement and come back slowly as amortisation, so while " +
      "spending grows, reported profit is higher than if they were expensed. The pressure to capitalise AI work creatively " +
      "is real, auditors and the SEC can be expected to look harder, and FASB / IASB guidance could push more of this cost into " +
      "operating expense, with an immediate effect on reported earnings. This shows that effect before it happens.",
    watch:
      "The size of the change against operating income, the capitalisation policy in the notes (internal-use software, " +
      "development costs) and any change to it, amortisation periods, and capitalised amounts rising faster than revenue.",
    optimism:
      "Capitalising is correct for software that will earn for years, and once spending levels off, amortisation catches " +
      "up with new capitalisation and the difference shrinks towards zero. A large change in one year can be a build " +
      "phase, not an accounting choice.",
    method:
      "Value = operating income - |capitalised costs| + |amortisation|. Change = (value - operating income) / " +
      "|operating income|. When operating income is 0 there is no change to measure: a negative value is RED, otherwise OK.",
    thresholds:
      `On the fall in operating income (the change with its sign reversed): ${CAPRESTATE_BANDS.describe(formatPercent)} ` +
      `So a change of -${formatPercent(CAPRESTATE_BANDS.red)} or lower is RED and -${formatPercent(CAPRESTATE_BANDS.watch)} ` +
      "or lower is WATCH. When operating income is 0, a negative restated income is RED, otherwise OK. A tenth of " +
      "operating income resting on the capitalisation choice is worth a question; a fifth changes how the business looks.",
  },
  examples: [
    {
      args: [100, 30, 10],
      expected: 80,
      status: "RED",
      note: "Operating income 100, 30 capitalised, 10 amortised: 80 if expensed, 20% lower: RED.",
    },
  ],
  measure(a) {
    const value = a.operating_income - a.capitalized_costs + a.amortization;
    const change = a.operating_income === 0 ? undefined : (value - a.operating_income) / Math.abs(a.operating_income);
    return { value, change };
  },
  classify(m) {
    if (m.change === undefined) return m.value < 0 ? "RED" : "OK";
    return CAPRESTATE_BANDS.classify(-m.change);
  },
  explain(m, a) {
    return {
      figures: [
        { label: "Operating income, reported", value: a.operating_income, kind: "amount" },
        { label: "Capitalised development costs", value: a.capitalized_costs, kind: "amount" },
        { label: "Amortisation of capitalised costs", value: a.amortization, kind: "amount" },
        { label: "Net amount capitalised (capitalised - amortisation)", value: a.capitalized_costs - a.amortization, kind: "amount" },
        { label: "Change in operating income", value: m.change ?? "operating income is 0", kind: "share" },
      ],
      reasons(status, value) {
        const restated = `Expensing ${formatAmount(a.capitalized_costs)} of capitalised cost (less ${formatAmount(a.amortization)} of amortisation) moves operating income from ${formatAmount(a.operating_income)} to ${formatAmount(value)}`;
        const by = m.change === undefined ? "" : ` (${m.change > 0 ? "+" : ""}${formatPercent(m.change)})`;
        return {
          RED:
            m.change === undefined
              ? `${restated}: break-even becomes a loss.`
              : `${restated}${by}: a fall of ${formatPercent(CAPRESTATE_BANDS.red)} or more rests on capitalisation.`,
          WATCH: `${restated}${by}: a fall of ${formatPercent(CAPRESTATE_BANDS.watch)} or more.`,
          OK: `${restated}${by}.`,
        }[status];
      },
    };
  },
});
