/**
 * REVENUEGAP: the revenue AI infrastructure needs to earn, against what it earns. Element-wise.
 * The arithmetic of Sequoia Capital (D. Cahn), "AI's $200B Question" (2023) and "AI's $600B
 * Question" (2024).
 *
 *   required = |ai_spend| x cost_multiplier / (1 - target_gross_margin)
 *   value    = required - ai_revenue
 *   coverage = ai_revenue / required
 *
 *   cost_multiplier in (0, 100] (default 2), target_gross_margin in [0, 1) (default 0.5), ai_revenue >= 0.
 *   RED if coverage < 0.5 (ai_revenue < 0.5 x required), WATCH if coverage < 1, OK otherwise
 *   (OK when required is 0).
 */
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { lowerIsWorse } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/** On coverage = AI revenue / required revenue. */
export const REVENUEGAP_BANDS = lowerIsWorse(0.5, 1);
export const REVENUEGAP_DEFAULTS = { costMultiplier: 2, targetGrossMargin: 0.5 } as const;

export const revenueGap = defineElementwiseFlag({
  id: "REVENUEGAP",
  group: "cash",
  yearsOnly:
    "Its spend is a run-rate a year and its revenue a year's, as Sequoia's arithmetic takes them: a quarter's figures would read as a quarter of the gap.",
  valueKind: "amount",
  params: [
    param.cells("ai_spend", "spend", "Annual run-rate of spending on AI chips (GPUs and accelerators); sign ignored."),
    param.cells("ai_revenue", "money", "AI revenue actually earned over a year, in the same units (>= 0).", { rule: { min: 0 } }),
    param.cells(
      "cost_multiplier",
      "multiple",
      `Total data-centre cost per dollar of chips (power, buildings, networking); default ${formatPlain(REVENUEGAP_DEFAULTS.costMultiplier)} (chips are about half); above 0, at most 100.`,
      { defaultValue: REVENUEGAP_DEFAULTS.costMultiplier, rule: { min: 0, max: 100, minExclusive: true } },
    ),
    param.cells(
      "target_gross_margin",
      "rate",
      `Gross margin the sellers of AI services need on that revenue; default ${formatPlain(REVENUEGAP_DEFAULTS.targetGrossMargin)} (50%); at least 0, below 1.`,
      { defaultValue: REVENUEGAP_DEFAULTS.targetGrossMargin, rule: { min: 0, max: 1, maxExclusive: true } },
    ),
  ],
  words: {
    title: "AI revenue gap",
    valueLabel: "Revenue gap (required - AI revenue)",
    summary: "How much more revenue AI would have to earn each year to pay for the infrastructure being bought for it.",
    why:
      "Chips are only part of the bill: buildings, power and networking roughly double it, and whoever sells AI services " +
      "on that infrastructure needs a gross margin on top. Sequoia Capital (D. Cahn) turned this into a benchmark: a " +
      "$50B GPU run-rate needed about $200B of AI revenue (2023), and a $150B run-rate needed about $600B against " +
      "roughly $100B earned, a gap of about $500B (2024). The wider the gap, the more the spending rests on revenue that " +
      "does not exist yet.",
    watch:
      "Coverage over time more than the gap in one year; the two assumptions (the cost multiplier and the margin), which " +
      "you can change; and what counts as AI revenue (only revenue that the infrastructure earns, not relabelled " +
      "existing products).",
    optimism:
      "Infrastructure is built ahead of demand and chips serve for several years, so one year's revenue against one " +
      "year's spending can overstate the gap. The 1990s telecom build-out looked like over-capacity and became the " +
      "internet's foundation; the gap closes if adoption and pricing power catch up.",
    method:
      "Required revenue = |AI spend| x cost multiplier / (1 - target gross margin). Value = required revenue - AI revenue. " +
      "Coverage = AI revenue / required revenue. With the defaults (x 2 for the rest of the data centre, x 2 for a 50% " +
      "margin) this reproduces Sequoia Capital (D. Cahn): $150B x 2 x 2 = $600B needed, against about $100B earned: a " +
      "gap of about $500B; and $50B x 2 x 2 = $200B.",
    thresholds:
      `On coverage (AI revenue / required revenue): ${REVENUEGAP_BANDS.describe(formatPercent)} Below half, most of the ` +
      "revenue needed to justify the spending has yet to appear; below 100% some of it has. No spending to cover is OK.",
  },
  examples: [
    {
      args: [150, 100],
      expected: 500,
      status: "RED",
      note: "Sequoia Capital (D. Cahn), \"AI's $600B Question\" (2024), $B: 150 x 2 x 2 = 600 needed against about 100 earned: a gap of 500.",
    },
    {
      args: [50, 75],
      expected: 125,
      status: "RED",
      note: "Sequoia Capital (D. Cahn), \"AI's $200B Question\" (2023), $B: 50 x 2 x 2 = 200 needed; his $125B hole implies about 75 earned.",
    },
  ],
  measure(a) {
    const infrastructure = a.ai_spend * a.cost_multiplier;
    const required = infrastructure / (1 - a.target_gross_margin);
    return { value: required - a.ai_revenue, infrastructure, required };
  },
  classify: (m, a) => (m.required === 0 ? "OK" : REVENUEGAP_BANDS.classify(a.ai_revenue / m.required)),
  explain(m, a) {
    const need = `AI spend of ${formatAmount(a.ai_spend)} needs ${formatAmount(m.required)} of revenue`;
    const cover = m.required === 0 ? "" : `${formatPercent(a.ai_revenue / m.required)} of it`;
    return {
      figures: [
        { label: "AI spend (run-rate)", value: a.ai_spend, kind: "amount" },
        { label: "Cost multiplier", value: a.cost_multiplier, kind: "multiple" },
        { label: "Total infrastructure cost", value: m.infrastructure, kind: "amount" },
        { label: "Target gross margin", value: a.target_gross_margin, kind: "share" },
        { label: "Required revenue", value: m.required, kind: "amount" },
        { label: "AI revenue", value: a.ai_revenue, kind: "amount" },
        {
          label: "Coverage (AI revenue / required)",
          value: m.required === 0 ? "no spending to cover" : a.ai_revenue / m.required,
          kind: "share",
        },
      ],
      reasons: {
        RED: `${need}; ${formatAmount(a.ai_revenue)} is earned, ${cover}: less than ${formatPercent(REVENUEGAP_BANDS.red)}.`,
        WATCH: `${need}; ${formatAmount(a.ai_revenue)} is earned, ${cover}: short of the full amount.`,
        OK:
          m.required === 0
            ? "There is no AI spending to cover."
            : `${need}; ${formatAmount(a.ai_revenue)} is earned, ${cover}: the spending is covered.`,
      },
    };
  },
});
