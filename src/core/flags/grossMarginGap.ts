/**
 * GROSSMARGINGAP: red flag 1, gross-margin compression that contradicts the growth story.
 *
 *   g     = (R_n / R_1)^(1/(n-1)) - 1          revenue CAGR over the range (n >= 2 periods)
 *   m_i   = (R_i - C_i) / R_i                  gross margin of period i
 *   value = m_n - m_1                          change in gross margin (0.01 = one point)
 *
 *   RED   if g >= growth_threshold and value <= tolerance
 *   WATCH if (g >= growth_threshold and value <= tolerance + 0.01) or value <= -0.02
 *   OK    otherwise
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
    param.series("cost_of_revenue", "spend", "Cost of revenue for the same periods (sign ignored: filings may print it negative)."),
    param.number("growth_threshold", "rate", "Growth (CAGR) at which the business is meant to be scaling; default 0.30 (30%).", {
      defaultValue: T.growth,
      rule: { min: -1, max: 10, minExclusive: true },
    }),
    param.number("tolerance", "rate", "Margin change still counted as flat; default 0 (any fall counts).", {
      defaultValue: 0,
      rule: { min: -1, max: 1 },
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
      "The sign and size of the change, the periods chosen (a start year with a one-off margin flatters or hurts), and " +
      "whether the cost of revenue line now carries inference, hosting or revenue-share costs that used to sit elsewhere.",
    optimism:
      "Margins can be low on purpose while prices are cut to win adoption; once AI is embedded in workflows, switching costs " +
      "may restore pricing power, and unit inference costs keep falling. A gap is a question for management, not a verdict.",
    method:
      "Growth g = (R_n / R_1)^(1/(n-1)) - 1, the compound annual growth over the range (for two periods, year on year). " +
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
    const growth = (last / first) ** (1 / (n - 1)) - 1;
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
