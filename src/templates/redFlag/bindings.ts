/**
 * Which inputs each flag reads in the red-flag model, derived from the registry's parameters and
 * the analysis's one table of where a parameter comes from (PARAM_SOURCES, the table "Analyse
 * selection" and the CLI read). Nothing here names a flag: a new flag whose parameter names the
 * table knows needs no change to the template. Each parameter before `output`, by its first source:
 *  - a line item: read as the analysis reads it (`takeFor`): every year for a series parameter of
 *    a series flag, else the latest year; capex read as vintages reads the hardware capex row
 *    (capex x the hardware share, PARAM_SOURCES `vintages`); a one-figure line item (a life, a rate, a shock) is an
 *    assumption cell the analyst fills; capex guidance and backlog are the guidance block's
 *    announcements (SLOT_ITEMS);
 *  - the block's periods per year: an assumption cell holding 1 for fiscal-year columns, 4 for
 *    quarters (GROSSMARGINGAP's growth a year, RUNWAY's months);
 *  - no source, a default: an assumption cell set to the core's default, so no formula holds a
 *    number (flags sharing the parameter name and the default share the cell);
 *  - no source, optional: left out;
 *  - otherwise the build fails naming the parameter (test/analysis names it too).
 * Over quarters, a flag the registry says means something on fiscal years only (`yearsOnly`)
 * reads nothing: the Flags sheet says why it is not computed.
 */
import { sourcesOf } from "../../analysis/flags/paramSources";
import { inputParams, takeFor } from "../../analysis/flags/sources";
import { lineItem, type LineItemId } from "../../model/lineItems";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { ParamSpec } from "../../core/params/spec";
import type { ColumnKind } from "../company";
import { isSlotItem, type SlotItemId } from "./lineItems";

export type ArgBinding =
  | { from: "series"; item: LineItemId }
  /** Total capex read as vintages: the flag reads the hardware capex row (capex x the hardware share). */
  | { from: "vintages"; item: LineItemId }
  | { from: "latest"; item: LineItemId }
  | { from: "slots"; item: SlotItemId }
  | { from: "assumption"; key: string }
  | { from: "omitted" };

/** What the Period column says the value covers: the statement years, the capex vintages, the latest year, or the guidance. */
export type PeriodKind = "all years" | "vintages" | "latest year" | "guidance";

export interface FlagBinding {
  def: FunctionDefinition;
  /** One per parameter before `output`, in the registry's order. */
  args: readonly ArgBinding[];
  period: PeriodKind;
  /** Why the flag is not computed over these columns (its registry's `yearsOnly`, over quarters); it then reads nothing. */
  notComputed?: string;
}

/** The periods in a year of the Inputs columns. */
export const PERIODS_PER_YEAR: Readonly<Record<ColumnKind, number>> = { "fiscal years": 1, quarters: 4 };

export type AssumptionSource =
  | { kind: "default"; value: number | string }
  | { kind: "item"; item: LineItemId }
  | { kind: "periods-per-year"; value: number };

/** One assumption cell the flags need. */
export interface AssumptionNeed {
  /** Unique key of the cell: `base`, or `base.FLAG` when flags disagree on a default. */
  key: string;
  /** The line item or parameter name the cell stands for (its presentation key, assumptions.ts). */
  base: string;
  /** The first reader's parameter (its unit sets the number format). */
  param: ParamSpec;
  source: AssumptionSource;
  /** Flags reading the cell, in catalogue order. */
  readers: string[];
}

export interface RedFlagInputs {
  flags: readonly FlagBinding[];
  /** In order of first use. */
  assumptions: readonly AssumptionNeed[];
  /** Flags reading each line item by year or by announcement, in order of first use. */
  readers: ReadonlyMap<LineItemId, readonly string[]>;
}

const sameSource = (a: AssumptionSource, b: AssumptionSource) =>
  a.kind === b.kind && (a.kind === "item" ? a.item === (b as typeof a).item : a.value === (b as typeof a).value);

export function deriveInputs(flags: readonly FunctionDefinition[], columns: ColumnKind = "fiscal years"): RedFlagInputs {
  const assumptions: AssumptionNeed[] = [];
  const readers = new Map<LineItemId, string[]>();
  const addReader = (list: string[], id: string) => list.includes(id) || list.push(id);

  const assume = (def: FunctionDefinition, p: ParamSpec, base: string, source: AssumptionSource): ArgBinding => {
    let need = assumptions.find((n) => n.base === base && sameSource(n.source, source));
    if (!need) {
      const key = assumptions.some((n) => n.key === base) ? `${base}.${def.id}` : base;
      need = { key, base, param: p, source, readers: [] };
      assumptions.push(need);
    }
    addReader(need.readers, def.id);
    return { from: "assumption", key: need.key };
  };

  const bind = (def: FunctionDefinition, p: ParamSpec): ArgBinding => {
    // Disclosures are not Inputs rows: the template lays them out itself (the guidance block, the book life).
    const first = sourcesOf(p.name).find((s) => s.from === "row" || s.from === "periods-per-year");
    if (first?.from === "periods-per-year") return assume(def, p, p.name, { kind: "periods-per-year", value: PERIODS_PER_YEAR[columns] });
    if (first?.from === "row") {
      const item = first.item;
      if (lineItem(item).single) return assume(def, p, item, { kind: "item", item });
      if (!readers.has(item)) readers.set(item, []);
      addReader(readers.get(item)!, def.id);
      if (isSlotItem(item)) return { from: "slots", item };
      const take = takeFor(def, p, item);
      if (take === "series" && first.vintages === "hardware") return { from: "vintages", item };
      return take === "series" ? { from: "series", item } : { from: "latest", item };
    }
    if (p.defaultValue !== undefined) return assume(def, p, p.name, { kind: "default", value: p.defaultValue });
    if (p.optional) return { from: "omitted" };
    throw new Error(
      `${def.id}.${p.name}: the red-flag model cannot place it: add "${p.name}" to PARAM_SOURCES ` +
        `(src/analysis/flags/paramSources.ts), or give it a default in the registry`,
    );
  };

  const bound = flags.map((def): FlagBinding => {
    if (columns === "quarters" && def.yearsOnly) return { def, args: [], period: def.kind === "series" ? "all years" : "latest year", notComputed: `Not computed over quarters. ${def.yearsOnly}` };
    const args = inputParams(def).map((p) => bind(def, p));
    const period: PeriodKind = args.some((a) => a.from === "slots")
      ? "guidance"
      : args.some((a) => a.from === "vintages")
        ? "vintages"
        : def.kind === "series"
          ? "all years"
          : "latest year";
    return { def, args, period };
  });
  return { flags: bound, assumptions, readers };
}
