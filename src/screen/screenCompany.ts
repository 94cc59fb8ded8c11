/**
 * One company through the screen: every flag of the registry its figures allow for one fiscal
 * year (`analyseFinancials`, the same analysis as `aiflag report` and "Analyse selection"), the
 * FCF-conversion trend, and SCORE over the statuses computed. Pure: figures in, plain data out.
 *
 * A flag counts for the year only if it reads that year. The analysis reads the latest period its
 * inputs allow, so a company whose capex stops in FY2021 would get a FY2021 FCFCONV in a FY2025
 * screen; here that flag is "not computed" instead, with the items the year lacks, so that every
 * status in a row describes the same year and companies compare like with like.
 */
import { analyseFinancials, type Assumptions, type ComputedFlag, type FlagResult } from "../analysis";
import { withDerivedItems } from "../model/derived";
import { isCellError } from "../core/cells/errors";
import type { CellOutput } from "../core/cells/values";
import type { FunctionDefinition } from "../core/framework/definition";
import { STATUSES, type Status } from "../core/framework/status";
import { REGISTRY } from "../core/registry";
import type { Financials } from "../model/financials";
import { screenedIndex, throughPeriod } from "./fiscalYear";
import { lackingAt, readsPeriod } from "./reads";
import { scoreOf } from "./score";
import { fcfTrend, TREND_YEARS } from "./trend";
import type { FlagCell, FlagGap, ScreenedCompany } from "./types";

export interface ScreenOptions {
  /** The fiscal year to screen (the company's label); the latest by default. */
  fiscalYear?: number | undefined;
  /** Parameter values for every company ({ economic_life: 3 }), as `analyseFinancials` takes them. */
  assumptions?: Assumptions;
  /** The catalogue; the core's registry by default. */
  registry?: readonly FunctionDefinition[];
  /** The archive entry the figures came from, carried into the result. */
  entry?: string;
}

export type ScreenOutcome =
  | { ok: true; company: ScreenedCompany }
  | { ok: false; reason: "no annual periods" | "no such fiscal year"; detail: string };

/** Money in millions of the currency, whatever scale the source used. */
export function inMillions(value: number, f: Financials): number {
  return (value * (f.units.scale ?? 1)) / 1e6;
}

function statusOf(x: CellOutput | undefined): Status | null {
  return typeof x === "string" ? (STATUSES.find((s) => s === x) ?? null) : null;
}

function cellOf(def: FunctionDefinition | undefined, flag: ComputedFlag, f: Financials): FlagCell {
  const base = { id: flag.id, period: flag.period };
  if (isCellError(flag.value)) return { ...base, value: null, status: null, error: `${flag.value.code}: ${flag.value.message}` };
  if (typeof flag.value !== "number") return { ...base, value: null, status: null, error: `not a number: ${flag.value}` };
  const value = def?.valueKind === "amount" ? inMillions(flag.value, f) : flag.value;
  return { ...base, value, status: statusOf(flag.status) };
}

function gapOf(flag: FlagResult, f: Financials, k: number): FlagGap {
  if (flag.state === "computed") {
    const lacking = lackingAt(flag, f, k);
    return {
      id: flag.id,
      reason: `${flag.id} reads ${flag.period}: ${f.periods[k].label} lacks ${lacking.length > 0 ? lacking.join(", ") : "some of its inputs"}`,
      missingFiling: lacking,
      needsAnalystInput: false,
    };
  }
  const missingFiling = flag.missing.filter((m) => m.itemKind === "filing").map((m) => m.label);
  const needsAnalystInput = flag.missing.some((m) => m.itemKind !== "filing");
  return { id: flag.id, reason: flag.message, missingFiling, needsAnalystInput };
}

export function screenCompany(annual: Financials, options: ScreenOptions = {}): ScreenOutcome {
  const name = annual.company.name || `CIK ${annual.company.cik ?? "unknown"}`;
  if (annual.periods.length === 0) return { ok: false, reason: "no annual periods", detail: `${name} has no fiscal year in its 10-K figures` };
  const k = screenedIndex(annual, options.fiscalYear);
  if (k < 0) {
    const labels = annual.periods.map((p) => p.label);
    return { ok: false, reason: "no such fiscal year", detail: `${name} has no FY${options.fiscalYear} (its fiscal years: ${labels[0]} to ${labels[labels.length - 1]})` };
  }
  const registry = options.registry ?? REGISTRY;
  const assumptions = options.assumptions ?? {};
  // With the derived lines (invested capital, working capital...) in place, so that the facts a
  // flag read can be told apart by period (`readsPeriod`); the analysis keeps lines already held.
  const f = withDerivedItems(throughPeriod(annual, k));
  const { flags } = analyseFinancials(f, { registry, assumptions });
  const defs = new Map(registry.map((d) => [d.id, d]));

  const cells: FlagCell[] = [];
  const gaps: FlagGap[] = [];
  for (const flag of flags) {
    if (flag.state === "computed" && readsPeriod(flag, f, k)) cells.push(cellOf(defs.get(flag.id), flag, f));
    else gaps.push(gapOf(flag, f, k));
  }
  const statuses = cells.flatMap((c) => (c.status === null ? [] : [c.status]));
  const period = f.periods[k];
  const revenue = f.items.revenue?.values[k] ?? null;
  return {
    ok: true,
    company: {
      entry: options.entry ?? "",
      name: annual.company.name,
      cik: annual.company.cik ?? 0,
      fiscalYearLabel: period.label,
      fiscalYear: period.fiscalYear ?? Number((period.end ?? "0").slice(0, 4)),
      fiscalYearEnd: period.end ?? "",
      currency: annual.units.currency,
      revenueMillions: revenue === null ? null : inMillions(revenue.value, f),
      flags: cells,
      notComputed: gaps,
      score: scoreOf(registry, statuses),
      scored: statuses.length,
      missingInputs: [...new Set(gaps.flatMap((g) => g.missingFiling))].sort(),
      fcfTrend: fcfTrend(f, k, TREND_YEARS, registry, assumptions),
    },
  };
}
