/**
 * The screen's result as one document: what was read, the ranked companies, what was skipped and
 * why, the flags shown as columns, and the notes a reader needs. Every output (the table, CSV,
 * JSON, the workbook) is a view of it. Deterministic: built from results sorted by CIK, never
 * from the order workers finished in.
 */
import type { Assumptions } from "../analysis";
import type { FunctionDefinition } from "../core/framework/definition";
import type { ValueKind } from "../core/format/valueKind";
import { REGISTRY } from "../core/registry";
import { screenNotes } from "./notes";
import { rankCompanies, type LeftOut, type RankedCompany, type Selection } from "./rank";
import type { FlagGap, ScreenedCompany, SkipReason, Skipped } from "./types";

export const SCREEN_SCHEMA_VERSION = "aiflag-screen/1";

export interface ScreenSettings extends Selection {
  /** The archive or folder, as given. */
  source: string;
  /** The fiscal year asked for; undefined for each company's latest. */
  fiscalYear?: number;
  assumptions: Assumptions;
  /** How many CIKs --ciks listed, when given. */
  cikList?: number;
}

export interface FlagColumn {
  id: string;
  title: string;
  valueLabel: string;
  valueKind: ValueKind | null;
  hasStatus: boolean;
  /** How many screened companies it was computed for (before --min-revenue and --top). */
  computedFor: number;
  /** Why it was not computed where it needs what companyfacts never holds (an estimate, an assumption); null otherwise. */
  needsAnalystInput: string | null;
}

export interface ScreenCounts {
  /** Entries (or files) read, --ciks filtering aside. */
  read: number;
  screened: number;
  listed: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Screened but not listed (--min-revenue, --top), by reason. */
  leftOut: LeftOut;
  /** Entries not read because --ciks does not list them. */
  notInCikList: number;
}

export interface ScreenReport {
  schema: typeof SCREEN_SCHEMA_VERSION;
  source: string;
  fiscalYear: number | "latest";
  assumptions: Assumptions;
  notes: string[];
  counts: ScreenCounts;
  /** Every flag of the registry that reads a company's figures, in registry order. */
  flags: FlagColumn[];
  companies: RankedCompany[];
  skipped: Skipped[];
}

const byCik = (a: { cik: number | null; entry: string }, b: { cik: number | null; entry: string }) =>
  (a.cik ?? Number.MAX_SAFE_INTEGER) - (b.cik ?? Number.MAX_SAFE_INTEGER) || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0);

const onlyAnalystInput = (g: FlagGap) => g.needsAnalystInput && g.missingFiling.length === 0;

function flagColumns(registry: readonly FunctionDefinition[], companies: readonly ScreenedCompany[]): FlagColumn[] {
  return registry
    .filter((def) => def.kind !== "utility")
    .map((def) => {
      const computedFor = companies.filter((c) => c.flags.some((f) => f.id === def.id)).length;
      const needs = companies.map((c) => c.notComputed.find((g) => g.id === def.id)).find((g): g is FlagGap => g !== undefined && onlyAnalystInput(g));
      return {
        id: def.id,
        title: def.words.title,
        valueLabel: def.words.valueLabel,
        valueKind: def.valueKind ?? null,
        hasStatus: def.hasStatus,
        computedFor,
        needsAnalystInput: needs?.reason ?? null,
      };
    });
}

/** A company as the document lists it: flags that need analyst input are said once, in `flags`, not per company. */
function listed(c: RankedCompany): RankedCompany {
  return { ...c, notComputed: c.notComputed.filter((g) => !onlyAnalystInput(g)) };
}

export function buildScreenReport(input: {
  settings: ScreenSettings;
  screened: readonly ScreenedCompany[];
  skipped: readonly Skipped[];
  read: number;
  notInCikList: number;
  registry?: readonly FunctionDefinition[];
}): ScreenReport {
  const { settings } = input;
  const screened = [...input.screened].sort(byCik);
  const skipped = [...input.skipped].sort(byCik);
  const { listed: ranked, leftOut } = rankCompanies(screened, settings);
  const counts: ScreenCounts = { read: input.read, screened: screened.length, listed: ranked.length, skipped: {}, leftOut, notInCikList: input.notInCikList };
  for (const s of skipped) counts.skipped[s.reason] = (counts.skipped[s.reason] ?? 0) + 1;
  const registry = input.registry ?? REGISTRY;
  return {
    schema: SCREEN_SCHEMA_VERSION,
    source: settings.source,
    fiscalYear: settings.fiscalYear ?? "latest",
    assumptions: settings.assumptions,
    notes: screenNotes(settings, registry),
    counts,
    flags: flagColumns(registry, screened),
    companies: ranked.map(listed),
    skipped,
  };
}

/** The flags shown as columns: those computed for at least one screened company. */
export function shownFlags(report: ScreenReport): FlagColumn[] {
  return report.flags.filter((f) => f.computedFor > 0);
}
