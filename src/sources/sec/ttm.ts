/**
 * Trailing twelve months, taken at every quarter that closes a run of four consecutive quarters
 * (each starting the day after the one before ends): a flow is the sum of the four quarters,
 * known only when all four are; a balance is the quarter's own, at its end.
 */
import type { Fact, Period, SecProvenance } from "../../model/financials";
import { LINE_ITEMS } from "../../model/lineItems";
import type { Column } from "./column";
import { follows } from "./dates";
import type { SecItemId } from "./tags";


function consecutive(quarters: readonly Period[], last: number): boolean {
  for (let k = last - 3; k < last; k++) if (!follows(quarters[k].end!, quarters[k + 1].start!)) return false;
  return true;
}

function sumOfQuarters(quarters: readonly Period[], facts: readonly Fact[], first: number): Fact {
  const provs = facts.map((f) => f.provenance as SecProvenance);
  const latest = provs.reduce((a, b) => (b.filed > a.filed ? b : a));
  const value = facts.reduce((s, f) => s + f.value, 0);
  const original = facts.reduce((s, f, i) => s + (provs[i].restated?.original ?? f.value), 0);
  const labels = facts.map((_, i) => quarters[first + i].label);
  const derivedQuarters = labels.filter((_, i) => provs[i].derived !== undefined);
  const provenance: SecProvenance = {
    source: "sec",
    tag: [...new Set(provs.map((p) => p.tag))].join(" / "),
    unit: latest.unit,
    form: latest.form,
    accn: latest.accn,
    filed: latest.filed,
    start: quarters[first].start,
    end: quarters[first + 3].end!,
    derived:
      `TTM = ${labels.join(" + ")}` +
      (derivedQuarters.length > 0 ? ` (${derivedQuarters.join(", ")} derived: see the quarter)` : ""),
  };
  if (original !== value) {
    const from = provs.find((p) => p.restated)!.restated!;
    provenance.restated = { original, form: from.form, accn: from.accn, filed: from.filed };
  }
  return { value, provenance };
}

export function trailingTwelveMonths(quarters: readonly Period[], columns: ReadonlyMap<SecItemId, Column>): { periods: Period[]; columns: Map<SecItemId, Column> } {
  const ends: number[] = [];
  for (let k = 3; k < quarters.length; k++) if (consecutive(quarters, k)) ends.push(k);
  const periods: Period[] = ends.map((k) => ({
    label: `TTM to ${quarters[k].end}`,
    kind: "ttm",
    fiscalYear: quarters[k].fiscalYear,
    quarter: quarters[k].quarter,
    start: quarters[k - 3].start,
    end: quarters[k].end,
  }));
  const out = new Map<SecItemId, Column>();
  for (const [id, column] of columns) {
    const balance = LINE_ITEMS[id].period === "instant";
    const ttm: Column = { values: [], sources: [] };
    for (const k of ends) {
      if (balance) {
        ttm.values.push(column.values[k]);
        ttm.sources.push(column.sources[k]);
        continue;
      }
      const facts = column.values.slice(k - 3, k + 1);
      const complete = facts.every((f): f is Fact => f !== null);
      ttm.values.push(complete ? sumOfQuarters(quarters, facts, k - 3) : null);
      ttm.sources.push(complete ? [...new Set(column.sources.slice(k - 3, k + 1))].join(" / ") : null);
    }
    out.set(id, ttm);
  }
  return { periods, columns: out };
}
