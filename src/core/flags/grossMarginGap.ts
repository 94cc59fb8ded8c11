/**
 * GROSSMARGINGAP: red flag 1, gross-margin compression that contradicts the growth story.
 *
 *   g     = (R_n / R_1)^(p/(n-1)) - 1          revenue growth a year over the range (n >= 2 periods,
 *                                              p = periods_per_year: 1 for years, 4 for quarters)
 *   m_i   = (R_i - C_i) / R_i                  gross margin of period i
 *   value = m_n - m_1                          change in gross margin (0.01 = one point)
 *
 *   RED   if g >= growth_threshold and value <= tolerance
 *   WATCH if (g >= growth_threshold and value <= tolerance + 0.01) or value <= -0.02
 *   OK    otherwise
 * Cost of revenue must include the depreciation of the assets that earn the revenue: a company
 * that reports it outside cost of revenue (the neoclouds) is read with cost + D&A.
 */
import { fail, valueError } from "../cells/errors";
import { defineSeriesFlag } from "../framework/defineFlag";
import { above, atLeast, type Status } from "../framework/status";
import { formatPercent, formatPlain, formatPoints } from "../format/numbers";
import { param } from "../params/spec";

/** Width of the WATCH band above the tolerance, and the fall that is WATCH whatever the growth. */
export const GROSS_MARGIN_THRESHOLDS = { growth: 0.3, watchBand: 0.01, fallAlone: -0.02 } as const;
const T = GROSS_MARGIN_THRESHOLDS;
const points = (x: number) => `${formatPlain(x * 100)} point${x === 0.01 ? "" : "s"}`;

export const grossMarginGap = defineSeriesFlag({
  id: "GROSSMARGINGAP",
  group: "redflags",
  valueKind: "points",
  params: [
    param.series("revenue", "money", "Revenue per period, oldest first: one row or one column, every value > 0.", {
      rule: { min: 0, minExclusive: true },
    }),
    param.series(
      "cost_of_revenue",
      "spend",
      "Cost of revenue for the same periods, including the depreciation of the assets that earn the revenue: where a " +
        "company reports that depreciation separately, pass cost + D&A (sign ignored).",
    ),
    param.number("growth_threshold", "rate", "Growth a year (CAGR) at which the business is meant to be scaling; default 0.30 (30%).", {
      defaultValue: T.growth,
      rule: { min: -1, max: 10, minExclusive: true },
    }),
    param.number("tolerance", "rate", "Margin change still counted as flat; default 0 (any fall counts).", {
      defaultValue: 0,
      rule: { min: -1, max: 1 },
    }),
    param.number("periods_per_year", "count", "Periods in a year: 1 for annual figures (default), 4 for quarters, 12 for months.", {
      defaultValue: 1,
      rule: { min: 1, max: 12, integer: true },
    }),
  ],
  words: {
    title: "Gross-margin gap",
    valueLabel: "Gross-margin change (latest - first)",
    summary:
      "How many points gross margin gained or lost over the range, read against how fast revenue grew.",
    why:
      "Software at scale should convert growth into wider margins. When revenue grows 30% a year or more and gross margin " +
      "stays flat or falls, the costs of serving customers are growing at least as fast as sales: consistent with AI running " +
      "costs (inference, cloud and API bills) that scale with usage, and not with a business nearing profitable scale. " +
      "\"We are investing for growth\" explains a year of this, not a trend.",
    watch:
      "The sign and size of the change, the periods chosen (a start year with a one-off margin flatters or hurts; with " +
      "quarters, compare like quarters or the seasons decide), and what the cost of revenue line carries. It must " +
      "include the depreciation of the hardware that earns the revenue: GPU clouds (the neoclouds) report it outside " +
      "cost of revenue, so pass cost + D&A for them, or their margin looks wide however heavy the hardware. Watch also " +
      "for inference, hosting or revenue-share costs moving into or out of the line.",
    optimism:
      "Margins can be low on purpose while prices are cut to win adoption; once AI is embedded in workflows, switching costs " +
      "may restore pricing power, and unit inference costs keep falling. A gap is a question for management, not a verdict.",
    method:
      "Growth g = (R_n / R_1)^(p/(n-1)) - 1 with p = periods_per_year, the compound growth a year over the range (for two " +
      "annual periods, year on year; for quarters, p = 4 turns quarterly growth into a yearly rate). " +
      "Margin m_i = (R_i - C_i) / R_i. Value = m_n - m_1, in decimals (0.01 is one percentage point).",
    thresholds:
      `RED when growth is at least the growth_threshold (default ${formatPercent(T.growth)}) and the margin change is at ` +
      `most the tolerance (default 0: flat or falling). WATCH when growth meets the threshold and the margin gained less ` +
      `than ${points(T.watchBand)} above the tolerance, or when margin fell ${points(-T.fallAlone)} or more ` +
      "whatever the growth. OK otherwise. The 30% line is the growth at which the analysis expects operating " +
      "leverage to show.",
  },
  examples: [
    {
      args: [[100, 140], [40, 58]],
      expected: -0.0142857142857143,
      status: "RED",
      note: "Revenue +40% while margin slips from 60.0% to 58.6%: RED.",
    },
    {
      args: [[100, 108, 117, 126, 136], [40, 43.2, 46.8, 50.4, 55.08], null, null, 4],
      expected: (136 - 55.08) / 136 - 0.6,
      status: "RED",
      note:
        "Five quarters, a first quarter to the same quarter a year on: revenue +36% (periods_per_year 4) while margin " +
        "slips from 60.0% to 59.5%: RED. Read as five years (periods_per_year 1), 8% a year: OK.",
    },
  ],
  check(a) {
    if (a.revenue.length !== a.cost_of_revenue.length) {
      fail(valueError(`revenue has ${a.revenue.length} periods but cost_of_revenue has ${a.cost_of_revenue.length}`));
    }
    if (a.revenue.length < 2) fail(valueError("revenue needs at least 2 periods to measure a change"));
  },
  measure(a) {
    const n = a.revenue.length;
    const first = a.revenue[0];
    const last = a.revenue[n - 1];
    const growth = (last / first) ** (a.periods_per_year / (n - 1)) - 1;
    const marginFirst = (first - a.cost_of_revenue[0]) / first;
    const marginLast = (last - a.cost_of_revenue[n - 1]) / last;
    return { value: marginLast - marginFirst, growth, marginFirst, marginLast, periods: n };
  },
  classify(m, a): Status {
    const growing = atLeast(m.growth, a.growth_threshold);
    if (growing && !above(m.value, a.tolerance)) return "RED";
    if ((growing && !above(m.value, a.tolerance + T.watchBand)) || !above(m.value, T.fallAlone)) return "WATCH";
    return "OK";
  },
  explain(m, a) {
    const growth = `revenue grew ${formatPercent(m.growth)} a year`;
    const change = `gross margin moved ${formatPoints(m.value)} (${formatPercent(m.marginFirst)} to ${formatPercent(m.marginLast)})`;
    return {
      figures: [
        { label: "Periods", value: m.periods },
        { label: "Periods per year", value: a.periods_per_year },
        { label: "Revenue growth (CAGR)", value: m.growth, kind: "share" },
        { label: "Gross margin, first period", value: m.marginFirst, kind: "share" },
        { label: "Gross margin, latest period", value: m.marginLast, kind: "share" },
      ],
      reasons: {
        RED: `${growth}, at or above ${formatPercent(a.growth_threshold)}, yet ${change}: costs are keeping pace with sales.`,
        WATCH: !above(m.value, T.fallAlone)
          ? `${change}, a fall of ${points(-T.fallAlone)} or more, while ${growth}.`
          : `${growth} and ${change}, barely above the tolerance: scale is not yet widening margins.`,
        OK: `${growth} and ${change}: no compression against the growth story.`,
      },
    };
  },
});
