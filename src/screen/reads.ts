/** Which period a computed flag read, told from the facts it used (the analysis hands them back). */
import type { ComputedFlag } from "../analysis";
import type { Financials } from "../model/financials";
import { lineItem } from "../model/lineItems";

/** Whether the flag read period k: every line it reads ends there (one-figure items, lives and rates, aside). */
export function readsPeriod(flag: ComputedFlag, f: Financials, k: number): boolean {
  return flag.inputs.every((input) => lineItem(input.item).single || input.facts[input.facts.length - 1] === (f.items[input.item]?.values[k] ?? null));
}

/** Labels of the lines the flag read that have no figure in period k. */
export function lackingAt(flag: ComputedFlag, f: Financials, k: number): string[] {
  return flag.inputs.filter((input) => !lineItem(input.item).single && (f.items[input.item]?.values[k] ?? null) === null).map((input) => lineItem(input.item).label);
}
