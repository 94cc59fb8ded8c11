/**
 * SOVEREIGN: red flag 3, the sovereign-AI contract mirage. Element-wise (one result per period).
 *
 *   value = S / T                       sovereign share of revenue (0 <= S <= T, T > 0)
 *   k     = collected / S               collection ratio (1 when S = 0; only when collected is given)
 *
 *   RED   if value >= 0.25 and k is given and k < 0.75
 *   WATCH if value >= 0.10
 *   OK    otherwise
 * Detail adds uncollected sovereign revenue max(0, S - collected) and its share of T.
 */
import { fail, valueError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { atLeast, type Status } from "../framework/status";
import { formatAmount, formatPercent } from "../format/numbers";
import { param } from "../params/spec";

export const SOVEREIGN_THRESHOLDS = { red: 0.25, watch: 0.1, collection: 0.75 } as const;
const T = SOVEREIGN_THRESHOLDS;

export function classifySovereign(share: number, collection: number | undefined): Status {
  if (atLeast(share, T.red) && collection !== undefined && !atLeast(collection, T.collection)) return "RED";
  if (atLeast(share, T.watch)) return "WATCH";
  return "OK";
}

export const sovereign = defineElementwiseFlag({
  id: "SOVEREIGN",
  group: "redflags",
  valueKind: "share",
  params: [
    param.cells("sovereign_revenue", "money", "Revenue booked from governments and national-AI programmes, per period (>= 0).", {
      rule: { min: 0 },
    }),
    param.cells("total_revenue", "money", "Total revenue for the same periods (> 0, at least the sovereign revenue).", {
      rule: { min: 0, minExclusive: true },
    }),
    param.maybeCells(
      "cash_collected",
      "money",
      "Optional: cash actually received on those sovereign contracts in the same periods (>= 0).",
      { rule: { min: 0 } },
    ),
  ],
  words: {
    title: "Sovereign-contract concentration",
    valueLabel: "Sovereign share of revenue (S / total)",
    summary: "How much of revenue comes from government and national-AI contracts, and how much of it has been paid in cash.",
    why:
      "Contracts with governments and national-AI programmes are prestigious and large, but they tend to carry thin margins, " +
      "depend on politics and budgets, and can be renegotiated; several have stalled or been restructured. Revenue booked " +
      "on them is only as good as the cash that follows. A business that leans on them while collecting little is " +
      "exposed to one decision by one customer.",
    watch:
      "The share of revenue, the cash collected against it (receivables and contract assets in the notes), payment " +
      "milestones, and any renegotiation or delay. Give cash_collected: without it the flag can only say WATCH.",
    optimism:
      "Sovereign customers often pay on milestones, so slow collection early in a contract can be the schedule rather " +
      "than trouble, and a government anchor customer can fund capacity that later serves commercial demand.",
    method:
      "Value = sovereign revenue / total revenue, for each period. Collection ratio k = cash collected / sovereign revenue " +
      "(1 when sovereign revenue is 0). Uncollected = max(0, sovereign revenue - cash collected), also shown as a share of " +
      "total revenue.",
    thresholds:
      `RED when the sovereign share is ${formatPercent(T.red)} or more and less than ${formatPercent(T.collection)} of it ` +
      `has been collected in cash. WATCH when the share is ${formatPercent(T.watch)} or more (including a large share with ` +
      `collection unknown or adequate). OK below ${formatPercent(T.watch)}. At a quarter of revenue, one change of policy or ` +
      "budget can move the whole business; with a quarter of that revenue unpaid, bookings are running ahead of cash.",
  },
  examples: [
    {
      args: [30, 100, 18],
      expected: 0.3,
      status: "RED",
      note: "30 of 100 revenue is sovereign and 18 of it collected (60%): RED.",
    },
  ],
  check(a, where) {
    if (a.sovereign_revenue > a.total_revenue) {
      fail(
        valueError(
          `sovereign_revenue${where}: ${formatAmount(a.sovereign_revenue)} is more than total_revenue ` +
            `(${formatAmount(a.total_revenue)})`,
        ),
      );
    }
  },
  measure(a) {
    const S = a.sovereign_revenue;
    const collected = a.cash_collected;
    const collection = collected === undefined ? undefined : S === 0 ? 1 : collected / S;
    const uncollected = collected === undefined ? undefined : Math.max(0, S - collected);
    return { value: S / a.total_revenue, collection, uncollected };
  },
  classify: (m) => classifySovereign(m.value, m.collection),
  explain(m, a) {
    const paid =
      m.collection === undefined || m.uncollected === undefined
        ? "cash collected was not given"
        : `${formatPercent(m.collection)} of it has been collected, ${formatAmount(m.uncollected)} is not`;
    const notGiven = "not given";
    return {
      figures: [
        { label: "Sovereign revenue", value: a.sovereign_revenue, kind: "amount" },
        { label: "Total revenue", value: a.total_revenue, kind: "amount" },
        { label: "Cash collected on sovereign revenue", value: a.cash_collected ?? notGiven, kind: "amount" },
        { label: "Collection ratio (collected / sovereign)", value: m.collection ?? notGiven, kind: "share" },
        { label: "Uncollected sovereign revenue", value: m.uncollected ?? notGiven, kind: "amount" },
        {
          label: "Uncollected, share of total revenue",
          value: m.uncollected === undefined ? notGiven : m.uncollected / a.total_revenue,
          kind: "share",
        },
      ],
      reasons(status, value) {
        const share = `${formatPercent(value)} of revenue is sovereign`;
        return {
          RED: `${share} and only ${paid}: booked revenue is running ahead of cash.`,
          WATCH:
            m.collection === undefined
              ? `${share} and ${paid}: give cash_collected to test whether it is being paid.`
              : `${share} and ${paid}: concentrated enough to ask about terms and collection.`,
          OK: `${share}, below ${formatPercent(T.watch)}.`,
        }[status];
      },
    };
  },
});
