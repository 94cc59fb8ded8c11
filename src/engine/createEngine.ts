/**
 * A HyperFormula instance with the AIFLAG functions: the formula engine of the preview, the
 * template tests and the recalculation benchmark. Development only: nothing under src/engine
 * may be imported by the add-in (taskpane, functions, host); a test checks it.
 */
import { HyperFormula, type ConfigParams, type RawCellContent } from "hyperformula";
import { registerAiflagFunctions } from "./plugin";

/**
 * HyperFormula is GPL-3.0 (or commercial); as a devDependency of a tool that is never shipped,
 * the GPL key applies. Without a key, custom functions evaluate to #LIC!.
 */
export const ENGINE_CONFIG: Partial<ConfigParams> = { licenseKey: "gpl-v3" };

export type Sheets = Record<string, RawCellContent[][]>;

/** A new engine, optionally holding sheets already (a workbook the user has). */
export function createEngine(sheets: Sheets = {}): HyperFormula {
  registerAiflagFunctions();
  return HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
}
