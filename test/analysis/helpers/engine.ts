/**
 * An independent formula engine for the analysis tests: the project's HyperFormula engine
 * (src/engine, the AIFLAG functions registered from the core), so a written plan is evaluated
 * as Excel would evaluate it (references resolved by the engine, not by our own code).
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import { createEngine } from "../../../src/engine/createEngine";

export function engineFor(sheets: Record<string, unknown[][]>): HyperFormula {
  return createEngine(sheets as Record<string, RawCellContent[][]>);
}
