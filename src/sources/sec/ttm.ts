/**
 * Trailing twelve months, taken at every quarter that closes a run of four consecutive quarters
 * (each starting the day after the one before ends): a flow is the sum of the four quarters,
 * known only when all four are; a balance is the quarter's own, at its end.
 */
import { optionalField } from "../../model/optionalField";
import type { Fact, Period, SecProvenance } from "../../model/financials";
import { LINE_ITEMS } from "../../model/lineItems";
import type { Column } from "./column";
import { follows } from "./dates";
import type { SecItemId } from "./tags";


function consecutive(quarters: readonly Period[], last: number): boolean {
  for (let k = last - 3; k < last; k++) if (!follows(quarters[k].end!, quarters[k + 1].start!)) return false;
  return true;
}

function sumOfQuarters(quarters: readonly Period[], column: Column, first: number): Fact {
  let value = 0;
  let original = 0;
  let latest: SecProvenance | undefined;
  let restatedFrom: SecProvenance["restated"];
  let tags = "";
  let derivedQuarters = "";
  for (let k = first; k < first + 4; k++) {
    const fact = column.values[k]!;
    const p = fact.provenance as SecProvenance;
    value += fact.value;
    original += p.restated?.original ?? fact.value;
    restatedFrom ??= p.restated;
    if (!latest || p.filed > latest.filed) latest = p;
    if (!tags.split(" / ").includes(p.tag)) tags = tags ? `${tags} / ${p.tag}` : p.tag;
    if (p.derived) derivedQuarters += `${derivedQuarters ? ", " : ""}${quarters[k].label}`;
  }
  const provenance: SecProvenance = {
    source: "sec",
    tag: tags,
    unit: latest!.unit,
    form: latest!.form,
    accn: latest!.accn,
    filed: latest!.filed,
    ...optionalField("start", quarters[first].start),
    end: quarters[first + 3].end!,
    derived:
      `TTM = ${quarters[first].label} + ${quarters[first + 1].label} + ${quarters[first + 2].label} + ${quarters[first + 3].label}` +
      (derivedQuarters ? ` (${derivedQuarters} derived: see the quarter)` : ""),
  };
  if (original !== value && restatedFrom) provenance.restated = { ...restatedFrom, original };
  return { value, provenance };
}

export function trailingTwelveMonths(quarters: readonly Period[], columns: ReadonlyMap<SecItemId, Column>): { periods: Period[]; columns: Map<SecItemId, Column> } {
  const ends: number[] = [];
  for (let k = 3; k < quarters.length; k++) if (consecutive(quarters, k)) ends.push(k);
  const periods: Period[] = ends.map((k) => ({
    label: `TTM to ${quarters[k].end}`,
    kind: "ttm",
    ...optionalField("fiscalYear", quarters[k].fiscalYear),
    ...optionalField("quarter", quarters[k].quarter),
    ...optionalField("start", quarters[k - 3].start),
    ...optionalField("end", quarters[k].end),
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
      const complete = column.values[k - 3] !== null && column.values[k - 2] !== null && column.values[k - 1] !== null && column.values[k] !== null;
      ttm.values.push(complete ? sumOfQuarters(quarters, column, k - 3) : null);
      ttm.sources.push(complete ? [...new Set(column.sources.slice(k - 3, k + 1))].join(" / ") : null);
    }
    out.set(id, ttm);
  }
  return { periods, columns: out };
}
