/**
 * FLAGS(): the catalogue as a table that spills, one row per function in display order:
 *   AIFLAG.<id> | title | one-line summary
 */
import { NAMESPACE } from "../docs/formula";
import { defineUtility } from "../framework/defineUtility";
import type { FunctionDefinition } from "../framework/definition";
import type { FunctionCatalogue } from "./catalogue";

export function defineFlagsList(catalogue: FunctionCatalogue): FunctionDefinition {
  return defineUtility({
    id: "FLAGS",
    params: [],
    words: {
      title: "List the functions",
      valueLabel: "One row per function: name, title, summary",
      summary: "Spills the list of AIFLAG functions, each with its title and a one-line summary.",
      why: "A quick way to see every question AIFLAG can ask of a set of accounts, without leaving the sheet.",
      watch:
        "The table spills three columns and one row per function: leave room below and to the right of the cell, or " +
        "Excel shows #SPILL!.",
      method: "Reads the catalogue in display order: red flags first, utilities last.",
      thresholds: "Not a flag: no thresholds.",
    },
    examples: [{ args: [], expected: `${NAMESPACE}.GROSSMARGINGAP`, note: "The first row names the first red flag." }],
    compute() {
      return catalogue.list().map((def) => [`${NAMESPACE}.${def.id}`, def.words.title, def.words.summary]);
    },
  });
}
