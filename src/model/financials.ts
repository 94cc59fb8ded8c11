/**
 * `Financials`: one company's figures, whatever they came from (the embedded samples, a CSV, a
 * block of the analyst's sheet, SEC companyfacts). Every source fills it; the analysis, the
 * templates, the report and the screen read it. Plain data: no Office, DOM, React or network.
 *
 * - Periods are homogeneous (all fiscal years, or all quarters, or all trailing twelve months)
 *   and oldest first, so that a series flag can read a run of them.
 * - `items[id].values[k]` is the figure of period k, or null: missing is never zero. An item the
 *   source cannot carry at all is absent from `items` and may say why in `gaps`.
 * - Every figure keeps where it came from (`Provenance`).
 */
import type { LineItemId } from "./lineItems";

/** How money figures are expressed: "USD" in units of `scale` (1 = as filed, 1e6 = millions). */
export interface MoneyUnits {
  currency: string;
  /** Undefined when the source does not say (a sheet's block): figures are shown as given. */
  scale?: number;
}

export interface Company {
  name: string;
  ticker?: string;
  /** SEC Central Index Key, without leading zeros. */
  cik?: number;
  /** When the fiscal year ends, in words ("June 30", "last Sunday of January"). */
  fiscalYearEnd?: string;
}

export type PeriodKind = "annual" | "quarter" | "ttm" | "other";

export interface Period {
  /** As people read it: "FY2025", "Q4 FY2025", "TTM to 2025-12-31", or a sheet's own header. */
  label: string;
  kind: PeriodKind;
  /** The company's own fiscal-year label (NVIDIA's year ending 25 January 2026 is 2026). */
  fiscalYear?: number;
  /** 1-4 for a quarter of `fiscalYear`. */
  quarter?: number;
  /** ISO dates (yyyy-mm-dd), inclusive, where the source knows them. */
  start?: string;
  end?: string;
}

/** A figure read from an SEC filing's XBRL facts (companyfacts). */
export interface SecProvenance {
  source: "sec";
  /** "us-gaap:PaymentsToAcquireProductiveAssets". */
  tag: string;
  /** XBRL unit: "USD". */
  unit: string;
  form: string;
  /** Accession number of the filing: the filing's address on EDGAR. */
  accn: string;
  /** ISO date the filing was made. */
  filed: string;
  /** The fact's own dates. */
  start?: string;
  end: string;
  /** Set when a later filing changed the value: what was first reported, and where. */
  restated?: { original: number; form: string; accn: string; filed: string };
  /**
   * Set when another filing gave the same figure only more coarsely rounded (982,000,000 for
   * 981,632,000): the more precise figure is kept, and this is the rounded one, and where.
   */
  rounded?: { value: number; form: string; accn: string; filed: string };
  /** Set when the value was computed from other facts ("Q4 = FY - 9M (same tag, unit and start)"). */
  derived?: string;
}

/** A cell of the analyst's sheet. */
export interface CellProvenance {
  source: "cell";
  sheet: string;
  /** 0-based position on the sheet. */
  row: number;
  col: number;
  /** The number was read from text ("1,234", "(12)"): a formula reading the cell sees text. */
  fromText?: boolean;
}

/** A row and column of a CSV file. */
export interface CsvProvenance {
  source: "csv";
  file: string;
  /** 1-based line of the file, header included. */
  line: number;
  column: string;
}

/** The embedded sample dataset, with the filing it cites. */
export interface DatasetProvenance {
  source: "dataset";
  /** "Microsoft Form 10-K, fiscal year 2025". */
  reference: string;
  /** Set when the figure is a later restatement: what was first reported. */
  restated?: { original: number; note: string };
}

/** Computed by AIFLAG from other figures of the same period ("gross profit = revenue - cost of revenue"). */
export interface DerivedProvenance {
  source: "derived";
  formula: string;
}

/** Typed by the analyst (in the pane, or as a CLI option). */
export interface AnalystProvenance {
  source: "analyst";
  note?: string;
}

export type Provenance = SecProvenance | CellProvenance | CsvProvenance | DatasetProvenance | DerivedProvenance | AnalystProvenance;

export interface Fact {
  value: number;
  provenance: Provenance;
}

export interface LineSeries {
  /** How the source names the line ("Total revenues", "us-gaap:Revenues", "revenue"). */
  label: string;
  /** One entry per period of `Financials.periods`, oldest first; null = not known. */
  values: ReadonlyArray<Fact | null>;
  /** What a reader must know about this line (a tag switch, a stand-in). */
  notes?: readonly string[];
}

/** Successive capex guidance for one fiscal year, with the commitments reported alongside. */
export interface GuidanceRevision {
  /** ISO date of the announcement. */
  announced: string;
  /** Which results it was given with ("Q4 2024 results"). */
  givenWith: string;
  /** Guided capex (a range at its midpoint), in `Financials.units`. */
  guidance: number;
  /** Backlog or RPO at that date, in `Financials.units`; null where none was reported. */
  commitment: number | null;
}

export interface CapexGuidance {
  guidedFiscalYear: number;
  /** What `commitment` measures ("Google Cloud backlog"). */
  commitmentMeasure: string;
  revisions: readonly GuidanceRevision[];
  actualCapex?: number;
  source: string;
  notes: readonly string[];
}

/** What a filing discloses in words rather than line items. */
export interface Disclosures {
  /** The server book life the accounts use, with the sentence that supports it. */
  serverBookLife?: { years: number; basis: string };
  capexGuidance?: CapexGuidance;
}

export interface Financials {
  company: Company;
  /** Where the figures come from, as a sheet cites it. */
  source: string;
  units: MoneyUnits;
  /**
   * How many consecutive periods span a year: 1 for fiscal years, 4 for quarters and for
   * trailing twelve months taken every quarter; undefined when the source cannot tell.
   */
  periodsPerYear?: number;
  /** Oldest first, one kind. */
  periods: readonly Period[];
  items: Partial<Record<LineItemId, LineSeries>>;
  /** Why an item is absent ("not in SEC's standard-taxonomy data: Microsoft reports it under a company tag"). */
  gaps: Partial<Record<LineItemId, string>>;
  disclosures: Disclosures;
  /** What a reader must know before comparing these figures. */
  caveats: readonly string[];
}

/** The null object: no company, no periods. */
export const EMPTY_FINANCIALS: Financials = {
  company: { name: "" },
  source: "",
  units: { currency: "USD" },
  periods: [],
  items: {},
  gaps: {},
  disclosures: {},
  caveats: [],
};

/** The figure of `item` in period k, or null. */
export function factAt(f: Financials, item: LineItemId, k: number): Fact | null {
  return f.items[item]?.values[k] ?? null;
}

/** The values of `item`, one per period (null where unknown); undefined when the item is absent. */
export function valuesOf(f: Financials, item: LineItemId): Array<number | null> | undefined {
  const series = f.items[item];
  return series ? series.values.map((x) => (x === null ? null : x.value)) : undefined;
}

/** Index of the latest period in which `item` has a figure, or -1. */
export function latestIndex(f: Financials, item: LineItemId): number {
  const values = f.items[item]?.values ?? [];
  for (let k = values.length - 1; k >= 0; k--) if (values[k] !== null) return k;
  return -1;
}

/** Periods by their positions, consecutive ones as a range: "FY2008 to FY2025, FY2027". */
export function periodRuns(periods: readonly Period[], positions: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const k of positions) {
    const run = runs.at(-1);
    if (run && run[1] === k - 1) run[1] = k;
    else runs.push([k, k]);
  }
  const label = (k: number) => periods[k].label;
  return runs.map(([a, b]) => (a === b ? label(a) : b === a + 1 ? `${label(a)}, ${label(b)}` : `${label(a)} to ${label(b)}`)).join(", ");
}
