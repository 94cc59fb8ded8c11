/**
 * The figure of one source of the mapping table (a concept, or a sum of concepts) for one
 * period, with its provenance:
 *
 * - fiscal year: the concept's annual fact ending on the year's end (10-K);
 * - quarter: the 10-Q's three-month fact; else, since 10-Qs give cash flows only year to date,
 *   Q2 = 6M - Q1 and Q3 = 9M - 6M; and Q4 = FY - 9M (no filing carries a fourth quarter). A
 *   difference is taken only between facts of the same concept and unit starting on the same day
 *   (the year's first), else the quarter is not derivable: never an estimate;
 * - balance: the fact at the period's end, never differenced.
 *
 * Of an item's sources, the one whose figure the latest filing gave wins (the first filing's, as
 * first reported), the table's order breaking ties; see restatement.ts.
 */
import type { SecProvenance } from "../../model/financials";
import type { QuarterDef, FiscalYearDef } from "./calendar";
import { interimKey, type FactIndex, type TagFacts } from "./facts";
import { byFilingDate, choose, restatement, type Basis, type Candidate, type Chosen } from "./restatement";
import { sourceTags, TAXONOMY, type TagSource } from "./tags";
import { grouped } from "./format";

export interface Resolved {
  value: number;
  /** The filing the kept figure (or the later part of a derived one) comes from. */
  kept: Candidate;
  /** What the first and the latest filing said for the period (a derived figure: what they make). */
  first: Candidate;
  last: Candidate;
  /** The provenance, built only for the source that wins (most lose, or have no figure). */
  describe: () => SecProvenance;
}

export type PeriodRef =
  | { kind: "annual"; year: FiscalYearDef }
  | { kind: "quarter"; year: FiscalYearDef; quarter: QuarterDef };

export interface ResolveContext {
  index: FactIndex;
  basis: Basis;
  /** The choice made for each set of candidates: a year-to-date fact serves several quarters. */
  chosen: Map<readonly Candidate[], Chosen>;
}

function pick(ctx: ResolveContext, tag: string, candidates: readonly Candidate[] | undefined, start: string | undefined, end: string): Resolved | null {
  if (!candidates || candidates.length === 0) return null;
  let chosen = ctx.chosen.get(candidates);
  if (!chosen) ctx.chosen.set(candidates, (chosen = choose(candidates, ctx.basis)));
  const { fact, rounded } = chosen;
  const describe = (): SecProvenance => {
    const provenance: SecProvenance = { source: "sec", tag: `${TAXONOMY}:${tag}`, unit: ctx.index.currency, form: fact.form, accn: fact.accn, filed: fact.filed, end };
    if (start) provenance.start = start;
    if (rounded) provenance.rounded = rounded;
    return provenance;
  };
  return { value: fact.val, kept: fact, first: chosen.first, last: chosen.last, describe };
}

/** The later of two filings. */
const later = (a: Candidate, b: Candidate) => (byFilingDate(b, a) > 0 ? b : a);

/** A figure made of others: its value, and the first and latest filings' versions of it. */
function combine(parts: readonly Resolved[], op: (a: number, b: number) => number): Omit<Resolved, "describe"> {
  let { value, kept, first, last } = parts[0];
  let firstVal = first.val;
  let lastVal = last.val;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    value = op(value, p.value);
    firstVal = op(firstVal, p.first.val);
    lastVal = op(lastVal, p.last.val);
    kept = later(kept, p.kept);
    first = later(first, p.first);
    last = later(last, p.last);
  }
  return { value, kept, first: { ...first, val: firstVal }, last: { ...last, val: lastVal } };
}

function annualFact(ctx: ResolveContext, tag: string, facts: TagFacts, year: FiscalYearDef): Resolved | null {
  if (!year.end) return null;
  const byStart = facts.annual.get(year.end);
  if (!byStart) return null;
  // The year's own start; a fact of the same end starting a few days apart is the same year.
  const start = byStart.has(year.start) ? year.start : byStart.keys().next().value!;
  return pick(ctx, tag, byStart.get(start), start, year.end);
}

/** Year-to-date fact from the year's first day to `end` (a 10-Q's), or the fiscal year's own. */
function toDate(ctx: ResolveContext, tag: string, facts: TagFacts, year: FiscalYearDef, end: string): Resolved | null {
  if (end === year.end) {
    const byStart = facts.annual.get(end);
    return pick(ctx, tag, byStart?.get(year.start), year.start, end);
  }
  return pick(ctx, tag, facts.interim.get(interimKey(year.start, end)), year.start, end);
}

const WHAT = ["", "Q1", "6M", "9M", "FY"];

/** later - earlier, saying how it was derived. */
function difference(quarter: QuarterDef, laterPart: Resolved, earlierPart: Resolved): Resolved {
  const describe = (): SecProvenance => {
    const n = quarter.quarter;
    const a = laterPart.describe();
    const b = earlierPart.describe();
    const derived =
      `Q${n} = ${WHAT[n]} - ${WHAT[n - 1]}: ${grouped(laterPart.value)} (${a.form} filed ${a.filed}) - ` +
      `${grouped(earlierPart.value)} (${b.form} filed ${b.filed}); same tag, unit and start`;
    const provenance: SecProvenance = { ...a, start: quarter.start, end: quarter.end, derived };
    delete provenance.rounded; // the later figure's rounding is not the quarter's
    return provenance;
  };
  return { ...combine([laterPart, earlierPart], (x, y) => x - y), describe };
}

function quarterFact(ctx: ResolveContext, tag: string, facts: TagFacts, year: FiscalYearDef, quarter: QuarterDef): Resolved | null {
  const direct = pick(ctx, tag, facts.interim.get(interimKey(quarter.start, quarter.end)), quarter.start, quarter.end);
  if (direct || quarter.quarter === 1) return direct;
  const later = toDate(ctx, tag, facts, year, quarter.end);
  if (!later) return null;
  const earlierEnd = year.quarterEnds[quarter.quarter - 2];
  const earlier = earlierEnd ? toDate(ctx, tag, facts, year, earlierEnd) : null;
  return earlier ? difference(quarter, later, earlier) : null;
}

function resolveTag(ctx: ResolveContext, tag: string, period: PeriodRef, balance: boolean): Resolved | null {
  const facts = ctx.index.tags.get(tag);
  if (!facts) return null;
  const end = period.kind === "annual" ? period.year.end : period.quarter.end;
  if (!end) return null;
  if (balance) return pick(ctx, tag, facts.atEnd.get(end), undefined, end);
  return period.kind === "annual" ? annualFact(ctx, tag, facts, period.year) : quarterFact(ctx, tag, facts, period.year, period.quarter);
}

/** A sum of concepts, each resolved as above; null unless every part has a figure. */
function resolveSum(ctx: ResolveContext, tags: readonly string[], period: PeriodRef, balance: boolean): Resolved | null {
  const parts: Resolved[] = [];
  for (const t of tags) {
    const r = resolveTag(ctx, t, period, balance);
    if (!r) return null;
    parts.push(r);
  }
  const combined = combine(parts, (x, y) => x + y);
  const describe = (): SecProvenance => {
    const described = parts.map((p) => p.describe());
    const latest = described.reduce((a, b) => (byFilingDate(b, a) > 0 ? b : a));
    const provenance: SecProvenance = {
      source: "sec",
      tag: described.map((p) => p.tag).join(" + "),
      unit: ctx.index.currency,
      form: latest.form,
      accn: latest.accn,
      filed: latest.filed,
      end: latest.end,
      derived: "sum of " + described.map((p, i) => `${p.tag} ${grouped(parts[i].value)}${p.derived ? ` (${p.derived})` : ""}`).join(" and "),
    };
    if (latest.start) provenance.start = latest.start;
    return provenance;
  };
  return { ...combined, describe };
}

function resolveSource(ctx: ResolveContext, source: TagSource, period: PeriodRef, balance: boolean): Resolved | null {
  const tags = sourceTags(source);
  return tags.length === 1 ? resolveTag(ctx, tags[0], period, balance) : resolveSum(ctx, tags, period, balance);
}

/**
 * An item's figure for a period: of the chain's sources that have one, the latest filing's (as
 * restated) or the first filing's (as first reported), the chain's order breaking ties; marked
 * restated against what any source first (or last) reported for the period.
 */
export function resolveItem(ctx: ResolveContext, sources: readonly TagSource[], period: PeriodRef, balance: boolean): { value: number; provenance: SecProvenance; source: number } | null {
  let winner: Resolved | null = null;
  let source = -1;
  let first: Candidate | null = null;
  let last: Candidate | null = null;
  const latestWins = ctx.basis === "as-restated";
  for (let i = 0; i < sources.length; i++) {
    const r = resolveSource(ctx, sources[i], period, balance);
    if (!r) continue;
    if (!winner || (latestWins ? byFilingDate(r.last, winner.last) > 0 : byFilingDate(r.first, winner.first) < 0)) [winner, source] = [r, i];
    if (!first || byFilingDate(r.first, first) < 0) first = r.first;
    if (!last || byFilingDate(r.last, last) > 0) last = r.last;
  }
  if (!winner) return null;
  const provenance = winner.describe();
  const restated = restatement(ctx.basis, winner.value, first!, last!);
  if (restated) provenance.restated = restated;
  return { value: winner.value, provenance, source };
}
