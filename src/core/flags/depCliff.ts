/**
 * DEPCLIFF: the depreciation cliff, balance-sheet side (DEPGAP is the income-statement side).
 * Depreciation model, coverage and status rule: depreciation.ts (mid-year convention).
 *
 *   value = NBV_book - NBV_economic      carrying value already used up under the economic life
 *                                         (0 or less: no cliff; 0 when the two agree to twelve digits)
 *   With operating income OI (latest year):
 *     OI > 0:  r = value / OI            RED if r >= 0.5, WATCH if r >= 0.2, OK otherwise
 *     OI <= 0:                           RED if value > 0, OK otherwise
 *   Without it:
 *     s = value / NBV_book               (0 when NBV_book is 0) WATCH if s >= 0.25, OK otherwise; never RED
 *
 * With n < book_life - 0.5 years of capex, hardware still on the books is missing (yearsCarried):
 * the detail and the reason say so; with an economic life shorter than the book life the value
 * is then a lower bound.
 * Detail: NBV and latest-year depreciation under each life, s, OI and r, average age, coverage.
 */
import { defineSeriesFlag } from "../framework/defineFlag";
import { difference, higherIsWorse, type Status } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import {
  carryingFigures,
  chargeFigures,
  classifyDepreciation,
  compareLives,
  depreciationMethod,
  depreciationParams,
  describeDepreciationThresholds,
  incomeFigures,
  livesText,
  yearsCarried,
  VINTAGES_ARE_YEARS,
  verdictText,
  vintageFigures,
  yearsText,
  type DepreciationThresholds,
  type LivesArgs,
  ALPHABET_EXAMPLE as GOOG,
} from "./depreciation";

export const DEPCLIFF_THRESHOLDS: DepreciationThresholds = { income: higherIsWorse(0.5, 0.2), shareWatch: 0.25 };
const T = DEPCLIFF_THRESHOLDS;

export const depCliff = defineSeriesFlag({
  id: "DEPCLIFF",
  group: "depreciation",
  yearsOnly: VINTAGES_ARE_YEARS,
  valueKind: "amount",
  params: depreciationParams,
  words: {
    title: "Depreciation cliff",
    valueLabel: "Carrying value the economic life has used up (NBV book - NBV economic)",
    summary:
      "How much of the hardware's carrying value would already be written off if it were depreciated over its economic " +
      "life, weighed against operating income.",
    why:
      "GPU clusters and servers are depreciated over 5 to 6 years (Microsoft from fiscal 2023 and Alphabet from 2023 " +
      "lengthened server lives from 4 to 6 years, Amazon from 5 to 6 in 2024, Meta from 5 to 5.5 in 2025), yet two chip " +
      "generations make them " +
      "uncompetitive sooner. Book value then overstates what the hardware can still earn: returns on those assets erode " +
      "before any impairment is booked, and EBITDA does not show it. The carrying value the economic life has already " +
      "used up is what a write-down, or years of heavier charges, would take out of profit; the first wave of AI capex " +
      "reaches the middle of its book life in 2026-2027.",
    watch:
      "The value against operating income: give it, since without it the function only compares the two lives you chose " +
      "and every company with rising capex looks alike. Pass hardware only (servers, GPUs, network gear; not buildings, " +
      "land or fit-out), e.g. B5:K5*0.6 for a 60% hardware share of capex, and at least as many years of capex as the " +
      "book life (the detail says when older hardware is missing). Then read the useful-life note in the accounting " +
      "policies, impairments and return on assets, and try economic lives of 2 to 4 years.",
    optimism:
      "Older GPUs can move to inference and lighter workloads and keep earning for years; if they do, the economic life " +
      "is close to the book life and the cliff is small. Longer lives are a judgement, not a trick, when the hardware " +
      "does last, and a company with ample operating income can absorb a write-down.",
    method:
      `${depreciationMethod} Value = NBV_book - NBV_economic, the carrying value already used up under the economic ` +
      "life (0 or less: no cliff). With operating income OI of the latest year above 0, r = value / OI. Without OI, " +
      "s = value / NBV_book (0 when NBV_book is 0). Fewer than book life - 0.5 years of capex leave out hardware still " +
      "on the books: the value is then a lower bound (when the economic life is the shorter).",
    thresholds:
      `${describeDepreciationThresholds(T, "NBV_book")} Carrying value used up worth half a year's operating income ` +
      "is a write-down that would change the year; a fifth is worth a question.",
  },
  examples: [
    {
      args: [GOOG.hardwareCapex, 6, 3, GOOG.operatingIncome],
      expected: 31791.32515,
      status: "WATCH",
      note:
        "Alphabet FY2016-FY2025 capex ($M) x its 0.5746 hardware share, 6-year books against a 3-year economic life: " +
        "31,791 of 93,761 carrying value used up, 24.6% of FY2025 operating income (129,039): WATCH.",
    },
    {
      args: [GOOG.hardwareCapex, 6, 3],
      expected: 31791.32515,
      status: "WATCH",
      note: "The same without operating income: 33.9% of carrying value; WATCH at most, whatever the share.",
    },
    {
      args: [[100, 100, 100], 6, 3],
      expected: 75,
      status: "WATCH",
      note:
        "Three equal vintages, 6-year books, 3-year economics: NBV 225 against 150, a third of carrying value; no " +
        "operating income: WATCH. Three years of capex are short of the six a 6-year life carries: a lower bound.",
    },
    {
      args: [[100, 100, 100], 6, 3, 150],
      expected: 75,
      status: "RED",
      note: "The same against operating income of 150: half of it, RED.",
    },
  ],
  measure(a) {
    const lives = compareLives(a);
    const value = difference(lives.book.netBookValue, lives.economic.netBookValue);
    return {
      value,
      share: lives.book.netBookValue === 0 ? 0 : value / lives.book.netBookValue,
      carried: yearsCarried(a.book_life),
      ...lives,
    };
  },
  classify: (m, a) => classifyDepreciation(m.value, m.share, a.operating_income, T),
  explain(m, a) {
    const missing = Math.max(0, m.carried - m.vintages);
    const coverage =
      missing === 0
        ? `Complete: the ${formatPlain(a.book_life)}-year book life carries ${yearsText(m.carried)} of capex, all given`
        : `Lower bound: the ${formatPlain(a.book_life)}-year book life carries ${yearsText(m.carried)} of capex; ` +
          `${yearsText(missing)} before the first one given ${missing === 1 ? "is" : "are"} missing`;
    return {
      figures: [
        ...carryingFigures(m),
        { label: "Share of carrying value used up (s)", value: m.share, kind: "share" },
        ...incomeFigures(a.operating_income, m.value),
        ...chargeFigures(m),
        { label: "Depreciation gap (economic - book)", value: difference(m.economic.latestDepreciation, m.book.latestDepreciation), kind: "amount" },
        ...vintageFigures(m, coverage),
      ],
      reasons: (status) => cliffReason(status, m, a, missing),
    };
  },
});

function cliffReason(
  status: Status,
  m: { value: number; share: number; book: { netBookValue: number }; vintages: number },
  a: LivesArgs,
  missing: number,
): string {
  const lives = livesText(a);
  const verdict = verdictText(status, m.value, a.operating_income, T, {
    finding: `${formatAmount(m.value)} of ${formatAmount(m.book.netBookValue)} carrying value (${formatPercent(m.share)}) is already used up under ${lives}`,
    none: `No cliff: under ${lives} the economic life leaves at least as much carrying value as the books (${formatAmount(m.value)}).`,
    shareOf: "of carrying value",
    redMeaning: "A write-down of that size would change the year.",
    held: false,
  });
  const shortBy =
    missing === 0
      ? ""
      : ` Only ${yearsText(m.vintages)} of capex given: the ${formatPlain(a.book_life)}-year book life still carries ` +
        `${yearsText(missing)} of earlier capex` +
        (a.economic_life < a.book_life ? ", so the value is a lower bound." : ", left out here.");
  return verdict + shortBy;
}
