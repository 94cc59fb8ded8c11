/**
 * INFERENCECOST: inference (model usage) cost per dollar of revenue. Element-wise.
 *
 *   value = |inference_cost| / revenue            (revenue > 0)
 *
 *   RED if value >= 0.60, WATCH if value >= 0.40, OK otherwise.
 *
 * Scale test (detail only, one row or one column of periods): for each period after the first,
 *   revenue growth g_k = R_k / R_k-1 - 1 and ratio change d_k = v_k - v_k-1;
 *   passed when g_k > 0 and d_k < 0 (the ratio fell as revenue grew), not passed when g_k > 0
 *   and d_k >= 0, not tested when g_k <= 0. A 2-D block is not compared (no period order).
 */
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import type { Figure } from "../framework/explanation";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent } from "../format/numbers";
import { param } from "../params/spec";

export const INFERENCECOST_BANDS = higherIsWorse(0.6, 0.4);

/** Labels of the scale-test rows, the same in every column. */
export const SCALE_TEST_LABELS = {
  growth: "Revenue growth vs previous period",
  change: "Ratio change vs previous period",
  verdict: "Scale test (vs previous period)",
} as const;

export const SCALE_TEST_VERDICTS = {
  passed: "Passed: the ratio fell as revenue grew",
  rose: "Not passed: revenue grew and the ratio rose",
  held: "Not passed: revenue grew and the ratio held",
  notGrowing: "Not tested: revenue did not grow",
  first: "First period: nothing earlier to compare",
  block: "Not compared: give one row or one column of periods",
} as const;

function scaleFigures(growth: number | "", change: number | "", verdict: string): Figure[] {
  return [
    { label: SCALE_TEST_LABELS.growth, value: growth },
    { label: SCALE_TEST_LABELS.change, value: change },
    { label: SCALE_TEST_LABELS.verdict, value: verdict },
  ];
}

function scaleVerdict(growth: number, change: number): string {
  if (!(growth > 0)) return SCALE_TEST_VERDICTS.notGrowing;
  if (change < 0) return SCALE_TEST_VERDICTS.passed;
  return change > 0 ? SCALE_TEST_VERDICTS.rose : SCALE_TEST_VERDICTS.held;
}

export const inferenceCost = defineElementwiseFlag({
  id: "INFERENCECOST",
  group: "signals",
  valueKind: "share",
  params: [
    param.cells("inference_cost", "spend", "Cost of running AI models (API fees, inference compute) per period; sign ignored."),
    param.cells("revenue", "money", "Revenue for the same periods (> 0).", { rule: { min: 0, minExclusive: true } }),
  ],
  words: {
    title: "Inference cost per revenue dollar",
    valueLabel: "Inference cost / revenue",
    summary: "How many cents of each revenue dollar go to running AI models, and whether that share falls as revenue grows.",
    why:
      "As AI moves from building to running, more of its cost is paid per token or per call to model providers: an " +
      "operating cost that grows with usage. Some AI-native companies spend most of each revenue dollar this way, and the " +
      "share need not shrink with scale the way software costs usually do. If it does not fall as revenue grows, growth " +
      "is buying more cost, not more margin.",
    watch:
      "The scale test in the detail table (did the ratio fall as revenue grew, period by period), where inference cost " +
      "sits in the filing (cost of revenue, hosting, revenue share), and price changes by model providers.",
    optimism:
      "The cost of a unit of inference has been falling fast, through cheaper hardware, smaller and distilled models and " +
      "provider price cuts, and a company can move work to cheaper models as it learns. A high ratio early on can be the " +
      "price of winning users; the risk is that usage grows faster than unit costs fall, so watch the trend, not one year.",
    method:
      "Value = |inference cost| / revenue, for each period. In the detail table, for each period after the first: " +
      "revenue growth = R_k / R_k-1 - 1 and ratio change = v_k - v_k-1; the scale test is passed when revenue grew and " +
      "the ratio fell, not passed when revenue grew and the ratio rose or held, and not tested when revenue did not grow. " +
      "Periods must be one row or one column, oldest first, for the comparison.",
    thresholds:
      `${INFERENCECOST_BANDS.describe(formatPercent)} At ${formatPercent(INFERENCECOST_BANDS.red)} inference alone leaves ` +
      `at most ${formatPercent(1 - INFERENCECOST_BANDS.red)} of revenue for everything else, well below the gross ` +
      `margins software businesses are usually valued on; at ${formatPercent(INFERENCECOST_BANDS.watch)} the margin is already thin.`,
  },
  examples: [
    {
      args: [70, 100],
      expected: 0.7,
      status: "RED",
      note: "Inference costs 70 on revenue of 100: 70 cents of every dollar: RED.",
    },
  ],
  measure(a) {
    return { value: a.inference_cost / a.revenue };
  },
  classify: (m) => INFERENCECOST_BANDS.classify(m.value),
  explain(_m, a) {
    return {
      figures: [
        { label: "Inference cost", value: a.inference_cost, kind: "amount" },
        { label: "Revenue", value: a.revenue, kind: "amount" },
      ],
      reasons(status, value) {
        const share = `Inference costs ${formatAmount(a.inference_cost)} on revenue of ${formatAmount(a.revenue)}, ${formatPercent(value)}`;
        return {
          RED: `${share}: at or above ${formatPercent(INFERENCECOST_BANDS.red)}, most of each dollar goes to running models.`,
          WATCH: `${share}: at or above ${formatPercent(INFERENCECOST_BANDS.watch)}, a large part of each dollar goes to running models.`,
          OK: `${share}: below ${formatPercent(INFERENCECOST_BANDS.watch)}.`,
        }[status];
      },
    };
  },
  relate(elements, shape) {
    if (shape.rows > 1 && shape.cols > 1) return elements.map(() => scaleFigures("", "", SCALE_TEST_VERDICTS.block));
    return elements.map((e, k) => {
      if (k === 0) return scaleFigures("", "", SCALE_TEST_VERDICTS.first);
      const before = elements[k - 1];
      const growth = e.a.revenue / before.a.revenue - 1;
      const change = e.m.value - before.m.value;
      return scaleFigures(growth, change, scaleVerdict(growth, change));
    });
  },
});
