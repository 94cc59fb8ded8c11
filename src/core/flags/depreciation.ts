/**
 * Straight-line depreciation of capex vintages, full-year convention, shared by DEPCLIFF
 * (balance-sheet side) and DEPGAP (income-statement side).
 *
 * The vintage of year k (1 = oldest) has age a_k = n - k + 1 at the end of the latest year n.
 *   NBV_L = sum_k capex_k * max(0, 1 - a_k / L)                        carrying value left
 *   D_L   = sum_k capex_k * (min(a_k, L) - min(a_k - 1, L)) / L        latest-year depreciation
 */
import { param } from "../params/spec";

export interface LifeSchedule {
  netBookValue: number;
  latestDepreciation: number;
}

export function straightLine(capex: readonly number[], life: number): LifeSchedule {
  const n = capex.length;
  let netBookValue = 0;
  let latestDepreciation = 0;
  for (let k = 0; k < n; k++) {
    const age = n - k;
    netBookValue += capex[k] * Math.max(0, 1 - age / life);
    latestDepreciation += (capex[k] * (Math.min(age, life) - Math.min(age - 1, life))) / life;
  }
  return { netBookValue, latestDepreciation };
}

/** The two schedules DEPCLIFF and DEPGAP compare, and the vintages' average age. */
export interface LivesCompared {
  book: LifeSchedule;
  economic: LifeSchedule;
  age: number;
}

export function compareLives(a: { capex: readonly number[]; book_life: number; economic_life: number }): LivesCompared {
  return { book: straightLine(a.capex, a.book_life), economic: straightLine(a.capex, a.economic_life), age: averageAge(a.capex) };
}

/** Capex-weighted average age of the vintages at the end of the latest year (0 when there is no capex). */
export function averageAge(capex: readonly number[]): number {
  const n = capex.length;
  let total = 0;
  let weighted = 0;
  capex.forEach((c, k) => {
    total += c;
    weighted += c * (n - k);
  });
  return total === 0 ? 0 : weighted / total;
}

const LIFE_RULE = { min: 0, max: 50, minExclusive: true } as const;

/** The arguments of DEPCLIFF and DEPGAP, defined once for both. */
export const depreciationParams = [
  param.series("capex", "spend", "Capital expenditure per year (one vintage a year), oldest first; sign ignored."),
  param.number("book_life", "years", "Useful life the accounts use, in years (0 to 50, fractions allowed), e.g. 6 for servers.", {
    rule: LIFE_RULE,
  }),
  param.number("economic_life", "years", "Life over which the hardware really earns its keep, in years (0 to 50), e.g. 3.", {
    rule: LIFE_RULE,
  }),
] as const;

export const depreciationMethod =
  "Straight line, full-year convention: the vintage of year k has age a_k = n - k + 1 at the end of the latest year n " +
  "and keeps max(0, 1 - a_k / L) of its cost. NBV_L = sum of capex_k x max(0, 1 - a_k / L). Latest-year depreciation " +
  "D_L = sum of capex_k x (min(a_k, L) - min(a_k - 1, L)) / L.";
