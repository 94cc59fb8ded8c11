/**
 * Step 1 of feeding a flag: for each of its parameters, where the value comes from.
 *
 * Decisions where the issue is silent (the order is the precedence):
 *  1. an assumption the caller gives for that parameter name (the pane lets the analyst type a
 *     book life or a price shock); it wins even over a row, because the analyst chose it;
 *  2. where `PARAM_SOURCES` says, in its order: a line item of the figures holding at least one
 *     number; the source's own period frequency (periods_per_year from an annual / quarterly
 *     header, or fiscal years); a figure the filing discloses in words (the server book life);
 *     a series it discloses outside the periods (successive capex guidance);
 *  4. the core's default, written out explicitly (so the formula shows the threshold it uses
 *     and the analyst can edit it);
 *  5. left out, when the parameter is optional without a default (SOVEREIGN's cash_collected),
 *     or when its row is absent and PARAM_SOURCES says what that means (`absent`: FCFCONV then
 *     excludes finance leases, and the note says so);
 *  6. otherwise missing: the flag is listed with what it needs, and is not computed. Lives,
 *     rates and shocks without a default are never invented: they are "assumptions" to give.
 */
import type { FunctionDefinition } from "../../core/framework/definition";
import type { ParamSpec } from "../../core/params/spec";
import type { Fact, Financials, LineSeries } from "../../model/financials";
import { lineItem, type ItemKind, type LineItemId } from "../../model/lineItems";
import { sourcesOf } from "./paramSources";

export type Take = "series" | "period" | "latest";

export type ArgSource =
  | {
      kind: "row";
      param: ParamSpec;
      item: LineItemId;
      series: LineSeries;
      take: Take;
      caveat?: string;
      /** Parameters this row fixes (PARAM_SOURCES `implies`). */
      implies?: Readonly<Record<string, number>>;
      /** Read as vintages of total capex: the flag gets capex x the hardware share. */
      hardware?: true;
    }
  | { kind: "number"; param: ParamSpec; value: number; why: SettingWhy }
  /** A series the filing discloses outside the periods (successive guidance). */
  | { kind: "list"; param: ParamSpec; item: LineItemId; label: string; facts: readonly Fact[]; period: string }
  | { kind: "omitted"; param: ParamSpec; note?: string };

export interface MissingInput {
  param: string;
  /** "operating cash flow", "book useful life". */
  label: string;
  itemKind: ItemKind;
  /** The source's label of a line it holds with no number in it. */
  blankRow?: string;
}

/**
 * Why a parameter holds the number it does: typed by the analyst, the core's default, the
 * periods' frequency, disclosed by the filing, or implied by the row another parameter read
 * (REVENUEGAP's cost multiplier is 1 on total AI capex).
 */
export type SettingWhy = "assumption" | "default" | "periods-per-year" | "disclosed" | "implied";

export type Assumptions = Readonly<Record<string, number>>;

/** The parameters a caller fills: every one but `output` (convention 9), which the analysis sets itself. */
export function inputParams(def: FunctionDefinition): readonly ParamSpec[] {
  const last = def.params[def.params.length - 1];
  return last && last.name === "output" && last.kind === "text" ? def.params.slice(0, -1) : def.params;
}

/**
 * How a parameter reads its row: whole for a series parameter of a series flag, one period for
 * an element-wise one, the latest figure for a number or a one-figure line item (a life, a rate).
 * The red-flag template reads its Inputs rows by the same rule.
 */
export function takeFor(def: FunctionDefinition, p: ParamSpec, item: LineItemId): Take {
  if (p.kind === "number" || lineItem(item).single) return "latest";
  return def.kind === "series" && p.kind === "series" ? "series" : "period";
}

function missingOf(p: ParamSpec, blankRow: string | undefined): MissingInput {
  const first = sourcesOf(p.name).find((s) => s.from === "row");
  const spec = first?.from === "row" ? lineItem(first.item) : undefined;
  const label = spec?.label ?? p.name.replace(/_/g, " ");
  const itemKind: ItemKind = spec?.kind ?? (p.unit === "money" || p.unit === "spend" ? "estimate" : "assumption");
  return blankRow === undefined ? { param: p.name, label, itemKind } : { param: p.name, label, itemKind, blankRow };
}

export function sourceOf(def: FunctionDefinition, p: ParamSpec, f: Financials, assumptions: Assumptions): ArgSource | MissingInput {
  const given = assumptions[p.name];
  if (typeof given === "number" && Object.prototype.hasOwnProperty.call(assumptions, p.name)) {
    return { kind: "number", param: p, value: given, why: "assumption" };
  }
  let blankRow: string | undefined;
  for (const s of sourcesOf(p.name)) {
    if (s.from === "periods-per-year") {
      if (f.periodsPerYear !== undefined) return { kind: "number", param: p, value: f.periodsPerYear, why: "periods-per-year" };
      continue;
    }
    if (s.from === "disclosure") {
      const value = s.pick(f.disclosures);
      if (value !== undefined) return { kind: "number", param: p, value, why: "disclosed" };
      continue;
    }
    if (s.from === "disclosed-series") {
      const found = s.pick(f.disclosures);
      if (!found) continue;
      const facts = found.values.map((value): Fact => ({ value, provenance: { source: "dataset", reference: found.reference } }));
      return { kind: "list", param: p, item: s.item, label: found.label, facts, period: found.period };
    }
    const series = f.items[s.item];
    if (!series) continue;
    if (series.values.every((x) => x === null)) {
      blankRow ??= series.label;
      continue;
    }
    const take = takeFor(def, p, s.item);
    return {
      kind: "row",
      param: p,
      item: s.item,
      series,
      take,
      ...(s.caveat ? { caveat: s.caveat } : {}),
      ...(s.implies ? { implies: s.implies } : {}),
      ...(s.vintages === "hardware" && take === "series" ? { hardware: true as const } : {}),
    };
  }
  // A row the figures do not hold and the flag runs without (FCFCONV's finance leases): left out,
  // not written as its default, so no formula shows a zero the filings never gave; the note says so.
  const absent = sourcesOf(p.name).find((s) => s.from === "row" && s.absent !== undefined);
  if (p.optional && absent?.from === "row" && absent.absent) return { kind: "omitted", param: p, note: absent.absent };
  if (typeof p.defaultValue === "number") return { kind: "number", param: p, value: p.defaultValue, why: "default" };
  if (p.optional) return { kind: "omitted", param: p };
  return missingOf(p, blankRow);
}

export function isMissing(x: ArgSource | MissingInput): x is MissingInput {
  return typeof x.param === "string";
}

/**
 * The sources after the rows' `implies`: a parameter another row fixes holds that number
 * ("implied"), unless the analyst gave it.
 */
export function applyImplied(sources: readonly ArgSource[]): ArgSource[] {
  const fixed = new Map<string, number>();
  for (const s of sources) if (s.kind === "row" && s.implies) for (const [name, value] of Object.entries(s.implies)) fixed.set(name, value);
  return sources.map((s) => {
    const value = fixed.get(s.param.name);
    if (value === undefined || (s.kind === "number" && s.why === "assumption")) return s;
    return { kind: "number", param: s.param, value, why: "implied" };
  });
}
