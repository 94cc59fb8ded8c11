/**
 * ENERGYRISK: red flag 4, energy-cost exposure. Element-wise (one result per period or company).
 *
 *   exposed = |energy_cost| x (1 - ppa_share)          power bought outside fixed-price contracts
 *   value   = exposed x price_shock / revenue          a price shock's cost as a share of revenue
 *
 *   ppa_share in [0, 1], price_shock in [-1, 10], revenue > 0.
 *   RED if value >= 0.02, WATCH if value >= 0.01, OK otherwise.
 */
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

export const ENERGYRISK_BANDS = higherIsWorse(0.02, 0.01);

export const energyRisk = defineElementwiseFlag({
  id: "ENERGYRISK",
  group: "redflags",
  valueKind: "share",
  params: [
    param.cells("energy_cost", "spend", "Annual cost of electricity for data centres (sign ignored)."),
    param.cells("ppa_share", "rate", "Share of that power bought under long-term fixed-price contracts (PPAs), 0 to 1.", {
      rule: { min: 0, max: 1 },
    }),
    param.cells("price_shock", "rate", "Power price change to test, e.g. 0.5 for +50% (from -1 to 10).", {
      rule: { min: -1, max: 10 },
    }),
    param.cells("revenue", "money", "Revenue for the same period (> 0).", { rule: { min: 0, minExclusive: true } }),
  ],
  words: {
    title: "Energy-cost exposure",
    valueLabel: "Cost of the price shock, share of revenue",
    summary: "What a given rise in power prices would cost, as a share of revenue, on the power not locked in by contracts.",
    why:
      "AI data centres draw power on a scale the industry has not seen, so the price of electricity becomes a material " +
      "cost. Companies holding long-term power purchase agreements at good prices are insulated; those buying on spot " +
      "markets, or whose contracts come up for renewal, carry the price risk themselves. The split is usually found only " +
      "in 10-K footnotes.",
    watch:
      "The PPA share and when those contracts expire (a renewal is a price reset), the regions where the capacity sits, " +
      "and energy cost per unit of compute. Try several shocks: 0.25, 0.5 and 1 (power prices doubling).",
    optimism:
      "Many large operators have signed long PPAs, some are investing in their own generation, and chips and cooling keep " +
      "getting more efficient per unit of work. A high PPA share or a falling energy intensity keeps the exposure small " +
      "whatever the spot market does.",
    method:
      "Exposed cost = |energy cost| x (1 - PPA share). Value = exposed cost x price shock / revenue: the extra cost of the " +
      "shock as a fraction of revenue (a negative shock gives a saving).",
    thresholds:
      `${ENERGYRISK_BANDS.describe(formatPercent)} A cost of ${formatPercent(ENERGYRISK_BANDS.red)} of revenue takes ` +
      `${formatPlain(ENERGYRISK_BANDS.red * 100)} points off the operating margin if it cannot be passed on; ` +
      `${formatPercent(ENERGYRISK_BANDS.watch)} is worth a question about hedging.`,
  },
  examples: [
    {
      args: [10, 0.4, 0.5, 100],
      expected: 0.03,
      status: "RED",
      note: "Energy cost 10, 40% under PPAs, a 50% price rise, revenue 100: the shock costs 3% of revenue: RED.",
    },
  ],
  measure(a) {
    const exposed = a.energy_cost * (1 - a.ppa_share);
    const shockCost = exposed * a.price_shock;
    return { value: shockCost / a.revenue, exposed, shockCost };
  },
  classify: (m) => ENERGYRISK_BANDS.classify(m.value),
  explain(m, a) {
    return {
      figures: [
        { label: "Energy cost", value: a.energy_cost, kind: "amount" },
        { label: "Share under fixed-price contracts (PPA)", value: a.ppa_share, kind: "share" },
        { label: "Uncontracted energy cost", value: m.exposed, kind: "amount" },
        { label: "Price shock", value: a.price_shock, kind: "share" },
        { label: "Cost of the shock", value: m.shockCost, kind: "amount" },
        { label: "Revenue", value: a.revenue, kind: "amount" },
      ],
      reasons(status, value) {
        const cost = `A ${formatPercent(a.price_shock)} price change on ${formatAmount(m.exposed)} of uncontracted power costs ${formatAmount(m.shockCost)}`;
        const share = formatPercent(value, 2);
        return {
          RED: `${cost}, ${share} of revenue: at or above ${formatPercent(ENERGYRISK_BANDS.red)}, enough to move margins.`,
          WATCH: `${cost}, ${share} of revenue: at or above ${formatPercent(ENERGYRISK_BANDS.watch)}.`,
          OK: `${cost}, ${share} of revenue: below ${formatPercent(ENERGYRISK_BANDS.watch)}.`,
        }[status];
      },
    };
  },
});
