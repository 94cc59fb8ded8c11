/**
 * BENEISH: the Beneish (1999) M-score, a screen for earnings manipulation. Every argument is a
 * series of n >= 2 periods, oldest first; the last two are year t-1 and year t.
 *
 *   DSRI = (AR_t / S_t) / (AR_t-1 / S_t-1)                      days' sales in receivables index
 *   GMI  = GM_t-1 / GM_t,  GM = (S - COGS) / S                   gross margin index
 *   AQI  = [1 - (CA_t + PPE_t + SEC_t) / TA_t] / [1 - (CA_t-1 + PPE_t-1 + SEC_t-1) / TA_t-1]
 *                                                                asset quality index (SEC: long-term securities,
 *                                                                default 0; current ones are already in CA)
 *   SGI  = S_t / S_t-1                                           sales growth index
 *   DEPI = [D_t-1 / (D_t-1 + PPE_t-1)] / [D_t / (D_t + PPE_t)]   depreciation index
 *   SGAI = (SGA_t / S_t) / (SGA_t-1 / S_t-1)                     SG&A index
 *   LVGI = [(CL_t + LTD_t) / TA_t] / [(CL_t-1 + LTD_t-1) / TA_t-1]  leverage index
 *   TATA = (income from continuing operations_t - CFO_t) / TA_t  total accruals to total assets
 *
 *   M = -4.84 + 0.920 DSRI + 0.528 GMI + 0.404 AQI + 0.892 SGI + 0.115 DEPI - 0.172 SGAI
 *       + 4.679 TATA - 0.327 LVGI
 *
 *   RED if M > -1.78, WATCH if M > -2.22, OK otherwise. A zero denominator is #N/A naming the index.
 *
 * Fourteen parameters (thirteen and `output`): Microsoft Learn's reference for custom-function
 * metadata ("Manually create JSON metadata for custom functions", `parameters`) sets no maximum,
 * custom-functions-metadata 2.2.3 checks none, and Excel's own limit on a function's arguments
 * is 255 ("Excel specifications and limits"), the number ECMA-376 Part 1 asks implementations to
 * support. test/build/metadata.test.ts generates functions.json with all of them.
 */
import { fail, isCellError, naError, valueError, type CellError } from "../cells/errors";
import { defineSeriesFlag } from "../framework/defineFlag";
import type { Figure } from "../framework/explanation";
import { above, type Status } from "../framework/status";
import { formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/** The probit model's intercept and weights (Beneish 1999, the unweighted probit). */
export const BENEISH_WEIGHTS = {
  intercept: -4.84,
  DSRI: 0.92,
  GMI: 0.528,
  AQI: 0.404,
  SGI: 0.892,
  DEPI: 0.115,
  SGAI: -0.172,
  LVGI: -0.327,
  TATA: 4.679,
} as const;

type IndexName = "DSRI" | "GMI" | "AQI" | "SGI" | "DEPI" | "SGAI" | "LVGI" | "TATA";

/**
 * What each index measures, and its means in Beneish's (1999) estimation sample, Table 2:
 * 74 manipulators against 2,332 non-manipulators (Compustat, 1982-1992).
 */
export const BENEISH_INDICES: ReadonlyArray<{ name: IndexName; meaning: string; manipulators: number; others: number }> = [
  { name: "DSRI", meaning: "days' sales in receivables index", manipulators: 1.465, others: 1.031 },
  { name: "GMI", meaning: "gross margin index", manipulators: 1.193, others: 1.014 },
  { name: "AQI", meaning: "asset quality index", manipulators: 1.254, others: 1.039 },
  { name: "SGI", meaning: "sales growth index", manipulators: 1.607, others: 1.134 },
  { name: "DEPI", meaning: "depreciation index", manipulators: 1.077, others: 1.001 },
  { name: "SGAI", meaning: "SG&A index", manipulators: 1.041, others: 1.054 },
  { name: "LVGI", meaning: "leverage index", manipulators: 1.111, others: 1.037 },
  { name: "TATA", meaning: "total accruals to total assets", manipulators: 0.031, others: 0.018 },
];

/** M above -1.78 (the model's cut-off) is RED, above -2.22 (a stricter screen) WATCH. */
export const BENEISH_THRESHOLDS = { red: -1.78, watch: -2.22 } as const;

const SERIES = [
  "receivables",
  "sales",
  "cost_of_sales",
  "current_assets",
  "ppe_net",
  "total_assets",
  "depreciation",
  "sga",
  "current_liabilities",
  "long_term_debt",
  "income_continuing_ops",
  "operating_cash_flow",
] as const;

/** Each index, or the #N/A of its zero denominator. */
type Indices = Record<IndexName, number | CellError>;

/** a / b, or the #N/A naming the index when b is zero (a zero denominator); an error in a or b passes on. */
function ratio(a: number | CellError, b: number | CellError, index: IndexName, what: string): number | CellError {
  if (isCellError(a)) return a;
  if (isCellError(b)) return b;
  return b === 0 ? naError(`${index} is undefined: ${what} is 0 (a zero denominator)`) : a / b;
}

const oneMinus = (x: number | CellError) => (isCellError(x) ? x : 1 - x);

function indicesOf(a: Readonly<Record<(typeof SERIES)[number], readonly number[]>> & { securities?: readonly number[] | undefined }): Indices {
  const n = a.sales.length;
  const [p, t] = [n - 2, n - 1];
  const sec = (k: number) => a.securities?.[k] ?? 0;
  const margin = (k: number, which: string) => ratio(a.sales[k] - a.cost_of_sales[k], a.sales[k], "GMI", `sales in year ${which}`);
  const otherAssets = (k: number, which: string) =>
    oneMinus(ratio(a.current_assets[k] + a.ppe_net[k] + sec(k), a.total_assets[k], "AQI", `total assets in year ${which}`));
  const depRate = (k: number, which: string) =>
    ratio(a.depreciation[k], a.depreciation[k] + a.ppe_net[k], "DEPI", `depreciation + net PP&E in year ${which}`);
  const leverage = (k: number, which: string) =>
    ratio(a.current_liabilities[k] + a.long_term_debt[k], a.total_assets[k], "LVGI", `total assets in year ${which}`);
  const perSales = (x: readonly number[], k: number, index: IndexName, which: string) => ratio(x[k], a.sales[k], index, `sales in year ${which}`);
  return {
    DSRI: ratio(perSales(a.receivables, t, "DSRI", "t"), perSales(a.receivables, p, "DSRI", "t-1"), "DSRI", "receivables / sales in year t-1"),
    GMI: ratio(margin(p, "t-1"), margin(t, "t"), "GMI", "the gross margin in year t"),
    AQI: ratio(otherAssets(t, "t"), otherAssets(p, "t-1"), "AQI", "the share of assets other than current assets, PP&E and securities in year t-1"),
    SGI: ratio(a.sales[t], a.sales[p], "SGI", "sales in year t-1"),
    DEPI: ratio(depRate(p, "t-1"), depRate(t, "t"), "DEPI", "the depreciation rate in year t"),
    SGAI: ratio(perSales(a.sga, t, "SGAI", "t"), perSales(a.sga, p, "SGAI", "t-1"), "SGAI", "SG&A / sales in year t-1"),
    LVGI: ratio(leverage(t, "t"), leverage(p, "t-1"), "LVGI", "leverage in year t-1"),
    TATA: ratio(a.income_continuing_ops[t] - a.operating_cash_flow[t], a.total_assets[t], "TATA", "total assets in year t"),
  };
}

/** M, or the first index's error (in the order of the model). */
function mScore(x: Indices): number | CellError {
  const w = BENEISH_WEIGHTS;
  let m = w.intercept;
  for (const { name } of BENEISH_INDICES) {
    const v = x[name];
    if (isCellError(v)) return v;
    m += w[name] * v;
  }
  return m;
}

const fmt = (x: number) => x.toFixed(2);

/** Every argument but securities, in the order of the signature. */
const seriesParams = [
  param.series("receivables", "money", "Accounts receivable (net) at each year's end, oldest first: two or more years; the last two are t-1 and t."),
  param.series("sales", "money", "Revenue (net sales) for the same years."),
  param.series("cost_of_sales", "spend", "Cost of sales (cost of revenue) for the same years (sign ignored)."),
  param.series("current_assets", "money", "Total current assets at each year's end."),
  param.series("ppe_net", "money", "Property and equipment, net, at each year's end."),
  param.series("total_assets", "money", "Total assets at each year's end."),
  param.series("depreciation", "spend", "Depreciation expense for the same years (sign ignored)."),
  param.series("sga", "spend", "Selling, general and administrative expense for the same years (sign ignored)."),
  param.series("current_liabilities", "money", "Total current liabilities at each year's end."),
  param.series("long_term_debt", "money", "Long-term debt (excluding the current portion) at each year's end."),
  param.series("income_continuing_ops", "money", "Income from continuing operations (net income when there are no discontinued operations); only year t is read."),
  param.series("operating_cash_flow", "money", "Cash flow from operations; only year t is read."),
] as const;

export const beneish = defineSeriesFlag({
  id: "BENEISH",
  group: "forensic",
  yearsOnly: "Its indices set a fiscal year against the one before and its weights were fitted on annual statements: consecutive quarters would mix in the seasons.",
  valueKind: "score",
  params: [
    ...seriesParams,
    param.maybeSeries(
      "securities",
      "money",
      "Optional: long-term investments (securities not already in current assets) at each year's end, counted with current assets and PP&E in AQI; 0 when left out.",
    ),
  ],
  words: {
    title: "Beneish M-score",
    valueLabel: "M-score (Beneish 1999)",
    summary: "How closely a year's changes in receivables, margins, asset mix, growth, depreciation, overheads, leverage and accruals resemble those of companies later found to have manipulated earnings.",
    why:
      "The classic forensic screen, set beside the AI-specific flags. Its depreciation index matters here: DEPI rises above " +
      "1 when the depreciation rate slows, which is exactly what lengthening server lives does. Beneish built the model " +
      "on companies subject to SEC enforcement and found that manipulators grow fast, see margins and asset quality " +
      "deteriorate, and report earnings running ahead of cash. Fast growth funded by capital spending scores high on several " +
      "of those indices at once, so the score says where to look, not what happened.",
    watch:
      "Which indices drive the score: SGI (growth) alone lifts it for any fast grower; DSRI (receivables outpacing sales), " +
      "DEPI (a slower depreciation rate) and TATA (earnings above cash flow) are the ones tied to accounting choices. The " +
      "detail sets each index beside Beneish's sample means. Depreciation should include amortisation consistently in both " +
      "years; income from continuing operations is net income when there are no discontinued operations. The securities " +
      "of AQI are long-term investments: marketable securities held as current assets are already in current assets.",
    optimism:
      "The model was estimated on companies of 1982-1992, many of them manufacturers, not on companies building data centres; high growth " +
      "and heavy capex push the score up without any manipulation. Beneish reports that about half of manipulators are " +
      "caught and that many flagged companies are innocent. A high score is a reason to read the notes, not an accusation.",
    method:
      "Year t is the last period, t-1 the one before. DSRI = (AR_t/S_t) / (AR_t-1/S_t-1); GMI = GM_t-1 / GM_t with " +
      "GM = (S - COGS)/S; AQI = [1 - (CA_t + PPE_t + SEC_t)/TA_t] / [1 - (CA_t-1 + PPE_t-1 + SEC_t-1)/TA_t-1]; " +
      "SGI = S_t/S_t-1; DEPI = [D_t-1/(D_t-1 + PPE_t-1)] / [D_t/(D_t + PPE_t)]; SGAI = (SGA_t/S_t) / (SGA_t-1/S_t-1); " +
      "LVGI = [(CL_t + LTD_t)/TA_t] / [(CL_t-1 + LTD_t-1)/TA_t-1]; TATA = (income from continuing operations_t - CFO_t)/TA_t. " +
      "M = -4.84 + 0.920 DSRI + 0.528 GMI + 0.404 AQI + 0.892 SGI + 0.115 DEPI - 0.172 SGAI + 4.679 TATA - 0.327 LVGI " +
      "(Beneish 1999). A zero denominator gives #N/A naming the index.",
    thresholds:
      `RED when M is above ${formatPlain(BENEISH_THRESHOLDS.red)}, the cut-off of the eight-variable model (Beneish 1999; ` +
      `Beneish, Lee and Nichols 2013); WATCH above ${formatPlain(BENEISH_THRESHOLDS.watch)}, the stricter screen often used ` +
      `in practice, as a grey zone; OK at or below ${formatPlain(BENEISH_THRESHOLDS.watch)}.`,
  },
  examples: [
    {
      args: [
        [3030, 10396],
        [40112, 100789],
        [34761, 94517],
        [7255, 30381],
        [10681, 11743],
        [33381, 65503],
        [565, 485],
        [3045, 3184],
        [6759, 28406],
        [7151, 8550],
        [0, 979],
        [0, 4779],
      ],
      expected: -0.5390004556169307,
      status: "RED",
      note:
        "Enron FY2000 against FY1999 ($M): DSRI 1.37, GMI 2.14, AQI 0.77, SGI 2.51, DEPI 1.27, SGAI 0.42, LVGI 1.35, " +
        "TATA -0.058: M = -0.54, RED. Only year t's income and cash flow enter M (FY1999's are given as 0).",
    },
  ],
  check(a) {
    const n = a.sales.length;
    for (const p of SERIES) {
      if (a[p].length !== n) fail(valueError(`sales has ${n} periods but ${p} has ${a[p].length}`));
    }
    if (a.securities && a.securities.length !== n) fail(valueError(`sales has ${n} periods but securities has ${a.securities.length}`));
    if (n < 2) fail(valueError("sales needs at least 2 periods: year t-1 and year t"));
  },
  measure(a) {
    const indices = indicesOf(a);
    return { value: mScore(indices), indices, periods: a.sales.length };
  },
  classify: (m): Status => (above(m.value, BENEISH_THRESHOLDS.red) ? "RED" : above(m.value, BENEISH_THRESHOLDS.watch) ? "WATCH" : "OK"),
  explain(m, a) {
    const n = m.periods;
    const margin = (k: number) => (a.sales[k] - a.cost_of_sales[k]) / a.sales[k];
    const figures: Figure[] = [
      { label: "Year t-1 (period)", value: n - 1 },
      { label: "Year t (period)", value: n },
      { label: "Gross margin, year t-1", value: margin(n - 2), kind: "share" },
      { label: "Gross margin, year t", value: margin(n - 1), kind: "share" },
    ];
    const x = m.indices;
    for (const i of BENEISH_INDICES) {
      figures.push({
        label: `${i.name}, ${i.meaning} (Beneish 1999 means: manipulators ${formatPlain(i.manipulators)}, others ${formatPlain(i.others)})`,
        value: x[i.name],
        kind: "score",
      });
    }
    const drivers = BENEISH_INDICES.flatMap((i) => {
      const v = x[i.name];
      return typeof v === "number" && v > i.manipulators ? [`${i.name} ${fmt(v)}`] : [];
    }).join(", ");
    const beyond = drivers ? ` Above the manipulators' mean: ${drivers}.` : " No index is above the manipulators' mean.";
    return {
      figures,
      reasons: (status, value) =>
        ({
          RED: `M = ${fmt(value)}, above ${formatPlain(BENEISH_THRESHOLDS.red)}: the year's changes resemble those of manipulators.${beyond}`,
          WATCH: `M = ${fmt(value)}, above ${formatPlain(BENEISH_THRESHOLDS.watch)} but not ${formatPlain(BENEISH_THRESHOLDS.red)}: a grey zone.${beyond}`,
          OK: `M = ${fmt(value)}, at or below ${formatPlain(BENEISH_THRESHOLDS.watch)}: the year's changes do not resemble manipulators'.${beyond}`,
        })[status],
    };
  },
});
