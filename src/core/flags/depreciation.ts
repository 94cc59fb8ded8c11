/**
 * Straight-line depreciation of hardware capex vintages, mid-year convention, shared by DEPCLIFF
 * (balance-sheet side) and DEPGAP (income-statement side), with the status rule both follow.
 *
 * Capex C_1..C_n, oldest first, one value per fiscal year, each year's capex taken as spent
 * evenly through the year. At the end of the latest year n the vintage of year k is
 *   a_k = n - k + 0.5 years old (the latest year's capex half a year).
 * For a life L:
 *   NBV_L = sum_k C_k x max(0, 1 - a_k / L)                                carrying value left
 *   D_L   = sum_k (C_k / L) x max(0, min(a_k, L) - max(a_k - 1, 0))        latest year's depreciation
 * (a vintage depreciates in the latest year over the part of its age span [a_k - 1, a_k] that
 * lies inside [0, L]: the latest vintage half a year, a vintage in its last year what is left).
 *
 * Coverage. Under the book life L_B a vintage still carries book value while a_k < L_B, so
 * ceil(L_B - 0.5) years of capex hold all of it (DEPCLIFF); it still depreciates in the latest
 * year while a_k - 1 < L_B, so ceil(L_B + 0.5) years hold all of that charge (DEPGAP). A series
 * shorter than that leaves out older hardware: earlier years missing = max(0, years needed - n).
 *
 * Status, for a value V and operating income OI of the latest year (optional):
 *   OI > 0      r = V / OI, banded per flag (RED / WATCH / OK);
 *   OI <= 0     RED when V > 0 (no profit to absorb it), else OK;
 *   no OI       s = V / (the book figure, 0 when that is 0): WATCH at or above a share, else OK,
 *               never RED: a share of the book figure alone is decided by the lives assumed.
 */
import { above, atLeast, type Bands, type Status } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/** Why DEPCLIFF and DEPGAP read fiscal years only. */
export const VINTAGES_ARE_YEARS =
  "Its capex vintages are fiscal years, aged in years against lives in years: quarters read as years would age the hardware four times too fast.";

export interface LifeSchedule {
  netBookValue: number;
  latestDepreciation: number;
}

export function straightLine(capex: readonly number[], life: number): LifeSchedule {
  const n = capex.length;
  let netBookValue = 0;
  let latestDepreciation = 0;
  for (let k = 0; k < n; k++) {
    const age = n - k - 0.5; // k is 0-based here: the latest vintage (k = n - 1) is half a year old
    netBookValue += capex[k] * Math.max(0, 1 - age / life);
    latestDepreciation += (capex[k] / life) * Math.max(0, Math.min(age, life) - Math.max(age - 1, 0));
  }
  return { netBookValue, latestDepreciation };
}

/** The two schedules DEPCLIFF and DEPGAP compare, the vintages' average age and how many there are. */
export interface LivesCompared {
  book: LifeSchedule;
  economic: LifeSchedule;
  age: number;
  vintages: number;
}

export function compareLives(a: { capex: readonly number[]; book_life: number; economic_life: number }): LivesCompared {
  return {
    book: straightLine(a.capex, a.book_life),
    economic: straightLine(a.capex, a.economic_life),
    age: averageAge(a.capex),
    vintages: a.capex.length,
  };
}

/** Capex-weighted average age of the vintages at the end of the latest year, a_k = n - k + 0.5 (0 when there is no capex). */
export function averageAge(capex: readonly number[]): number {
  const n = capex.length;
  let total = 0;
  let weighted = 0;
  capex.forEach((c, k) => {
    total += c;
    weighted += c * (n - k - 0.5);
  });
  return total === 0 ? 0 : weighted / total;
}

/** Years of capex that still carry book value under this life: the vintages with a_k < life. */
export function yearsCarried(life: number): number {
  return Math.max(0, Math.ceil(life - 0.5));
}

/** Years of capex that still depreciate in the latest year under this life: the vintages with a_k - 1 < life. */
export function yearsDepreciating(life: number): number {
  return Math.ceil(life + 0.5);
}

/** The thresholds of one depreciation flag: bands on r = V / OI, and the WATCH share without OI. */
export interface DepreciationThresholds {
  income: Bands;
  shareWatch: number;
}

/** The status rule of DEPCLIFF and DEPGAP (see the opening comment). */
export function classifyDepreciation(value: number, share: number, operatingIncome: number | undefined, t: DepreciationThresholds): Status {
  if (operatingIncome === undefined) return atLeast(share, t.shareWatch) ? "WATCH" : "OK";
  if (operatingIncome > 0) return t.income.classify(value / operatingIncome);
  return above(value, 0) ? "RED" : "OK";
}

/** The words of that rule, from the constants: `r` and `s` as each flag defines them. */
export function describeDepreciationThresholds(t: DepreciationThresholds, shareOf: string): string {
  return (
    `With operating income above 0, on r = value / operating income: ${t.income.describe(formatPercent)} With operating ` +
    "income of 0 or less: RED when the value is above 0 (there is no profit to absorb it), OK otherwise. Without " +
    `operating income, on s = value / ${shareOf}: WATCH at ${formatPercent(t.shareWatch)} or more, OK below; never RED, ` +
    "because a share of the book figures alone is decided by the two lives assumed far more than by the company."
  );
}

/** What a depreciation flag says around its verdict. */
export interface VerdictWords {
  /** What was found, e.g. "75 of 225 carrying value (33.3%) is already used up under ...". */
  finding: string;
  /** The sentence when there is nothing to flag (the value is 0 or less). */
  none: string;
  /** What s is a share of, e.g. "of carrying value". */
  shareOf: string;
  /** What a RED against operating income means. */
  redMeaning: string;
  /** Whether the status was held at WATCH from RED (DEPGAP, too few years of capex). */
  held: boolean;
}

/** The reason behind a status of DEPCLIFF or DEPGAP, by the rule above (before any coverage note). */
export function verdictText(status: Status, value: number, operatingIncome: number | undefined, t: DepreciationThresholds, w: VerdictWords): string {
  if (status === "OK" && !above(value, 0)) return w.none;
  if (operatingIncome === undefined) {
    const against = status === "WATCH" ? `that is ${formatPercent(t.shareWatch)} ${w.shareOf} or more` : `below ${formatPercent(t.shareWatch)} ${w.shareOf}`;
    return `${w.finding}; ${against}. Give operating income for a verdict: a share ${w.shareOf} alone is decided by the lives assumed, so it is never RED.`;
  }
  if (operatingIncome <= 0) return `${w.finding}, and operating income is ${formatAmount(operatingIncome)}: there is no profit to absorb it.`;
  const r = `${formatPercent(value / operatingIncome)} of operating income (${formatAmount(operatingIncome)})`;
  if (status === "RED") return `${w.finding}: ${r}, at or above ${formatPercent(t.income.red)}. ${w.redMeaning}`;
  if (status === "WATCH") return `${w.finding}: ${r}${w.held ? "" : `, at or above ${formatPercent(t.income.watch)}`}.`;
  return `${w.finding}: only ${r}, below ${formatPercent(t.income.watch)}.`;
}

/** The arguments a reason reads. */
export interface LivesArgs {
  book_life: number;
  economic_life: number;
  operating_income: number | undefined;
}

/** Detail rows: carrying value under each life. */
export function carryingFigures(l: LivesCompared) {
  return [
    { label: "Net book value, book life", value: l.book.netBookValue, kind: "amount" as const },
    { label: "Net book value, economic life", value: l.economic.netBookValue, kind: "amount" as const },
  ];
}

/** Detail rows: the latest year's depreciation under each life. */
export function chargeFigures(l: LivesCompared) {
  return [
    { label: "Latest-year depreciation, book life", value: l.book.latestDepreciation, kind: "amount" as const },
    { label: "Latest-year depreciation, economic life", value: l.economic.latestDepreciation, kind: "amount" as const },
  ];
}

/** Detail rows: the vintages' average age, how many years were given, and what that covers. */
export function vintageFigures(l: LivesCompared, coverage: string) {
  return [
    { label: "Average age of capex (years)", value: l.age },
    { label: "Years of capex given", value: l.vintages },
    { label: "Coverage", value: coverage },
  ];
}

/** The operating-income figures of the detail table (the same rows whether it is given or not). */
export function incomeFigures(operatingIncome: number | undefined, value: number) {
  const given = operatingIncome !== undefined;
  return [
    { label: "Operating income, latest year", value: given ? operatingIncome : "not given", kind: "amount" as const },
    {
      label: "Value / operating income (r)",
      value: !given ? "not given" : operatingIncome > 0 ? value / operatingIncome : "operating income is not positive",
      kind: "share" as const,
    },
  ];
}

/**
 * The worked example both flags show. Alphabet's purchases of property and equipment FY2016-FY2025
 * ($M, cash-flow statements of its 10-Ks) on a 6-year schedule give a FY2025 charge D_6 of 36,782,
 * against 21,136 of depreciation of property and equipment reported for FY2025: buildings, land
 * and fit-out in capex depreciate slowly or not at all. The hardware share that reconciles the two,
 * 21,136 / 36,782 = 0.5746, scales capex as `B5:K5*0.5746` would. Operating income FY2025: 129,039.
 */
const ALPHABET_CAPEX = [10212, 13184, 25139, 23548, 22281, 24640, 31485, 32251, 52535, 91447];
const ALPHABET_HARDWARE_SHARE = 0.5746;
export const ALPHABET_EXAMPLE = {
  capex: ALPHABET_CAPEX,
  hardwareShare: ALPHABET_HARDWARE_SHARE,
  hardwareCapex: ALPHABET_CAPEX.map((c) => c * ALPHABET_HARDWARE_SHARE),
  operatingIncome: 129039,
} as const;

const LIFE_RULE = { min: 0, max: 50, minExclusive: true } as const;

/** The arguments of DEPCLIFF and DEPGAP, defined once for both. */
export const depreciationParams = [
  param.series(
    "capex",
    "spend",
    "Hardware capex per year (one vintage a year), oldest first; sign ignored. Servers and network gear only, not buildings " +
      "or land: for total capex times a hardware share, pass e.g. B5:K5*0.6.",
  ),
  param.number("book_life", "years", "Useful life the accounts use, in years (0 to 50, fractions allowed), e.g. 6 for servers.", {
    rule: LIFE_RULE,
  }),
  param.number("economic_life", "years", "Life over which the hardware really earns its keep, in years (0 to 50), e.g. 3.", {
    rule: LIFE_RULE,
  }),
  param.maybeNumber(
    "operating_income",
    "money",
    "Operating income of the latest year, to weigh the value against profit; without it the status is at most WATCH.",
  ),
] as const;

export const depreciationMethod =
  "Straight line, mid-year convention: capex C_1..C_n, oldest first, each year's spent evenly through the year, so at the " +
  "end of the latest year the vintage of year k is a_k = n - k + 0.5 years old. For a life L, carrying value NBV_L = sum " +
  "of C_k x max(0, 1 - a_k / L), and the latest year's depreciation D_L = sum of (C_k / L) x max(0, min(a_k, L) - " +
  "max(a_k - 1, 0)).";

/** "a 6-year book life against a 3-year economic life" */
export function livesText(a: { book_life: number; economic_life: number }): string {
  return `a ${formatPlain(a.book_life)}-year book life against a ${formatPlain(a.economic_life)}-year economic life`;
}

/** "1 year" or "3 years" */
export function yearsText(k: number): string {
  return `${formatPlain(k)} year${k === 1 ? "" : "s"}`;
}
