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

export const latest = (f: Financials, item: LineItemId): number => numbers(f, item).at(-1)!;

export const tickerOf = (f: Financials): string => f.company.ticker ?? f.company.name;
