/**
 * The assumptions an analyst can set for "Analyse selection": every single-number option of the
 * catalogue's flags (a threshold, a life, a rate, the periods per year), derived from the
 * registry and the vocabulary, so that a new flag's options appear with no change here.
 *
 * Rule (decision): a flag parameter is an assumption when it is one number rather than figures
 * per period, and not money, and either
 *  - a `number` parameter (GROSSMARGINGAP's growth_threshold, DEPCLIFF's lives, RUNWAY's
 *    periods_per_year), or
 *  - a per-period parameter with a default (REVENUEGAP's cost_multiplier), or
 *  - fed by an `assumption` item of the vocabulary (price_shock, tax_rate, discount_rate...).
 * An estimate the filings lack (PPA share, inference cost) is a figure per period, not an
 * assumption: it is a row of the model, asked for by the "needs" messages.
 *
 * One field per parameter name, as `Assumptions` are keyed: the value applies to every flag
 * that reads that name.
 */
import type { FunctionDefinition } from "../core/framework/definition";
import type { NumberRule, ParamSpec, Unit } from "../core/params/spec";
import { REGISTRY } from "../core/registry";
import { lineItem, type LineItemId } from "../model/lineItems";
import { modelFlags } from "./flags/computeFlags";
import { sourcesOf } from "./flags/paramSources";
import { inputParams } from "./flags/sources";

export interface AssumptionField {
  param: string;
  /** "Book useful life", "Growth threshold". */
  label: string;
  unit: Unit;
  /** The flags that read it, in registry order. */
  readers: string[];
  /** What it is, from the first reader's parameter. */
  description: string;
  /** The readers' default when they share one (GROSSMARGINGAP's periods_per_year is 1, RUNWAY's 12: none). */
  defaultValue?: number;
  /** Each reader's default, where it has one. */
  defaults: Array<{ reader: string; value: number }>;
  rule?: NumberRule;
  /** The vocabulary's item a model's row for it is read as (book_life), if any. */
  item?: LineItemId;
  /** Set from the block's period headers when they say (periods_per_year). */
  fromPeriods?: boolean;
}

const MONEY: readonly Unit[] = ["money", "spend"];

function rowItem(p: ParamSpec): LineItemId | undefined {
  const row = sourcesOf(p.name).find((s) => s.from === "row");
  return row?.from === "row" ? row.item : undefined;
}

export function isAssumption(p: ParamSpec): boolean {
  if (p.kind !== "number" && p.kind !== "cells") return false;
  if (MONEY.includes(p.unit)) return false;
  const item = rowItem(p);
  return p.kind === "number" || typeof p.defaultValue === "number" || (item !== undefined && lineItem(item).kind === "assumption");
}

function labelOf(param: string, item: LineItemId | undefined): string {
  const words = item ? lineItem(item).label : param.replace(/_/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export function assumptionFields(registry: readonly FunctionDefinition[] = REGISTRY): AssumptionField[] {
  const fields = new Map<string, AssumptionField>();
  for (const def of modelFlags(registry)) {
    for (const p of inputParams(def)) {
      if (!isAssumption(p)) continue;
      const held = fields.get(p.name);
      if (held) {
        if (!held.readers.includes(def.id)) held.readers.push(def.id);
        if (typeof p.defaultValue === "number") held.defaults.push({ reader: def.id, value: p.defaultValue });
        if (held.defaultValue !== p.defaultValue) delete held.defaultValue;
        continue;
      }
      const item = rowItem(p);
      fields.set(p.name, {
        param: p.name,
        label: labelOf(p.name, item),
        unit: p.unit,
        readers: [def.id],
        description: p.description,
        ...(typeof p.defaultValue === "number" ? { defaultValue: p.defaultValue } : {}),
        defaults: typeof p.defaultValue === "number" ? [{ reader: def.id, value: p.defaultValue }] : [],
        ...(p.rule ? { rule: p.rule } : {}),
        ...(item ? { item } : {}),
        ...(sourcesOf(p.name).some((s) => s.from === "periods-per-year") ? { fromPeriods: true } : {}),
      });
    }
  }
  return [...fields.values()];
}
