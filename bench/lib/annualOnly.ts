/**
 * What the screen's normalising would cost if the SEC reader resolved fiscal years only: the
 * fact index, the fiscal calendar and every item of every fiscal year, through the reader's own
 * functions, without the quarters and trailing twelve months `readCompanyFacts` also builds
 * (which the screen does not use) nor the assembly of `Financials` (notes, gaps: a small part).
 * A measurement for the benchmark, not a reader: it returns how many figures it resolved.
 */
import { LINE_ITEMS } from "../../src/model/lineItems";
import { fiscalCalendar } from "../../src/sources/sec/calendar";
import { asCompanyFacts } from "../../src/sources/sec/document";
import { indexFacts } from "../../src/sources/sec/facts";
import { resolveItem, type ResolveContext } from "../../src/sources/sec/resolve";
import { SEC_ITEM_IDS, SEC_TAGS, type TagSource } from "../../src/sources/sec/tags";

export function resolveAnnualOnly(doc: unknown): number {
  const index = indexFacts(asCompanyFacts(doc));
  const calendar = fiscalCalendar(index);
  const ctx: ResolveContext = { index, basis: "as-restated", chosen: new Map() };
  let resolved = 0;
  for (const id of SEC_ITEM_IDS) {
    const sources = SEC_TAGS[id] as readonly TagSource[];
    const balance = LINE_ITEMS[id].period === "instant";
    for (const year of calendar.years) if (year.end && resolveItem(ctx, sources, { kind: "annual", year }, balance)) resolved++;
  }
  return resolved;
}
