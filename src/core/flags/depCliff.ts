/**
 * DEPCLIFF: the depreciation cliff, balance-sheet side.
 *
 *   value = NBV_book - NBV_economic        carrying value the accounts hold but the economics used up
 *   s     = value / NBV_book               (0 when NBV_book is 0)
 *
 *   RED if s >= 0.25, WATCH if s >= 0.10, OK otherwise.
 * Detail: NBV and latest-year depreciation under each life, their difference, capex-weighted age.
 */
import { defineSeriesFlag } from "../framework/defineFlag";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { compareLives, depreciationMethod, depreciationParams } from "./depreciation";

export const DEPCLIFF_BANDS = higherIsWorse(0.25, 0.1);

export const depCliff = defineSeriesFlag({
  id: "DEPCLIFF",
  group: "depreciation",
  valueKind: "amount",
  params: depreciationParams,
  words: {
    title: "Depreciation cliff",
    valueLabel: "Book value the economics have used up (NBV book - NBV economic)",
    summary:
      "How much of the hardware's carrying value would already be gone if it were depreciated over its economic life.",
    why:
      "GPU clusters are depreciated over 5 to 6 years (several hyperscalers lengthened server lives from 4 to 6), yet two " +
      "chip generations make them uncompetitive sooner. Book value then overstates what the assets can still earn, returns " +
      "on those assets erode before any impairment is booked, and EBITDA hides it. The first wave of AI capex reaches the " +
      "middle of its book life in 2026-2027.",
    watch:
      "The share of book value at risk, useful-life changes in the accounting-policy note, impairments, and return on " +
      "assets (not EBITDA). Try economic lives of 2 to 4 years against the book life the filing states.",
    optimism:
      "Older GPUs can move to inference and cheaper workloads and keep earning for years; if they do, the economic life is " +
      "close to the book life and the gap closes.",
    method: `${depreciationMethod} Value = NBV_book - NBV_economic. Share s = value / NBV_book (0 when NBV_book is 0).`,
    thresholds:
      `On the share s: ${DEPCLIFF_BANDS.describe(formatPercent)} A quarter of carrying value with no economic life ` +
      "left is the size of write-down that moves returns on assets.",
  },
  examples: [
    {
      args: [[100, 100, 100], 6, 3],
      expected: 100,
      status: "RED",
      note: "Three equal vintages, 6-year books, 3-year economics: NBV 200 vs 100, half the book value at risk: RED.",
    },
  ],
  measure(a) {
    const lives = compareLives(a);
    const value = lives.book.netBookValue - lives.economic.netBookValue;
    const share = lives.book.netBookValue === 0 ? 0 : value / lives.book.netBookValue;
    return { value, share, ...lives };
  },
  classify: (m) => DEPCLIFF_BANDS.classify(m.share),
  explain(m, a) {
    const gap = `${formatAmount(m.value)} of ${formatAmount(m.book.netBookValue)} book value (${formatPercent(m.share)})`;
    const lives = `a ${formatPlain(a.book_life)}-year book life against a ${formatPlain(a.economic_life)}-year economic life`;
    return {
      figures: [
        { label: "Net book value, book life", value: m.book.netBookValue, kind: "amount" },
        { label: "Net book value, economic life", value: m.economic.netBookValue, kind: "amount" },
        { label: "Share of book value at risk", value: m.share, kind: "share" },
        { label: "Latest-year depreciation, book life", value: m.book.latestDepreciation, kind: "amount" },
        { label: "Latest-year depreciation, economic life", value: m.economic.latestDepreciation, kind: "amount" },
        { label: "Depreciation gap (economic - book)", value: m.economic.latestDepreciation - m.book.latestDepreciation, kind: "amount" },
        { label: "Average age of capex (years)", value: m.age },
      ],
      reasons: {
        RED: `${gap} has no economic life left under ${lives}: a write-down of that size would move returns.`,
        WATCH: `${gap} is carried beyond its economic life under ${lives}.`,
        OK: `Only ${gap} is carried beyond its economic life under ${lives}.`,
      },
    };
  },
});
