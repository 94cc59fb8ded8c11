/**
 * The options a template is inserted with besides its data: how many fiscal years it lays out,
 * and the warning a choice deserves. Pure: the figures are trimmed before the template is built,
 * so every template takes the option with no change of its own.
 *
 * Decisions:
 * - Years are the latest ones: a model looks back from the most recent figures.
 * - At least two years: the trend flags (gross-margin gap, depreciation) need two periods.
 * - The depreciation schedule is whole only when it holds at least a book life of vintages:
 *   capex older than the first year shown is missing from it, so fewer years than the book
 *   life understate the cliff. It is allowed, with a warning naming both numbers.
 */
import type { Financials } from "../model/financials";
import type { TemplateId } from "./catalogue";
import { SENSITIVITY_BOOK_LIVES } from "./lives";

/** The fewest years a template lays out: a trend needs two. */
export const MIN_YEARS = 2;

/** The latest `years` periods of the figures (all of them when they hold fewer): periods and every series alike. */
export function lastYears(f: Financials, years: number): Financials {
  const from = Math.max(0, f.periods.length - years);
  if (from === 0) return f;
  const items: Financials["items"] = {};
  for (const [id, series] of Object.entries(f.items) as Array<[keyof Financials["items"], NonNullable<Financials["items"][keyof Financials["items"]]>]>) {
    items[id] = { ...series, values: series.values.slice(from) };
  }
  return { ...f, periods: f.periods.slice(from), items };
}

/** How many years the figures allow: from MIN_YEARS to the most any company holds; none when they hold fewer. */
export function yearChoices(companies: readonly Financials[]): number[] {
  const most = Math.max(0, ...companies.map((c) => c.periods.length));
  return most < MIN_YEARS ? [] : Array.from({ length: most - MIN_YEARS + 1 }, (_, i) => MIN_YEARS + i);
}

/** The book life the schedule is measured against: the company's disclosed one, else the longest the grid tests. */
export function bookLifeOf(companies: readonly Financials[]): number {
  return companies[0]?.disclosures.serverBookLife?.years ?? Math.max(...SENSITIVITY_BOOK_LIVES);
}

/** What the choice of years leaves out, when it matters; undefined when it does not. */
export function yearsWarning(template: TemplateId, years: number, companies: readonly Financials[]): string | undefined {
  if (template !== "depreciation" || companies.length === 0) return undefined;
  const life = bookLifeOf(companies);
  if (years >= life) return undefined;
  return (
    `${years} years of capex is fewer than the book life (${life} years): vintages bought before the first year shown ` +
    "are missing from the schedule, so the value left and the cliff are understated. Use the company's full capex history where you have it."
  );
}
