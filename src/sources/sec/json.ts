/**
 * The `aiflag sec --json` document: every period (fiscal years, quarters, derived ones included,
 * trailing twelve months), each with its own dates, every figure as filed with where it came
 * from. Stable: fields are only ever added, and `schema` changes if one ever has to change
 * meaning. Documented in docs/sec.md; `SEC_JSON_SCHEMA` (jsonSchema.ts) is its JSON Schema.
 */
import type { Financials, SecProvenance } from "../../model/financials";
import type { SecCompany } from "./read";

export const SEC_JSON_SCHEMA_VERSION = "aiflag-sec/1";

export type SecJsonKind = "annual" | "quarter" | "ttm";

export interface SecJsonItem {
  /** As filed, in `currency` (not millions). */
  value: number;
  unit: string;
  /** "us-gaap:PaymentsToAcquireProductiveAssets"; "us-gaap:A + us-gaap:B" for a sum. */
  tag: string;
  form: string;
  accn: string;
  filed: string;
  /** True when a later filing changed the figure. */
  restated: boolean;
  /** The first-reported figure when restated, else null. */
  original: number | null;
  /** The rounded figure another filing gave, when the more precise one is kept; else null. */
  rounded: number | null;
  /** How the figure was computed (a derived quarter, a sum, a TTM), or null when filed as is. */
  derived: string | null;
}

export interface SecJsonPeriod {
  label: string;
  kind: SecJsonKind;
  fiscalYear: number;
  quarter: number | null;
  start: string;
  end: string;
  /** Every item the table reads for this kind of period; null where there is no figure. */
  items: Record<string, SecJsonItem | null>;
}

export interface SecJson {
  schema: typeof SEC_JSON_SCHEMA_VERSION;
  company: { name: string; cik: number; ticker: string | null; fiscalYearEnd: string };
  basis: SecCompany["basis"];
  source: string;
  currency: string;
  periods: SecJsonPeriod[];
  /** By kind of period, why an item has no figure at all. */
  gaps: Partial<Record<SecJsonKind, Record<string, string>>>;
  /** By kind of period, what a reader of an item's series must know. */
  notes: Partial<Record<SecJsonKind, Record<string, string[]>>>;
  caveats: string[];
}

function item(provenance: SecProvenance, value: number): SecJsonItem {
  return {
    value,
    unit: provenance.unit,
    tag: provenance.tag,
    form: provenance.form,
    accn: provenance.accn,
    filed: provenance.filed,
    restated: provenance.restated !== undefined,
    original: provenance.restated?.original ?? null,
    rounded: provenance.rounded?.value ?? null,
    derived: provenance.derived ?? null,
  };
}

function periodsOf(f: Financials, kind: SecJsonKind): SecJsonPeriod[] {
  const ids = Object.keys(f.items) as Array<keyof Financials["items"]>;
  return f.periods.map((p, k) => {
    const items: Record<string, SecJsonItem | null> = {};
    for (const id of ids) {
      const fact = f.items[id]!.values[k];
      items[id] = fact ? item(fact.provenance as SecProvenance, fact.value) : null;
    }
    return { label: p.label, kind, fiscalYear: p.fiscalYear!, quarter: p.quarter ?? null, start: p.start!, end: p.end!, items };
  });
}

const KINDS: ReadonlyArray<{ kind: SecJsonKind; of: (c: SecCompany) => Financials }> = [
  { kind: "annual", of: (c) => c.annual },
  { kind: "quarter", of: (c) => c.quarterly },
  { kind: "ttm", of: (c) => c.ttm },
];

/** The document for `kinds` of periods (all three by default), in that order, oldest first within each. */
export function secJson(company: SecCompany, kinds: readonly SecJsonKind[] = ["annual", "quarter", "ttm"], ticker?: string): SecJson {
  const chosen = KINDS.filter((k) => kinds.includes(k.kind));
  const gaps: SecJson["gaps"] = {};
  const notes: SecJson["notes"] = {};
  const caveats = new Set<string>();
  for (const { kind, of } of chosen) {
    const f = of(company);
    gaps[kind] = { ...(f.gaps as Record<string, string>) };
    const kindNotes: Record<string, string[]> = {};
    for (const [id, series] of Object.entries(f.items)) if (series?.notes) kindNotes[id] = [...series.notes];
    notes[kind] = kindNotes;
    for (const c of f.caveats) caveats.add(c);
  }
  return {
    schema: SEC_JSON_SCHEMA_VERSION,
    company: { name: company.company.name, cik: company.company.cik!, ticker: ticker ?? company.company.ticker ?? null, fiscalYearEnd: company.company.fiscalYearEnd ?? "unknown" },
    basis: company.basis,
    source: company.annual.source,
    currency: company.annual.units.currency,
    periods: chosen.flatMap(({ kind, of }) => periodsOf(of(company), kind)),
    gaps,
    notes,
    caveats: [...caveats],
  };
}
