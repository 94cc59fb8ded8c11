/**
 * A fixed catalogue for the tests that pin a layout on purpose (the address of the table of
 * formulas written beside a block, the cells its formulas reference, how many formulas it
 * holds): the flags those addresses were worked out for, by id. A flag registered later is
 * not in it, so it cannot move a pinned address; the registry-wide tests cover it instead.
 */
import type { FunctionDefinition } from "../../src/core/framework/definition";
import { findFunction } from "../../src/core/registry";

const LAYOUT_IDS = [
  "GROSSMARGINGAP",
  "CAPEXCREEP",
  "SOVEREIGN",
  "ENERGYRISK",
  "DEPCLIFF",
  "DEPGAP",
  "FCFCONV",
  "REVENUEGAP",
  "ROIC",
  "INCROIC",
  "USEFULLIFE",
  "BENEISH",
  "ALTMANZ",
  "ACCRUALS",
  "INFERENCECOST",
  "TALENTLOAD",
  "RUNWAY",
  "CAPRESTATE",
  "BONUSDEP",
] as const;

export const LAYOUT_CATALOGUE: readonly FunctionDefinition[] = LAYOUT_IDS.map((id) => {
  const def = findFunction(id);
  if (!def) throw new Error(`the layout catalogue names ${id}, which the registry no longer has`);
  return def;
});
