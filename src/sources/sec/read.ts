/**
 * `readCompanyFacts`: SEC companyfacts to AIFLAG's `Financials`, three ways: by fiscal year, by
 * quarter, and trailing twelve months taken every quarter. Every figure is as filed (USD, scale
 * 1, outflows positive as filed) and keeps its `SecProvenance`; missing stays null.
 */
import { LINE_ITEMS, type LineItemId } from "../../model/lineItems";
import type { Company, Financials, LineSeries, Period } from "../../model/financials";
import { padCik } from "./address";
import { fiscalCalendar, type FiscalCalendar } from "./calendar";
import type { Column } from "./column";
import { asCompanyFacts, SecDataError, type CompanyFactsDoc } from "./document";
import { indexFacts, type FactIndex } from "./facts";
import { resolveItem, type PeriodRef, type ResolveContext } from "./resolve";
import type { Basis } from "./restatement";
import { seriesNotes } from "./notes";
import { SEC_ITEM_IDS, SEC_TAGS, sourceName, sourceTags, type SecItemId, type TagSource } from "./tags";
import { trailingTwelveMonths } from "./ttm";

export interface ReadOptions {
  /** "as-restated" (default): the latest filing's figure; "as-first-reported": the first filing's. */
  basis?: Basis;
}

export interface SecCompany {
  company: Company;
  basis: Basis;
  annual: Financials;
  quarterly: Financials;
  ttm: Financials;
}

function periodRefs(calendar: FiscalCalendar): { annual: Array<{ ref: PeriodRef; period: Period }>; quarterly: Array<{ ref: PeriodRef; period: Period }> } {
  const annual: Array<{ ref: PeriodRef; period: Period }> = [];
  const quarterly: Array<{ ref: PeriodRef; period: Period }> = [];
  for (const year of calendar.years) {
    if (year.end) {
      annual.push({ ref: { kind: "annual", year }, period: { label: year.label, kind: "annual", fiscalYear: year.fiscalYear, start: year.start, end: year.end } });
    }
    for (const quarter of year.quarters) {
      quarterly.push({
        ref: { kind: "quarter", year, quarter },
        period: { label: `Q${quarter.quarter} ${year.label}`, kind: "quarter", fiscalYear: year.fiscalYear, quarter: quarter.quarter, start: quarter.start, end: quarter.end },
      });
    }
  }
  return { annual, quarterly };
}

function readColumn(ctx: ResolveContext, id: SecItemId, refs: ReadonlyArray<{ ref: PeriodRef }>): Column {
  const balance = LINE_ITEMS[id].period === "instant";
  const sources = SEC_TAGS[id] as readonly TagSource[];
  const names = sources.map(sourceName);
  const column: Column = { values: [], sources: [] };
  for (const { ref } of refs) {
    const r = resolveItem(ctx, sources, ref, balance);
    column.values.push(r ? { value: r.value, provenance: r.provenance } : null);
    column.sources.push(r ? names[r.source] : null);
  }
  return column;
}

/** Why an item has no figure in these periods. */
function gapReason(index: FactIndex, id: SecItemId, kind: string): string {
  const sources = SEC_TAGS[id] as readonly TagSource[];
  const filed = sources.filter((s) => sourceTags(s).every((t) => (index.tags.get(t)?.count ?? 0) > 0));
  if (filed.length === 0) {
    const names = sources.map(sourceName).join(", ");
    return `not in SEC's standard-taxonomy data: the company files none of ${names} in its 10-K and 10-Q facts (an item filed only under a company's own tag is not in companyfacts)`;
  }
  return `no ${kind} figure: the company files ${filed.map(sourceName).join(", ")} only for other periods (for example in its 10-K but not in its 10-Qs), and it cannot be derived for these`;
}

function financials(
  company: Company,
  doc: CompanyFactsDoc,
  index: FactIndex,
  basis: Basis,
  kind: "annual" | "quarterly" | "ttm",
  periods: readonly Period[],
  columns: Map<SecItemId, Column>,
): Financials {
  const items: Financials["items"] = {};
  const gaps: Financials["gaps"] = {};
  for (const id of SEC_ITEM_IDS) {
    const column = columns.get(id)!;
    if (column.values.every((v) => v === null)) {
      gaps[id] = gapReason(index, id, kind === "annual" ? "fiscal-year" : kind === "quarterly" ? "quarterly" : "trailing-twelve-month");
      continue;
    }
    const used = [...new Set(column.sources.filter((s): s is string => s !== null))];
    const notes = seriesNotes(periods, column.values, column.sources);
    const series: LineSeries = { label: used.join(" / "), values: column.values, ...(notes.length > 0 ? { notes } : {}) };
    items[id as LineItemId] = series;
  }
  const what = { annual: "fiscal years", quarterly: "quarters", ttm: "trailing twelve months, every quarter" }[kind];
  return {
    company,
    source: `SEC EDGAR companyfacts, CIK ${padCik(doc.cik)}: XBRL facts of 10-K and 10-Q filings, ${basis === "as-restated" ? "as restated" : "as first reported"}`,
    units: { currency: index.currency, scale: 1 },
    periodsPerYear: kind === "annual" ? 1 : 4,
    periods,
    items,
    gaps,
    disclosures: {},
    caveats: [
      `Figures as filed, in ${index.currency} (not millions), ${what}; periods come from each fact's own dates, and only 10-K and 10-Q facts are read (8-K, proxy and registration statements are not).`,
      basis === "as-restated"
        ? "As restated: each figure is the latest filing's; a figure a later filing changed keeps the first-reported one in its provenance (restated)."
        : "As first reported: each figure is the first filing's; a figure a later filing changed is marked (restated).",
      ...(kind === "annual" ? [] : ["Quarters no filing gives are derived from year-to-date figures (Q2 = 6M - Q1, Q3 = 9M - 6M, Q4 = FY - 9M), each saying so (derived)."]),
      "companyfacts holds the standard us-gaap taxonomy only: a line a company files under its own tag (msft:, amzn:) is missing, never estimated (see gaps).",
    ],
  };
}

interface Prepared {
  facts: CompanyFactsDoc;
  basis: Basis;
  index: FactIndex;
  company: Company;
  ctx: ResolveContext;
  refs: ReturnType<typeof periodRefs>;
}

/** The document checked and indexed, its fiscal calendar and the company; what every view starts from. */
function prepare(doc: unknown, options: ReadOptions): Prepared {
  const facts = asCompanyFacts(doc);
  const basis = options.basis ?? "as-restated";
  const index = indexFacts(facts);
  const calendar = fiscalCalendar(index);
  if (calendar.years.length === 0) {
    const others = [...index.otherForms].sort();
    throw new SecDataError(
      `${facts.entityName || `CIK ${facts.cik}`} has no 10-K or 10-Q figures of the items AIFLAG reads` +
        (others.length > 0 ? ` (its figures come from ${others.join(", ")}): AIFLAG reads 10-K and 10-Q filings only` : ""),
    );
  }
  const company: Company = { name: facts.entityName, cik: facts.cik, fiscalYearEnd: calendar.fiscalYearEnd };
  return { facts, basis, index, company, ctx: { index, basis, chosen: new Map() }, refs: periodRefs(calendar) };
}

function annualOf(p: Prepared, columns: Map<SecItemId, Column>): Financials {
  return financials(p.company, p.facts, p.index, p.basis, "annual", p.refs.annual.map((r) => r.period), columns);
}

function quarterlyOf(p: Prepared, columns: Map<SecItemId, Column>): Financials {
  return financials(p.company, p.facts, p.index, p.basis, "quarterly", p.refs.quarterly.map((r) => r.period), columns);
}

/** Every item's column over the given periods. */
const columnsOver = (p: Prepared, refs: ReadonlyArray<{ ref: PeriodRef }>) => new Map<SecItemId, Column>(SEC_ITEM_IDS.map((id) => [id, readColumn(p.ctx, id, refs)]));

/**
 * The company and its figures. `doc` is the parsed companyfacts JSON (see `parseCompanyFactsText`);
 * a document that is not companyfacts, or an IFRS filer's, throws a SecDataError with a plain message.
 */
export function readCompanyFacts(doc: unknown, options: ReadOptions = {}): SecCompany {
  const p = prepare(doc, options);
  const quarterColumns = columnsOver(p, p.refs.quarterly);
  const ttm = trailingTwelveMonths(p.refs.quarterly.map((r) => r.period), quarterColumns);
  return {
    company: p.company,
    basis: p.basis,
    annual: annualOf(p, columnsOver(p, p.refs.annual)),
    quarterly: quarterlyOf(p, quarterColumns),
    ttm: financials(p.company, p.facts, p.index, p.basis, "ttm", ttm.periods, ttm.columns),
  };
}

/**
 * The fiscal years alone, the same as `readCompanyFacts(doc, options).annual` (the choice of each
 * figure never depends on the quarters), without the work of quarters and trailing twelve months:
 * what the templates lay out.
 */
export function readAnnualFacts(doc: unknown, options: ReadOptions = {}): Financials {
  const p = prepare(doc, options);
  return annualOf(p, columnsOver(p, p.refs.annual));
}

export interface YearsAndQuarters {
  annual: Financials;
  /** How many quarters the file's figures hold (its fiscal calendar's), counted without reading them. */
  quarterCount: number;
  /** The quarters, the same as `readCompanyFacts`'s, when asked for. */
  quarterly?: Financials;
}

/**
 * The fiscal years, how many quarters the file holds and, when asked, the quarters themselves
 * (without trailing twelve months): what the taskpane's import offers. With the quarters the
 * read takes two to three times as long as the fiscal years alone (70 quarters against 18 years
 * for Microsoft; bench/sec.ts measures it), so they are read only when the analyst chooses them.
 */
export function readYearsAndQuarters(doc: unknown, options: ReadOptions & { quarters?: boolean } = {}): YearsAndQuarters {
  const p = prepare(doc, options);
  const annual = annualOf(p, columnsOver(p, p.refs.annual));
  const quarterCount = p.refs.quarterly.length;
  if (!options.quarters || quarterCount === 0) return { annual, quarterCount };
  return { annual, quarterCount, quarterly: quarterlyOf(p, columnsOver(p, p.refs.quarterly)) };
}
