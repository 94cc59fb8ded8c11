/**
 * What the Templates panel offers, in words: each fill's label, the fill chosen first, and the
 * data note (source and caveats) for a fill, from the same sentences the sheets carry. Pure.
 */
import { findCompany } from "../data/hyperscalers";
import type { Fill, TemplateInfo } from "../templates/catalogue";
import { caveatsOf, DATASET_SOURCE, datasetCaveats, sourceOf } from "../templates/notes";

/** "Blank: your own figures", "Microsoft (MSFT)", "All four sample companies". */
export function fillLabel(fill: Fill): string {
  if (fill === "blank") return "Blank: your own figures";
  if (fill === "sample") return "All four sample companies";
  const company = findCompany(fill);
  return company ? `${company.name} (${company.ticker})` : fill;
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
  if (fill === "sample") return { source: DATASET_SOURCE, caveats: datasetCaveats() };
  const company = fill === "blank" ? null : (findCompany(fill) ?? null);
  return { source: sourceOf(company), caveats: caveatsOf(company) };
}
