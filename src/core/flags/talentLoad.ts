/**
 * TALENTLOAD: research payroll per dollar of revenue, the talent cost that cannot be capitalised.
 * Element-wise (one result per period).
 *
 *   value = |research_payroll| / revenue        (#N/A when revenue <= 0)
 *
 *   RED if value >= 0.50, WATCH if value >= 0.25, OK otherwise.
 */
import { naError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent } from "../format/numbers";
import { param } from "../params/spec";

export const TALENTLOAD_BANDS = higherIsWorse(0.5, 0.25);

export const talentLoad = defineElementwiseFlag({
  id: "TALENTLOAD",
  group: "signals",
  valueKind: "share",
  params: [
    param.cells(
      "research_payroll",
      "spend",
      "Pay and stock compensation of research and engineering staff per period (sign ignored).",
    ),
    param.cells("revenue", "money", "Revenue for the same periods; zero or less gives #N/A."),
  ],
  words: {
    title: "Talent load",
    valueLabel: "Research payroll / revenue",
    summary: "How many cents of each revenue dollar go to paying the research and engineering staff.",
    why:
      "Research teams cannot be depreciated: their cost runs through the income statement every quarter, and at some AI " +
      "labs it rivals the whole budget of a mid-sized company. Unlike hardware, it does not sit on the balance sheet " +
      "waiting to be expensed, so it is the part of AI spending that shows at once, and it is hard to cut without losing " +
      "the people who are the asset.",
    watch:
      "The ratio over several periods, stock-based compensation (a real cost even when no cash leaves), retention " +
      "grants after acquisitions or hires, and whether some engineering pay is being capitalised as software " +
      "development (see CAPRESTATE).",
    optimism:
      "A research team is a fixed cost: if revenue grows, the ratio falls on its own, and a high ratio early in a " +
      "company's life is how products get built. What matters is whether revenue is catching up.",
    method: "Value = |research payroll| / revenue, for each period. Revenue of zero or less gives #N/A.",
    thresholds:
      `${TALENTLOAD_BANDS.describe(formatPercent)} At ${formatPercent(TALENTLOAD_BANDS.red)} half of revenue is gone ` +
      `before any compute, power or sales cost; at ${formatPercent(TALENTLOAD_BANDS.watch)} a quarter is.`,
  },
  examples: [
    {
      args: [30, 100],
      expected: 0.3,
      status: "WATCH",
      note: "Research payroll of 30 on revenue of 100: 30 cents of every dollar: WATCH.",
    },
  ],
  measure(a) {
    const value = a.revenue > 0 ? a.research_payroll / a.revenue : naError(`revenue is ${formatAmount(a.revenue)}: no revenue covers the payroll`);
    return { value };
  },
  classify: (m) => TALENTLOAD_BANDS.classify(m.value),
  explain(_m, a) {
    return {
      figures: [
        { label: "Research payroll", value: a.research_payroll, kind: "amount" },
        { label: "Revenue", value: a.revenue, kind: "amount" },
      ],
      reasons(status, value) {
        const share = `Research payroll of ${formatAmount(a.research_payroll)} is ${formatPercent(value)} of revenue (${formatAmount(a.revenue)})`;
        return {
          RED: `${share}: at or above ${formatPercent(TALENTLOAD_BANDS.red)}, research pay alone takes half of every dollar or more.`,
          WATCH: `${share}: at or above ${formatPercent(TALENTLOAD_BANDS.watch)}.`,
          OK: `${share}: below ${formatPercent(TALENTLOAD_BANDS.watch)}.`,
        }[status];
      },
    };
  },
});
