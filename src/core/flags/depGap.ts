/**
 * DEPGAP: the depreciation cliff, income-statement side (DEPCLIFF is the balance-sheet side).
 *
 *   value = D_economic - D_book            latest-year depreciation the accounts leave out
 *   s     = value / D_book                 (0 when D_book is 0)
 *
 *   RED if s >= 0.5, WATCH if s >= 0.2, OK otherwise.
 * Same inputs and depreciation rules as DEPCLIFF (see depreciation.ts).
 * Detail: latest-year depreciation and NBV under each life, the share, capex-weighted age.
 */
import { defineSeriesFlag } from "../framework/defineFlag";
import { higherIsWorse } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { compareLives, depreciationMethod, depreciationParams } from "./depreciation";

export const DEPGAP_BANDS = higherIsWorse(0.5, 0.2);

export const depGap = defineSeriesFlag({
  id: "DEPGAP",
  group: "depreciation",
  valueKind: "amount",
  params: depreciationParams,
  words: {
    title: "Depreciation gap",
    valueLabel: "Depreciation the accounts leave out this year (D economic - D book)",
    summary:
      "How much more depreciation the latest year would carry if the hardware were written off over its economic life.",
    why:
      "Depreciation is how capex reaches the income statement. Spreading GPU and server costs over 5 to 6 years when the " +
      "hardware is overtaken in two or three keeps each year's charge low and operating income high. The difference is " +
      "profit that is reported now and will be paid for later, by a write-down or by a heavier charge when the accounts " +
      "catch up.",
    watch:
      "The share of the book charge that is missing, next to operating income: a gap that is small against capex can still " +
      "be large against profit. Read the useful-life note in the accounting policies, and whether capex is still rising " +
      "(recent vintages make the gap grow).",
    optimism:
      "If older chips keep earning on inference and lighter workloads, their economic life really is close to the book " +
      "life and the gap is smaller than a short economic life suggests. Longer lives are a judgement, not a trick, when " +
      "the hardware does last.",
    method:
      `${depreciationMethod} Value = D_economic - D_book for the latest year. Share s = value / D_book (0 when D_book ` +
      "is 0).",
    thresholds:
      `On the share s: ${DEPGAP_BANDS.describe(formatPercent)} At ${formatPercent(DEPGAP_BANDS.red)} the year's ` +
      `economic charge is ${formatPlain(1 + DEPGAP_BANDS.red)} times the booked one, enough to change how profitable the ` +
      `year looks; at ${formatPercent(DEPGAP_BANDS.watch)} it is ${formatPlain(1 + DEPGAP_BANDS.watch)} times, worth a question.`,
  },
  examples: [
    {
      args: [[100, 100, 100], 6, 3],
      expected: 50,
      status: "RED",
      note: "Three equal vintages, 6-year books, 3-year economics: 100 of depreciation against 50 booked, twice the charge: RED.",
    },
  ],
  measure(a) {
    const lives = compareLives(a);
    const value = lives.economic.latestDepreciation - lives.book.latestDepreciation;
    const share = lives.book.latestDepreciation === 0 ? 0 : value / lives.book.latestDepreciation;
    return { value, share, ...lives };
  },
  classify: (m) => DEPGAP_BANDS.classify(m.share),
  explain(m, a) {
    const gap =
      `${formatAmount(m.value)} more depreciation than the ${formatAmount(m.book.latestDepreciation)} booked ` +
      `(${formatPercent(m.share)} of the book charge)`;
    const lives = `a ${formatPlain(a.economic_life)}-year economic life instead of ${formatPlain(a.book_life)} years`;
    return {
      figures: [
        { label: "Latest-year depreciation, book life", value: m.book.latestDepreciation, kind: "amount" },
        { label: "Latest-year depreciation, economic life", value: m.economic.latestDepreciation, kind: "amount" },
        { label: "Share of the book charge missing", value: m.share, kind: "share" },
        { label: "Net book value, book life", value: m.book.netBookValue, kind: "amount" },
        { label: "Net book value, economic life", value: m.economic.netBookValue, kind: "amount" },
        { label: "Average age of capex (years)", value: m.age },
      ],
      reasons: {
        RED: `The latest year would carry ${gap} under ${lives}: reported profit leans heavily on the longer life.`,
        WATCH: `The latest year would carry ${gap} under ${lives}.`,
        OK:
          m.value > 0
            ? `The latest year would carry only ${gap} under ${lives}.`
            : `The economic life does not add to the latest year's charge (${formatAmount(m.value)}).`,
      },
    };
  },
});
