/**
 * FCFCONV: free-cash-flow conversion, element-wise (one result per period).
 *
 *   FCF   = CFO - |capex| - |finance_leases|     (finance-lease principal repaid; omitted = 0)
 *   value = FCF / NI                             (#N/A when net income NI <= 0)
 *
 *   RED below 0.5, WATCH below 0.8, OK otherwise.
 *
 * Split (detail): FCF / NI = (CFO / NI) x (FCF / CFO)
 *   q = CFO / NI     earnings quality: how much of profit arrives as operating cash
 *   f = FCF / CFO    what reinvestment (capex and lease principal) leaves of that cash
 * (q needs NI > 0, f needs CFO > 0; otherwise the detail says why.)
 *
 * Against the period before (detail, one row or one column of periods), the change in the value
 * splits exactly into the part each factor explains (the average of the two orderings):
 *   v_k - v_k-1 = (q_k - q_k-1) x (f_k + f_k-1) / 2  +  (f_k - f_k-1) x (q_k + q_k-1) / 2
 * and the larger part in size names what moved: CFO / NI (earnings quality: running costs,
 * working capital, tax) or FCF / CFO (reinvestment: the capex build). A 2-D block is not compared.
 */
import { naError, type CellError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import type { Figure } from "../framework/explanation";
import { lowerIsWorse } from "../framework/status";
import { formatAmount, formatMultiple } from "../format/numbers";
import { param } from "../params/spec";

export const FCFCONV_BANDS = lowerIsWorse(0.5, 0.8);

/** Labels of the rows that compare a period with the one before, the same in every column. */
export const FCF_SPLIT_LABELS = {
  change: "Conversion change vs previous period",
  quality: "Part from CFO / net income (earnings quality)",
  reinvestment: "Part from FCF / CFO (reinvestment)",
  verdict: "What moved (vs previous period)",
} as const;

export const FCF_SPLIT_VERDICTS = {
  qualityDown: "CFO / net income fell most: cash from operations fell behind profit (running costs, working capital, tax)",
  reinvestmentDown: "FCF / CFO fell most: capex and leases took more of operating cash (the build)",
  qualityUp: "CFO / net income rose most: more of profit arrived as operating cash",
  reinvestmentUp: "FCF / CFO rose most: capex and leases took less of operating cash",
  unchanged: "Unchanged",
  undefined: "Not split: net income and operating cash flow must be positive in both periods",
  first: "First period: nothing earlier to compare",
  block: "Not compared: give one row or one column of periods",
} as const;

function splitFigures(change: number | "", quality: number | "", reinvestment: number | "", verdict: string): Figure[] {
  return [
    { label: FCF_SPLIT_LABELS.change, value: change },
    { label: FCF_SPLIT_LABELS.quality, value: quality },
    { label: FCF_SPLIT_LABELS.reinvestment, value: reinvestment },
    { label: FCF_SPLIT_LABELS.verdict, value: verdict },
  ];
}

/** The verdict on a change split into its two parts (quality + reinvestment = the change). */
export function splitVerdict(quality: number, reinvestment: number): string {
  if (quality === 0 && reinvestment === 0) return FCF_SPLIT_VERDICTS.unchanged;
  const byQuality = Math.abs(quality) >= Math.abs(reinvestment);
  const part = byQuality ? quality : reinvestment;
  if (part < 0) return byQuality ? FCF_SPLIT_VERDICTS.qualityDown : FCF_SPLIT_VERDICTS.reinvestmentDown;
  return byQuality ? FCF_SPLIT_VERDICTS.qualityUp : FCF_SPLIT_VERDICTS.reinvestmentUp;
}

const undefinedRatio = (what: string, x: number): CellError => naError(`${what} is ${formatAmount(x)}: the split needs it positive`);

/**
 * The two factors of one period: q = CFO / NI (NI > 0) and f = FCF / CFO (CFO > 0), undefined
 * otherwise. Worked out for the detail only, so the value and status outputs never pay for them.
 */
function factorsOf(a: { operating_cash_flow: number; net_income: number }, fcf: number): { quality: number | undefined; kept: number | undefined } {
  return {
    quality: a.net_income > 0 ? a.operating_cash_flow / a.net_income : undefined,
    kept: a.operating_cash_flow > 0 ? fcf / a.operating_cash_flow : undefined,
  };
}

export const fcfConv = defineElementwiseFlag({
  id: "FCFCONV",
  group: "cash",
  valueKind: "multiple",
  params: [
    param.cells("operating_cash_flow", "money", "Cash flow from operations: a cell or a range, one value per period."),
    param.cells("capex", "spend", "Capital expenditure for the same periods (sign ignored: filings print it negative)."),
    param.cells("net_income", "money", "Net income for the same periods."),
    param.cells(
      "finance_leases",
      "spend",
      "Principal repaid on finance leases in the same periods, for hardware leased rather than bought (sign ignored; " +
        "omitted: 0).",
      { defaultValue: 0 },
    ),
  ],
  words: {
    title: "Free-cash-flow conversion",
    valueLabel: "FCF conversion (FCF / net income)",
    summary:
      "How much of each dollar of reported profit is left as free cash after paying for capex and finance-lease principal.",
    why:
      "Earnings can look healthy while capex absorbs the cash they are supposed to represent. Conversion that improves " +
      "while capex rises supports the view that AI infrastructure pays for itself; conversion that keeps compressing " +
      "deserves a closer look. It is the first signal to watch over the next 18 months: from FY2023 to FY2025 it " +
      "compressed at all four hyperscalers (Microsoft 0.82x, 0.84x, 0.70x; Alphabet 0.94x, 0.73x, 0.55x; Amazon 1.06x, " +
      "0.55x, 0.10x; Meta 1.13x, 0.87x, 0.76x).",
    watch:
      "Which factor moved: FCF / NI = (CFO / NI) x (FCF / CFO), split period by period in the detail table. Compression " +
      "with CFO / NI stable is the capex build (reinvestment taking more of the cash), which capacity coming on line can " +
      "reverse; only a falling CFO / NI, or a falling CFO margin (CFO / revenue), points to AI turning into a running " +
      "cost. Give finance-lease principal for companies that lease hardware (CFO - capex alone then overstates free " +
      "cash flow; Meta's own free cash flow subtracts it), and watch one-off tax or working-capital swings.",
    optimism:
      "Capex comes in waves: conversion dips while capacity is built ahead of demand and recovers as the capacity fills " +
      "and depreciation catches up with spending. A compression carried by FCF / CFO with CFO / NI steady is that wave, " +
      "not a sign that the business has become more expensive to run.",
    method:
      "FCF = CFO - |capex| - |finance-lease principal| (omitted: 0). Value = FCF / net income, for each period; net " +
      "income of zero or less gives #N/A. The detail splits the value as (CFO / NI) x (FCF / CFO) and, for each period " +
      "after the first, splits the change from the period before exactly into a part from each factor: " +
      "(q_k - q_k-1) x (f_k + f_k-1) / 2 from q = CFO / NI and (f_k - f_k-1) x (q_k + q_k-1) / 2 from f = FCF / CFO; " +
      "the larger part in size names what moved. Periods must be one row or one column, oldest first, for the comparison.",
    thresholds:
      `${FCFCONV_BANDS.describe(formatMultiple)} Below 0.8x a fifth of profit is not turning into free cash; below 0.5x, ` +
      "more than half is not.",
  },
  examples: [
    {
      args: [136162, -64551, 101832, -2283],
      expected: (136162 - 64551 - 2283) / 101832,
      status: "WATCH",
      note: "Microsoft FY2025 ($M): CFO 136,162 - capex 64,551 - finance-lease principal 2,283 = 69,328 on net income of 101,832: 0.68x, WATCH.",
    },
    {
      args: [136162, -64551, 101832],
      expected: 71611 / 101832,
      status: "WATCH",
      note: "The same without finance leases: FCF of 71,611, 0.70x, WATCH.",
    },
    {
      args: [
        [87582, 118548, 136162],
        [28107, 44477, 64551],
        [72361, 88136, 101832],
      ],
      expected: 59475 / 72361,
      status: "OK",
      note:
        "Microsoft FY2023-FY2025 ($M), a row per argument, spills 0.82x (OK), 0.84x (OK), 0.70x (WATCH); the detail " +
        "shows CFO / NI at 1.21, 1.35, 1.34 while FCF / CFO fell from 0.68 to 0.53: the build, not running costs.",
    },
    {
      args: [
        [84946, 115877, 139514],
        [52729, 82999, 131819],
        [30425, 59248, 77670],
      ],
      expected: 32217 / 30425,
      status: "OK",
      note: "Amazon FY2023-FY2025 ($M): 1.06x (OK), 0.55x (WATCH), 0.10x (RED).",
    },
  ],
  measure(a) {
    const fcf = a.operating_cash_flow - a.capex - a.finance_leases;
    return {
      fcf,
      value: a.net_income > 0 ? fcf / a.net_income : naError(`net income is ${formatAmount(a.net_income)}: conversion is undefined unless it is positive`),
    };
  },
  classify: (m) => FCFCONV_BANDS.classify(m.value),
  explain(m, a) {
    const { quality, kept } = factorsOf(a, m.fcf);
    return {
      figures: [
        { label: "Operating cash flow", value: a.operating_cash_flow, kind: "amount" },
        { label: "Capex", value: a.capex, kind: "amount" },
        { label: "Finance-lease principal", value: a.finance_leases, kind: "amount" },
        { label: "Free cash flow (CFO - |capex| - |finance leases|)", value: m.fcf, kind: "amount" },
        { label: "Net income", value: a.net_income, kind: "amount" },
        { label: "CFO / net income (earnings quality)", value: quality ?? undefinedRatio("net income", a.net_income) },
        { label: "FCF / CFO (left after reinvestment)", value: kept ?? undefinedRatio("operating cash flow", a.operating_cash_flow) },
      ],
      reasons(status, value) {
        const cover = `Free cash flow of ${formatAmount(m.fcf)} is ${formatMultiple(value)} of net income (${formatAmount(a.net_income)})`;
        const split =
          quality !== undefined && kept !== undefined
            ? `: ${formatMultiple(quality)} of it arrives as operating cash and ${formatMultiple(kept)} of that is left after reinvestment`
            : "";
        return {
          RED: `${cover}${split}; below ${formatMultiple(FCFCONV_BANDS.red)}, most profit is not turning into free cash.`,
          WATCH: `${cover}${split}; below ${formatMultiple(FCFCONV_BANDS.watch)}, part of the profit is not turning into free cash.`,
          OK: `${cover}${split}; at least ${formatMultiple(FCFCONV_BANDS.watch)}, profit is turning into free cash.`,
        }[status];
      },
    };
  },
  relate(elements, shape) {
    if (shape.rows > 1 && shape.cols > 1) return elements.map(() => splitFigures("", "", "", FCF_SPLIT_VERDICTS.block));
    return elements.map((e, k) => {
      if (k === 0) return splitFigures("", "", "", FCF_SPLIT_VERDICTS.first);
      const previous = elements[k - 1];
      const before = factorsOf(previous.a, previous.m.fcf);
      const now = factorsOf(e.a, e.m.fcf);
      if (now.quality === undefined || now.kept === undefined || before.quality === undefined || before.kept === undefined) {
        return splitFigures("", "", "", FCF_SPLIT_VERDICTS.undefined);
      }
      const quality = ((now.quality - before.quality) * (now.kept + before.kept)) / 2;
      const reinvestment = ((now.kept - before.kept) * (now.quality + before.quality)) / 2;
      // Both values are numbers here: a quality ratio exists only where net income is positive.
      const change = (e.m.value as number) - (previous.m.value as number);
      return splitFigures(change, quality, reinvestment, splitVerdict(quality, reinvestment));
    });
  },
});
