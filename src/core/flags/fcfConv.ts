/**
 * FCFCONV: free-cash-flow conversion, element-wise (one result per period).
 *
 *   FCF   = CFO - |capex|
 *   value = FCF / net income          (#N/A when net income <= 0)
 *
 *   RED below 0.5, WATCH below 0.8, OK otherwise.
 */
import { naError } from "../cells/errors";
import { defineElementwiseFlag } from "../framework/defineElementwiseFlag";
import { lowerIsWorse } from "../framework/status";
import { formatAmount, formatMultiple } from "../format/numbers";
import { param } from "../params/spec";

export const FCFCONV_BANDS = lowerIsWorse(0.5, 0.8);

export const fcfConv = defineElementwiseFlag({
  id: "FCFCONV",
  group: "cash",
  valueKind: "multiple",
  params: [
    param.cells("operating_cash_flow", "money", "Cash flow from operations: a cell or a range, one value per period."),
    param.cells("capex", "spend", "Capital expenditure for the same periods (sign ignored: filings print it negative)."),
    param.cells("net_income", "money", "Net income for the same periods."),
  ],
  words: {
    title: "Free-cash-flow conversion",
    valueLabel: "FCF conversion (FCF / net income)",
    summary: "How much of each dollar of reported profit is left as free cash after paying for capex.",
    why:
      "Earnings can look healthy while capex absorbs the cash they are supposed to represent. Conversion that improves while " +
      "capex rises supports the view that AI infrastructure pays for itself; conversion that keeps compressing supports the " +
      "view that AI is turning into a permanent running cost. It is the first signal to watch over the next 18 months.",
    watch:
      "The trend across periods more than any single year; whether capex includes finance leases (this function uses the " +
      "capex you give it, CFO - |capex|, which differs from company-defined free cash flow); one-off tax or working-capital swings.",
    optimism:
      "Capex comes in waves: conversion dips while capacity is built ahead of demand and recovers as the capacity fills and " +
      "depreciation catches up with spending.",
    method: "FCF = CFO - |capex|. Value = FCF / net income, for each period. Net income of zero or less gives #N/A.",
    thresholds:
      `${FCFCONV_BANDS.describe(formatMultiple)} Below 0.8x a fifth of profit is not turning into cash; below 0.5x, ` +
      "more than half is not.",
  },
  examples: [
    {
      args: [136162, -64551, 101832],
      expected: 71611 / 101832,
      status: "WATCH",
      note: "Microsoft FY2025 ($M): FCF of 71,611 on net income of 101,832: 0.70x, WATCH.",
    },
  ],
  measure(a) {
    const fcf = a.operating_cash_flow - a.capex;
    const value =
      a.net_income > 0 ? fcf / a.net_income : naError(`net income is ${formatAmount(a.net_income)}: conversion is undefined unless it is positive`);
    return { fcf, value };
  },
  classify: (m) => FCFCONV_BANDS.classify(m.value),
  explain(m, a) {
    return {
      figures: [
        { label: "Operating cash flow", value: a.operating_cash_flow, kind: "amount" },
        { label: "Capex", value: a.capex, kind: "amount" },
        { label: "Free cash flow (CFO - |capex|)", value: m.fcf, kind: "amount" },
        { label: "Net income", value: a.net_income, kind: "amount" },
      ],
      reasons(status, value) {
        const cover = `Free cash flow of ${formatAmount(m.fcf)} is ${formatMultiple(value)} of net income (${formatAmount(a.net_income)})`;
        return {
          RED: `${cover}: below ${formatMultiple(FCFCONV_BANDS.red)}, most profit is not turning into cash.`,
          WATCH: `${cover}: below ${formatMultiple(FCFCONV_BANDS.watch)}, part of the profit is not turning into cash.`,
          OK: `${cover}: at least ${formatMultiple(FCFCONV_BANDS.watch)}, profit is turning into cash.`,
        }[status];
      },
    };
  },
});
