/**
 * One figure out of every filing that reported the same fact (same tag, unit, start and end),
 * and when a figure counts as restated.
 *
 * - Basis: "as-restated" (default) keeps the latest filing's figure; "as-first-reported" the
 *   first filing's. Filings are ordered by filing date, then accession number. The same rule
 *   chooses between the tags of an item's chain (resolve.ts): a company that re-tags a year in a
 *   later filing (Microsoft's FY2017 cost of revenue, restated for ASC 606 under a new tag)
 *   is read from that later filing, so that one year's figures come from one presentation.
 * - Re-rounding is not a restatement. A figure's precision is the last non-zero digit it shows
 *   (982,000,000: millions; 981,632,000: thousands), but coarser than millions only as far as
 *   three significant digits (22,000,000,000 is taken as $22.0 billion, not $22 billion: filings
 *   in millions give any amount to the million, notes give billions to the tenth). Two figures of different precision are the same figure re-rounded when the
 *   coarser is within one unit of its own precision of the finer (982,000,000 and 981,632,000;
 *   676,000,000 and 676,698,000, a truncation to make quarters add up). Then the more precise
 *   figure is kept whatever the basis, and the rounded one is named beside it (`rounded`).
 * - Any other difference is a restatement: the kept figure is marked with what was first
 *   reported and where (`restated`). Two figures of the same precision that differ (733 and 734
 *   million) are a restatement, however small.
 */
import type { SecProvenance } from "../../model/financials";

export type Basis = "as-restated" | "as-first-reported";

export interface Candidate {
  val: number;
  form: string;
  accn: string;
  filed: string;
}

export interface Chosen {
  /** The figure kept: the basis's filing, or a more precise one of the same figure. */
  fact: Candidate;
  /** The first and the latest filing's figures. */
  first: Candidate;
  last: Candidate;
  rounded?: { value: number; form: string; accn: string; filed: string };
}

/** The unit of the last digit a figure shows: millions at most, or more for three significant digits (see above). */
export function precisionOf(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return 1;
  if (!Number.isInteger(a)) {
    const decimals = /\.(\d+)$/.exec(String(a))?.[1].length ?? 0;
    return 10 ** -decimals;
  }
  const cap = Math.max(1e6, 10 ** (String(a).length - 3));
  let p = 1;
  while (p < cap && a % (p * 10) === 0) p *= 10;
  return p;
}

/** Whether two figures are one figure given at two precisions (see above). */
export function sameFigure(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const pa = precisionOf(a);
  const pb = precisionOf(b);
  if (pa === pb) return false;
  const [coarse, fine, unit] = pa > pb ? [a, b, pa] : [b, a, pb];
  return Math.abs(coarse - fine) < unit;
}

/** Negative when filing `a` came first. */
export function byFilingDate(a: { filed: string; accn: string }, b: { filed: string; accn: string }): number {
  return a.filed < b.filed ? -1 : a.filed > b.filed ? 1 : a.accn < b.accn ? -1 : a.accn > b.accn ? 1 : 0;
}

const where = (c: Candidate) => ({ form: c.form, accn: c.accn, filed: c.filed });

export function choose(candidates: readonly Candidate[], basis: Basis): Chosen {
  if (candidates.length === 1) return { fact: candidates[0], first: candidates[0], last: candidates[0] };
  const sorted = [...candidates].sort(byFilingDate);
  // Filings in the order the basis prefers them: the preferred one first.
  const preference = basis === "as-restated" ? [...sorted].reverse() : sorted;
  const primary = preference[0];

  let kept = primary;
  for (const c of preference) {
    if (c.val !== kept.val && sameFigure(c.val, primary.val) && precisionOf(c.val) < precisionOf(kept.val)) kept = c;
  }
  const chosen: Chosen = { fact: kept, first: sorted[0], last: sorted[sorted.length - 1] };
  const roundedOne = primary.val !== kept.val ? primary : preference.find((c) => c.val !== kept.val && sameFigure(c.val, kept.val));
  if (roundedOne) chosen.rounded = { value: roundedOne.val, ...where(roundedOne) };
  return chosen;
}

/**
 * The `restated` mark of a kept figure, given what was first and last reported for its period
 * (by any tag of the item's chain): as restated, the first-reported figure when it differs; as
 * first reported, the same first figure when a later filing changed it.
 */
export function restatement(basis: Basis, value: number, first: Candidate, last: Candidate): SecProvenance["restated"] {
  const changed = basis === "as-restated" ? !sameFigure(first.val, value) : !sameFigure(last.val, value);
  return changed ? { original: first.val, ...where(first) } : undefined;
}
