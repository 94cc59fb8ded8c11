/**
 * What the Templates panel offers, in words: each fill's label, the fill chosen first, and the
 * data note (source and caveats) for a fill, from the same sentences the sheets carry. Pure.
 */
import { companiesOf, type Fill, type TemplateInfo } from "../templates/catalogue";
import { companyLabel } from "../templates/company";
import { caveatsOf, combinedCaveats, sourceOf, sourcesOf } from "../templates/notes";

/** "Blank: your own figures", "Microsoft (MSFT)", "All four sample companies". */
export function fillLabel(fill: Fill): string {
  if (fill === "blank") return "Blank: your own figures";
  if (fill === "sample") return "All four sample companies";
  return companyLabel(companiesOf(fill)[0]);
}

/** Filled with the first sample company (a working model to start from); blank when there is none. */
export function defaultFill(template: TemplateInfo): Fill {
  return template.fills.find((f) => f !== "blank") ?? template.fills[0] ?? "blank";
}

export interface DataNote {
  source: string;
  caveats: readonly string[];
}

export function dataNoteOf(fill: Fill): DataNote {
  const companies = companiesOf(fill);
  if (fill === "sample") return { source: sourcesOf(companies), caveats: combinedCaveats(companies) };
  const company = companies[0] ?? null;
  return { source: sourceOf(company), caveats: caveatsOf(company) };
}
