/**
 * ALTMANZ: Altman's Z-score of financial distress, element-wise (one result per period).
 *
 *   X1 = working capital / TA      X2 = retained earnings / TA      X3 = EBIT / TA
 *   X4 = equity / total liabilities                                 X5 = sales / TA
 *
 *   model "Z''" (default; Altman 2000, non-manufacturers, book equity):
 *     Z = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4                  RED < 1.10, WATCH < 2.60
 *   model "Z" (Altman 1968, public manufacturers, market value of equity):
 *     Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5             RED < 1.81, WATCH < 2.99
 *   model "Z'" (Altman 2000, private firms, book equity):
 *     Z = 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5   RED < 1.23, WATCH < 2.90
 *
 *   Total assets must be > 0 (#VALUE!); total liabilities of 0 leave X4 undefined (#N/A).
 */
import { naError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { lowerIsWorse, type Bands } from "../framework/status";
import { formatPlain } from "../format/numbers";
import { param } from "../params/spec";

type Model = "Z''" | "Z" | "Z'";

interface ModelSpec {
  weights: readonly [number, number, number, number, number];
  bands: Bands;
  /** Who it was estimated for and what "equity" means in it. */
  scope: string;
}

/** The three models: weights of X1..X5 (X5 unused by Z''), and their zones. */
export const ALTMAN_MODELS: Readonly<Record<Model, ModelSpec>> = {
  "Z''": {
    weights: [6.56, 3.26, 6.72, 1.05, 0],
    bands: lowerIsWorse(1.1, 2.6),
    scope: "Altman (2000) for non-manufacturers and service companies, book value of equity; sales are not used",
  },
  Z: {
    weights: [1.2, 1.4, 3.3, 0.6, 1.0],
    bands: lowerIsWorse(1.81, 2.99),
    scope: "Altman (1968) for public manufacturers, market value of equity",
  },
  "Z'": {
    weights: [0.717, 0.847, 3.107, 0.42, 0.998],
    bands: lowerIsWorse(1.23, 2.9),
    scope: "Altman (2000) for private firms, book value of equity",
  },
};

const MODELS = Object.keys(ALTMAN_MODELS) as Model[];

const zone = (m: Model) => {
  const b = ALTMAN_MODELS[m].bands;
  return `${m}: RED below ${formatPlain(b.red)}, WATCH below ${formatPlain(b.watch)}`;
};

const formula = (m: Model) => {
  const w = ALTMAN_MODELS[m].weights;
  return w.flatMap((x, i) => (x === 0 ? [] : [`${formatPlain(x)} X${i + 1}`])).join(" + ");
};

export const altmanZ = defineElementwiseFlag({
  id: "ALTMANZ",
  group: "forensic",
  yearsOnly: "Its weights and zones were fitted on annual statements: earnings and sales over total assets take a year's flows.",
  valueKind: "score",
  params: [
    param.cells("working_capital", "money", "Working capital (current assets - current liabilities) at the period's end: a cell or a range, one per period."),
    param.cells("retained_earnings", "money", "Retained earnings (accumulated deficit negative) at the period's end."),
    param.cells("ebit", "money", "Earnings before interest and taxes (operating income) for the period."),
    param.cells("equity", "money", "Equity: stockholders' equity (book value) for Z'' and Z', the market value of the shares for Z."),
    param.cells("total_liabilities", "money", "Total liabilities at the period's end, >= 0.", { rule: { min: 0 } }),
    param.cells("sales", "money", "Revenue (sales) for the period; not used by Z''."),
    param.cells("total_assets", "money", "Total assets at the period's end, > 0.", { rule: { min: 0, minExclusive: true } }),
    param.choice(
      "model",
      "Which Z-score",
      [
        { text: "Z''", name: "Z_double_prime", description: "non-manufacturers, book equity: Altman 2000", aliases: ["Z2", "Zpp", "Z_double_prime", "Z\u2033"] },
        { text: "Z", description: "public manufacturers, market value of equity: Altman 1968" },
        { text: "Z'", name: "Z_prime", description: "private firms, book equity: Altman 2000", aliases: ["Zp", "Z_prime", "Z\u2032"] },
      ],
      "Z''",
    ),
  ],
  words: {
    title: "Altman Z-score",
    valueLabel: "Z-score (Altman)",
    summary: "How far the balance sheet and earnings sit from those of companies that went bankrupt, on Altman's scale.",
    why:
      "Building AI infrastructure strains balance sheets that were once all cash: capex drains working capital, finance " +
      "leases and bonds add liabilities, and returns on the new assets arrive late. For the largest companies the score " +
      "is far from distress; for the AI start-ups, neoclouds and data-centre developers that borrow to build, it is the " +
      "classic first reading of how much room is left. Set beside the AI flags, it separates a costly strategy from a " +
      "fragile one.",
    watch:
      "The trend, and which ratio moves: falling working capital (X1) and rising liabilities against equity (X4) are the " +
      "build-out's marks. Use the model that fits: Z'' (the default) for service and technology companies with book " +
      "equity, Z with the market value of equity for listed manufacturers, Z' for private firms. Large buybacks make " +
      "retained earnings and book equity small or negative without any distress.",
    optimism:
      "The first Z-score was estimated on manufacturers that failed between 1946 and 1965, its later forms on similar " +
      "samples, not on companies building data centres. Companies with huge cash flows, deliberate leverage or " +
      "buybacks can sit in the grey zone for years without trouble; a low score says to read the debt maturities and cash " +
      "flow, not that default is near.",
    method:
      "Altman (1968) and Altman (2000). X1 = working capital / total assets; X2 = retained earnings / TA; X3 = EBIT / TA; " +
      "X4 = equity / total liabilities; " +
      `X5 = sales / TA. Z'' = ${formula("Z''")}; Z = ${formula("Z")}; Z' = ${formula("Z'")}. ` +
      "Total assets must be above 0; total liabilities of 0 give #N/A (X4 undefined).",
    thresholds:
      `Altman's distress and grey zones, by model: ${MODELS.map(zone).join("; ")}; OK at or above the grey zone's top. ` +
      "The model is chosen with model, in any case; Z'' may also be written Z2 or Zpp, and Z' as Zp, where the " +
      "apostrophes are awkward (as papers print them, Z\u2033 and Z\u2032 are read too).",
  },
  examples: [
    {
      args: [-0.061, -0.626, -0.318, 0.401, 1, 1.5, 1, "Z"],
      expected: -0.2584,
      status: "RED",
      note: "Altman's (1968) bankrupt group means, X = (-0.061, -0.626, -0.318, 0.401, 1.50) on total assets of 1, model Z: -0.258, RED.",
    },
    {
      args: [0.414, 0.355, 0.153, 2.477, 1, 1.9, 1, "Z"],
      expected: 4.8849,
      status: "OK",
      note: "Altman's (1968) non-bankrupt group means, X = (0.414, 0.355, 0.153, 2.477, 1.90), model Z: 4.885, OK.",
    },
  ],
  measure(a) {
    const spec = ALTMAN_MODELS[a.model];
    const ta = a.total_assets;
    const x1 = a.working_capital / ta;
    const x2 = a.retained_earnings / ta;
    const x3 = a.ebit / ta;
    const x4 = a.equity / a.total_liabilities;
    const x5 = a.sales / ta;
    const [w1, w2, w3, w4, w5] = spec.weights;
    const value =
      a.total_liabilities > 0
        ? w1 * x1 + w2 * x2 + w3 * x3 + w4 * x4 + w5 * x5
        : naError("total liabilities are 0: X4 (equity / total liabilities) is undefined");
    return { value, x1, x2, x3, x4, x5 };
  },
  classify: (m, a) => ALTMAN_MODELS[a.model].bands.classify(m.value),
  explain(m, a) {
    const spec = ALTMAN_MODELS[a.model];
    const b = spec.bands;
    const said = (v: number) => `${a.model} = ${v.toFixed(2)} (${spec.scope})`;
    return {
      figures: [
        { label: "Model", value: a.model },
        { label: "X1, working capital / total assets", value: m.x1, kind: "score" },
        { label: "X2, retained earnings / total assets", value: m.x2, kind: "score" },
        { label: "X3, EBIT / total assets", value: m.x3, kind: "score" },
        { label: "X4, equity / total liabilities", value: a.total_liabilities > 0 ? m.x4 : naError("total liabilities are 0"), kind: "score" },
        { label: `X5, sales / total assets${spec.weights[4] === 0 ? " (not used by this model)" : ""}`, value: m.x5, kind: "score" },
      ],
      reasons: (status, v) =>
        ({
          RED: `${said(v)}: below ${formatPlain(b.red)}, in Altman's distress zone.`,
          WATCH: `${said(v)}: in the grey zone, ${formatPlain(b.red)} to ${formatPlain(b.watch)}.`,
          OK: `${said(v)}: at or above ${formatPlain(b.watch)}, in the safe zone.`,
        })[status],
    };
  },
});
