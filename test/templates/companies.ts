/** The template tests' companies: the embedded samples, and their figures read back by line-item id. */
import { valuesOf, type Financials } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";

export { EMBEDDED as SAMPLES } from "../../src/sources/embedded";

/** The item's values in the source's units, oldest first (null where missing); throws when the item is absent. */
export function series(f: Financials, item: LineItemId): Array<number | null> {
  const values = valuesOf(f, item);
  if (!values) throw new Error(`${f.company.name} has no ${item}`);
  return values;
}

/** The same, for items every year holds. */
export function numbers(f: Financials, item: LineItemId): number[] {
  return series(f, item).map((x) => {
    if (x === null) throw new Error(`${f.company.name} lacks a year of ${item}`);
    return x;
  });
}

/** The item's latest figure (earlier years may be missing: the samples hold capex alone before FY2023). */
export const latest = (f: Financials, item: LineItemId): number => {
  const x = series(f, item).at(-1);
  if (x === null || x === undefined) throw new Error(`${f.company.name} lacks the latest ${item}`);
  return x;
};

export const tickerOf = (f: Financials): string => f.company.ticker ?? f.company.name;

/** The item's values from period `from` on (the years with statements, or the capex vintages); throws on a missing one. */
export function numbersFrom(f: Financials, item: LineItemId, from: number): number[] {
  return numbers({ ...f, items: { [item]: { ...f.items[item]!, values: f.items[item]!.values.slice(from) } } } as Financials, item);
}

/** The company's last `n` fiscal years alone (the embedded samples' years with statements, for companies built from them). */
export function lastYears(f: Financials, n: number): Financials {
  const items = Object.fromEntries(Object.entries(f.items).map(([id, s]) => [id, { ...s!, values: s!.values.slice(-n) }]));
  return { ...f, periods: f.periods.slice(-n), items };
}
