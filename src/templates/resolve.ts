/**
 * Fitting a plan into a workbook: every sheet gets its final name (an existing name, compared
 * case-insensitively as Excel does, gets " (2)", " (3)"...; nothing is ever overwritten) and
 * every `{{sheet:key}}` token becomes that name, quoted where Excel needs quotes. Pure.
 */
import { quoteSheetName } from "../core/cells/a1";
import type { SheetPlan, WorkbookPlan } from "./plan";
import { SHEET_TOKEN } from "./sheetRef";

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

/** Excel reserves this name for its change history. */
const RESERVED = ["history"];

/** A plan whose sheet names are final and whose formulas hold no tokens: what a writer takes. */
export interface ResolvedPlan extends WorkbookPlan {
  readonly resolved: true;
}

/** Characters Excel refuses in a sheet name, and apostrophes at either end. */
function sanitize(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim();
  return cleaned === "" ? "Sheet" : cleaned;
}

/** The wanted name, or the first of "name (2)", "name (3)"... that is free, within 31 characters. */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = sanitize(wanted);
  const isFree = (n: string) => !taken.has(n.toLowerCase()) && !RESERVED.includes(n.toLowerCase());
  const first = base.slice(0, MAX_SHEET_NAME).trim();
  if (isFree(first)) return first;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (isFree(candidate)) return candidate;
  }
}

/** Re-exported: quoting lives once, with the rest of the A1 arithmetic. */
export { quoteSheetName };

function replaceTokens(formula: string, quoted: ReadonlyMap<string, string>): string {
  return formula.replace(SHEET_TOKEN, (_token, key: string) => {
    const name = quoted.get(key);
    if (name === undefined) throw new Error(`formula refers to unknown sheet key "${key}": ${formula}`);
    return name;
  });
}

/** Gives each sheet of the plan its final name in a workbook holding `existingSheetNames`. */
export function resolvePlan(plan: WorkbookPlan, existingSheetNames: readonly string[]): ResolvedPlan {
  const taken = new Set(existingSheetNames.map((n) => n.toLowerCase()));
  const finalNames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (finalNames.has(sheet.key)) throw new Error(`two sheets share the key "${sheet.key}"`);
    const name = uniqueSheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    finalNames.set(sheet.key, name);
  }
  const quoted = new Map([...finalNames].map(([key, name]) => [key, quoteSheetName(name)]));
  const sheets: SheetPlan[] = plan.sheets.map((sheet) => ({
    ...sheet,
    name: finalNames.get(sheet.key) ?? sheet.name,
    cells: sheet.cells.map((c) => (c.formula === undefined ? c : { ...c, formula: replaceTokens(c.formula, quoted) })),
  }));
  for (const n of plan.names) {
    if (!finalNames.has(n.sheetKey)) throw new Error(`name ${n.name} refers to unknown sheet key "${n.sheetKey}"`);
  }
  return { ...plan, sheets, resolved: true };
}
