/**
 * DEPGAP: the depreciation cliff, income-statement side (DEPCLIFF is the balance-sheet side).
 * Depreciation model, coverage and status rule: depreciation.ts (mid-year convention).
 *
 *   value = D_economic - D_book          extra depreciation the latest year would carry
 *                                         (0 when the two agree to twelve digits)
 *   With operating income OI (latest year):
 *     OI > 0:  r = value / OI            RED if r >= 0.10, WATCH if r >= 0.05, OK otherwise
 *     OI <= 0:                           RED if value > 0, OK otherwise
 *   Without it:
 *     s = value / D_book                 (0 when D_book is 0) WATCH if s >= 0.2, OK otherwise; never RED
 *   With n < book_life + 0.5 years of capex (yearsDepreciating), hardware still depreciating under
 *   the book life is missing and the gap is overstated: the status is at most WATCH, and the reason
 *   names how many earlier years of capex are needed.
 *
 * While every vintage is younger than the economic life, s = book / economic - 1 whatever the
 * capex (100% for 6 years against 3): that is why s alone is never RED.
 * Detail: latest-year depreciation and NBV under each life, s, OI and r, average age, coverage.
 */
import { defineSeriesFlag } from "../framework/defineFlag";
import { difference, higherIsWorse, type Status } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import {
  ALPHABET_EXAMPLE as GOOG,
  carryingFigures,
  chargeFigures,
  classifyDepreciation,
  compareLives,
  depreciationMethod,
  depreciationParams,
  describeDepreciationThresholds,
  incomeFigures,
  livesText,
  VINTAGES_ARE_YEARS,
  verdictText,
  vintageFigures,
  yearsDepreciating,
  yearsText,
  type DepreciationThresholds,
  type LivesArgs,
} from "./depreciation";

export const DEPGAP_THRESHOLDS: DepreciationThresholds = { income: higherIsWorse(0.1, 0.05), shareWatch: 0.2 };
const T = DEPGAP_THRESHOLDS;

export const depGap = defineSeriesFlag({
  id: "DEPGAP",
  group: "depreciation",
  yearsOnly: VINTAGES_ARE_YEARS,
  valueKind: "amount",
  params: depreciationParams,
  words: {
    title: "Depreciation gap",
    valueLabel: "Extra depreciation this year under the economic life (D economic - D book)",
    summary:
      "How much more depreciation the latest year would carry if the hardware were written off over its economic life, " +
      "weighed against operating income.",
    why:
      "Depreciation is how capex reaches the income statement. Spreading GPU and server costs over 5 to 6 years when the " +
      "hardware is overtaken in two or three keeps each year's charge low and operating income high. The difference is " +
      "profit reported now and paid for later, by a write-down or by heavier charges when the accounts catch up; what " +
      "matters is how large it is against that profit.",
    watch:
      "The value against operating income: give it, since without it the function only compares the two lives you chose " +
      "(while every vintage is younger than the economic life the extra charge is exactly book / economic - 1 of the book " +
      "charge, 100% for 6 years against 3, whatever the company). Pass hardware only (servers, GPUs, network gear; not " +
      "buildings, land or fit-out), e.g. B5:K5*0.6 for a 60% hardware share of capex, and at least book life + 0.5 years " +
      "of capex (7 for a 6-year life), or the older hardware still depreciating in the books is missing and the gap is " +
      "overstated. Rising capex makes the gap grow: recent vintages weigh most.",
    optimism:
      "If older chips keep earning on inference and lighter workloads, their economic life really is close to the book " +
      "life and the gap is smaller than a short economic life suggests. Longer lives are a judgement, not a trick, when " +
      "the hardware does last.",
    method:
      `${depreciationMethod} Value = D_economic - D_book for the latest year. With operating income OI of the latest ` +
      "year above 0, r = value / OI. Without OI, s = value / D_book (0 when D_book is 0). Fewer than book life + 0.5 " +
      "years of capex leave out hardware still depreciating in the books, which makes the gap look larger: the status " +
      "is then at most WATCH.",
    thresholds:
      `${describeDepreciationThresholds(T, "D_book")} At ${formatPercent(T.income.red)} the economic charge would take ` +
      `a tenth of the year's operating income, enough to change how profitable the year looks; at ` +
      `${formatPercent(T.income.watch)}, a twentieth, worth a question. With fewer than book life + 0.5 years of capex ` +
      "the status is at most WATCH.",
  },
  examples: [
    {
      args: [GOOG.hardwareCapex, 6, 3, GOOG.operatingIncome],
      expected: (0.5746 * 71814.5) / 6,
      status: "WATCH",
      note:
        "Alphabet FY2016-FY2025 capex ($M) x its 0.5746 hardware share, 6-year books against a 3-year economic life: " +
        "21,135 booked, 28,012 economic, 6,877 more, 5.3% of FY2025 operating income (129,039): WATCH.",
    },
    {
      args: [GOOG.hardwareCapex, 6, 3],
      expected: (0.5746 * 71814.5) / 6,
      status: "WATCH",
      note: "The same without operating income: 32.5% of the book charge; WATCH at most, whatever the share.",
    },
    {
      args: [[100, 100, 100], 6, 3],
      expected: 250 / 6,
      status: "WATCH",
      note:
        "Three equal vintages, 6-year books, 3-year economics: 83.3 of depreciation against 41.7 booked, twice the " +
        "charge (6 / 3 - 1 = 100% whatever the capex); no operating income: WATCH.",
    },
    {
      args: [[100, 100, 100], 6, 3, 400],
      expected: 250 / 6,
      status: "WATCH",
      note:
        "The same against operating income of 400: 10.4%, RED on the ratio, held at WATCH because a 6-year life needs " +
        "7 years of capex and 3 are given (the gap is overstated).",
    },
  ],
  measure(a) {
    const lives = compareLives(a);
    const value = difference(lives.economic.latestDepreciation, lives.book.latestDepreciation);
    return {
      value,
      share: lives.book.latestDepreciation === 0 ? 0 : value / lives.book.latestDepreciation,
      needed: yearsDepreciating(a.book_life),
      ...lives,
    };
  },
  classify(m, a): Status {
    const status = classifyDepreciation(m.value, m.share, a.operating_income, T);
    return status === "RED" && m.vintages < m.needed ? "WATCH" : status;
  },
  explain(m, a) {
    const missing = Math.max(0, m.needed - m.vintages);
    const coverage =
      missing === 0
        ? `Complete: under the ${formatPlain(a.book_life)}-year book life the latest year depreciates ${yearsText(m.needed)} of capex, all given`
        : `Overstated: under the ${formatPlain(a.book_life)}-year book life the latest year depreciates ${yearsText(m.needed)} ` +
          `of capex; ${yearsText(missing)} before the first one given ${missing === 1 ? "is" : "are"} missing`;
    return {
      figures: [
        ...chargeFigures(m),
        { label: "Extra charge as a share of the book charge (s)", value: m.share, kind: "share" },
        ...incomeFigures(a.operating_income, m.value),
        ...carryingFigures(m),
        ...vintageFigures(m, coverage),
      ],
      reasons: (status) => gapReason(status, m, a, missing),
    };
  },
});

function gapReason(
  status: Status,
  m: { value: number; share: number; book: { latestDepreciation: number }; vintages: number; needed: number },
  a: LivesArgs,
  missing: number,
): string {
  const lives = livesText(a);
  const held = status === "WATCH" && classifyDepreciation(m.value, m.share, a.operating_income, T) === "RED";
  const verdict = verdictText(status, m.value, a.operating_income, T, {
    finding:
      `The latest year would carry ${formatAmount(m.value)} more depreciation than the ${formatAmount(m.book.latestDepreciation)} ` +
      `booked (${formatPercent(m.share)} of the book charge) under ${lives}`,
    none: `No gap: under ${lives} the economic life does not add to the latest year's charge (${formatAmount(m.value)}).`,
    shareOf: "of the book charge",
    redMeaning: "Reported profit leans on the longer life.",
    held,
  });
  const shortBy =
    missing === 0
      ? ""
      : ` Only ${yearsText(m.vintages)} of capex given: the ${formatPlain(a.book_life)}-year book life still depreciates ` +
        `${yearsText(m.needed)} of it, so ${yearsText(missing)} of earlier capex ${missing === 1 ? "is" : "are"} needed; ` +
        `without ${missing === 1 ? "it" : "them"} the gap is ${a.economic_life < a.book_life ? "overstated" : "incomplete"}` +
        (held ? ", and the status is held at WATCH instead of RED." : ".");
  return verdict + shortBy;
}
