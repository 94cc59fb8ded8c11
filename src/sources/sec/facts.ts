/**
 * One pass over the facts of the tags the mapping table reads (and nothing else of the document),
 * sorted into what the reader needs:
 *
 * - annual: durations of 350-380 days from a 10-K or 10-K/A, by end then start;
 * - interim: durations of 80-290 days (a quarter, six or nine months to date) from a 10-Q or 10-Q/A;
 * - at end: for items the vocabulary calls instants (balances), every fact ending on a date, from
 *   either kind of report: an XBRL instant, or a duration fact that measures an amount outstanding
 *   at its end (`CapitalExpendituresIncurredButNotYetPaid`).
 *
 * Facts from any other form (8-K, DEF 14A, S-1, 10-KT, 20-F...) never become a period's value.
 * Only the reporting currency's facts are read (the currency most of the table's facts use).
 */
import { LINE_ITEMS } from "../../model/lineItems";
import { spanDays } from "./dates";
import { SecDataError, type CompanyFactsDoc, type RawFact } from "./document";
import type { Candidate } from "./restatement";
import { SEC_ITEM_IDS, SEC_TAGS, sourceTags, TAXONOMY, type TagSource } from "./tags";

export const ANNUAL_FORMS: ReadonlySet<string> = new Set(["10-K", "10-K/A"]);
export const QUARTERLY_FORMS: ReadonlySet<string> = new Set(["10-Q", "10-Q/A"]);

export const ANNUAL_DAYS = { min: 350, max: 380 } as const;
export const QUARTER_DAYS = { min: 80, max: 100 } as const;
/** Six and nine months to date, as 10-Qs give cash flows. */
export const HALF_DAYS = { min: 170, max: 200 } as const;
export const NINE_MONTH_DAYS = { min: 260, max: 290 } as const;

export type TagMode = "duration" | "instant";

/** Whether each tag is read as a flow or a balance: the vocabulary's `period` of the item it feeds. */
export const TAG_MODES: ReadonlyMap<string, TagMode> = (() => {
  const modes = new Map<string, TagMode>();
  for (const id of SEC_ITEM_IDS) {
    for (const source of SEC_TAGS[id] as readonly TagSource[]) {
      for (const t of sourceTags(source)) {
        const mode = LINE_ITEMS[id].period;
        if (modes.get(t) && modes.get(t) !== mode) throw new Error(`${t} feeds both a flow and a balance item`);
        modes.set(t, mode);
      }
    }
  }
  return modes;
})();

export interface TagFacts {
  annual: Map<string, Map<string, Candidate[]>>;
  interim: Map<string, Candidate[]>;
  atEnd: Map<string, Candidate[]>;
  /** Facts read from 10-K and 10-Q filings, for the gap messages. */
  count: number;
}

export interface FactIndex {
  currency: string;
  tags: ReadonlyMap<string, TagFacts>;
  /** Annual periods seen (end -> start -> facts), the fiscal calendar's raw material. */
  annualPeriods: Map<string, Map<string, number>>;
  /** 10-Q durations of 80-290 days seen (start -> end -> facts). */
  interimPeriods: Map<string, Map<string, number>>;
  /** Per 10-K accession: the filing's own fiscal year (`fy`) and the end of its latest annual period. */
  annualFilings: Map<string, { fy: number | null; end: string }>;
  /** Forms of the facts skipped for not being 10-K or 10-Q (to say why a file gives no period). */
  otherForms: Set<string>;
}

export const interimKey = (start: string, end: string): string => `${start}|${end}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function bump<K1, K2>(map: Map<K1, Map<K2, number>>, k1: K1, k2: K2): void {
  let inner = map.get(k1);
  if (!inner) map.set(k1, (inner = new Map()));
  inner.set(k2, (inner.get(k2) ?? 0) + 1);
}

const within = (days: number, range: { min: number; max: number }) => days >= range.min && days <= range.max;

function badFact(tag: string, unit: string, i: number, what: string): SecDataError {
  return new SecDataError(`${TAXONOMY}:${tag}, ${unit} fact ${i + 1}: ${what}; the file is not companyfacts as SEC serves it`);
}

const DIGITS_OF_A_DATE = [0, 1, 2, 3, 5, 6, 8, 9];

/** yyyy-mm-dd, by character codes (a regular expression per fact costs more than the rest of the check). */
function isIsoDate(x: unknown): boolean {
  if (typeof x !== "string" || x.length !== 10 || x.charCodeAt(4) !== 45 || x.charCodeAt(7) !== 45) return false;
  for (const i of DIGITS_OF_A_DATE) {
    const c = x.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function checkFact(x: RawFact, tag: string, unit: string, i: number): void {
  if (typeof x !== "object" || x === null) throw badFact(tag, unit, i, "not an object");
  if (typeof x.val !== "number" || !Number.isFinite(x.val)) throw badFact(tag, unit, i, `"val" is not a number`);
  if (!isIsoDate(x.end)) throw badFact(tag, unit, i, `"end" is not a date`);
  if (x.start !== undefined && !isIsoDate(x.start)) throw badFact(tag, unit, i, `"start" is not a date`);
  if (typeof x.form !== "string" || typeof x.accn !== "string" || typeof x.filed !== "string") throw badFact(tag, unit, i, `"form", "accn" or "filed" is missing`);
}

function unitsOf(concepts: Record<string, CompanyFactsDoc["facts"][string][string]>, tag: string): Record<string, RawFact[]> | undefined {
  const concept = concepts[tag];
  if (concept === undefined) return undefined;
  if (typeof concept !== "object" || concept === null || typeof concept.units !== "object" || concept.units === null) {
    throw new SecDataError(`${TAXONOMY}:${tag} has no "units" object; the file is not companyfacts as SEC serves it`);
  }
  return concept.units;
}

/** The currency most of the table's facts are in (USD for a US filer). */
function reportingCurrency(concepts: CompanyFactsDoc["facts"][string]): string {
  const counts = new Map<string, number>();
  for (const tag of TAG_MODES.keys()) {
    const units = unitsOf(concepts, tag);
    if (!units) continue;
    for (const [unit, list] of Object.entries(units)) {
      if (/^[A-Z]{3}$/.test(unit) && Array.isArray(list)) counts.set(unit, (counts.get(unit) ?? 0) + list.length);
    }
  }
  let best = "USD";
  for (const [unit, n] of counts) if (n > (counts.get(best) ?? 0)) best = unit;
  return best;
}

export function indexFacts(doc: CompanyFactsDoc): FactIndex {
  const concepts = doc.facts[TAXONOMY];
  const currency = reportingCurrency(concepts);
  const index: FactIndex = { currency, tags: new Map(), annualPeriods: new Map(), interimPeriods: new Map(), annualFilings: new Map(), otherForms: new Set() };
  const tags = index.tags as Map<string, TagFacts>;

  for (const [tag, mode] of TAG_MODES) {
    const list = unitsOf(concepts, tag)?.[currency];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new SecDataError(`${TAXONOMY}:${tag}, ${currency}: the facts are not a list; the file is not companyfacts as SEC serves it`);
    const facts: TagFacts = { annual: new Map(), interim: new Map(), atEnd: new Map(), count: 0 };
    tags.set(tag, facts);
    for (let i = 0; i < list.length; i++) {
      const x = list[i];
      checkFact(x, tag, currency, i);
      const annualForm = ANNUAL_FORMS.has(x.form);
      if (!annualForm && !QUARTERLY_FORMS.has(x.form)) {
        index.otherForms.add(x.form);
        continue;
      }
      facts.count++;
      if (mode === "instant") push(facts.atEnd, x.end, x);
      if (x.start === undefined) continue;
      const days = spanDays(x.start, x.end);
      if (annualForm && within(days, ANNUAL_DAYS)) {
        if (mode === "duration") {
          let byStart = facts.annual.get(x.end);
          if (!byStart) facts.annual.set(x.end, (byStart = new Map()));
          push(byStart, x.start, x);
        }
        bump(index.annualPeriods, x.end, x.start);
        const filing = index.annualFilings.get(x.accn);
        if (!filing || filing.end < x.end) index.annualFilings.set(x.accn, { fy: typeof x.fy === "number" ? x.fy : null, end: x.end });
      } else if (!annualForm && days >= QUARTER_DAYS.min && days <= NINE_MONTH_DAYS.max) {
        if (mode === "duration") push(facts.interim, interimKey(x.start, x.end), x);
        bump(index.interimPeriods, x.start, x.end);
      }
    }
  }
  return index;
}
