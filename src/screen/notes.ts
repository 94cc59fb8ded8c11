/** What a reader of the screen must know, derived from its settings and the registry. */
import type { FunctionDefinition } from "../core/framework/definition";
import { formatPlain } from "../core/format/numbers";
import { STATUS_POINTS } from "../core/utilities/score";
import { STATUSES } from "../core/framework/status";
import { ECONOMIC_LIFE_ESTIMATE } from "../templates/lives";
import type { ScreenSettings } from "./report";
import { TREND_YEARS } from "./trend";

/** The flags of the registry that take a parameter of this name. */
export function flagsTaking(registry: readonly FunctionDefinition[], param: string): string[] {
  return registry.filter((d) => d.kind !== "utility" && d.params.some((p) => p.name === param)).map((d) => d.id);
}

export function screenNotes(settings: ScreenSettings, registry: readonly FunctionDefinition[]): string[] {
  const year = settings.fiscalYear === undefined ? "its latest fiscal year" : `its fiscal year ${settings.fiscalYear} (the company's own label)`;
  const lifeFlags = flagsTaking(registry, "book_life").join(", ") || "the depreciation flags";
  const book = settings.assumptions.book_life;
  const economic = settings.assumptions.economic_life;
  const waccFlags = flagsTaking(registry, "wacc").join(", ") || "the returns";
  const wacc = settings.assumptions.wacc;
  const points = STATUSES.map((s) => `${s} ${formatPlain(STATUS_POINTS[s])}`).join(", ");
  return [
    `Each company is screened on ${year}, from its SEC companyfacts (10-K figures, as restated). A flag counts only if it reads that year; one whose inputs stop earlier is listed as not computed, with what the year lacks.`,
    book === undefined
      ? `${lifeFlags} need the book life of servers, which each company states in words in its 10-K and companyfacts does not hold: they are not computed. Give --book-life YEARS to apply one life to every company.`
      : `${lifeFlags} use a book life of ${formatPlain(book)} years for every company (--book-life), not each company's own disclosure.`,
    economic === undefined
      ? `${lifeFlags} are given no economic life.`
      : `Economic life of the hardware: ${formatPlain(economic)} years for every company${economic === ECONOMIC_LIFE_ESTIMATE ? " (the analysis's estimate: AI hardware is overtaken within two chip generations; --economic-life to change)" : " (--economic-life)"}.`,
    wacc === undefined
      ? `${waccFlags} show a value and no status: their status compares the return with a cost of capital, which no filing states. Give --wacc RATE to apply one to every company.`
      : `${waccFlags} compare the return with a cost of capital of ${formatPlain(wacc * 100)}% for every company (--wacc), not each company's own.`,
    "Flags that need analyst estimates (inference cost, AI revenue, sovereign revenue...) are not computed: filings do not carry them, and the screen invents none.",
    `SCORE averages the statuses computed for the company (${points}); "scored" says how many, and a score over few statuses says less. Ties are ranked by statuses scored, then revenue, then CIK.`,
    `FCF conversion trend: FCF / net income (FCFCONV) for each of the last ${TREND_YEARS} fiscal years; "fell 2y" when it fell in each of the last two.`,
    'Money in millions of the company\'s currency (USD for nearly every filer); "revenue (USD millions)" is blank for the few that report in another currency, and --min-revenue leaves them out.',
    '"Missing" counts the filing line items the flags needed that the year lacks (estimates and assumptions, which no filing holds, are not counted).',
  ];
}
