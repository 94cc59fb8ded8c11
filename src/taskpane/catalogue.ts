/**
 * The catalogue as the taskpane shows it: search over each function's id and words, and
 * grouping under the headings of `GROUPS`, in that order. Pure, so tests need no DOM.
 */
import { GROUPS, type FunctionDefinition } from "../core/framework/definition";
import { NAMESPACE } from "../core/docs/formula";

export type Group = (typeof GROUPS)[number];

export interface GroupOfFunctions {
  group: Group;
  functions: readonly FunctionDefinition[];
}

/** Everything a query is matched against, lower-cased: the id (bare and prefixed) and every text of `words`. */
export function searchTextOf(def: FunctionDefinition): string {
  const words = Object.values(def.words).filter((w): w is string => typeof w === "string");
  return [def.id, `${NAMESPACE}.${def.id}`, ...words].join("\n").toLowerCase();
}

/** The query's terms: every one must appear (so "margin gap" narrows, not widens). */
export function termsOf(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
}

/** The functions matching `query`, in catalogue order; all of them for a blank query. */
export function filterFunctions(functions: readonly FunctionDefinition[], query: string): FunctionDefinition[] {
  const terms = termsOf(query);
  if (terms.length === 0) return [...functions];
  return functions.filter((def) => {
    const text = searchTextOf(def);
    return terms.every((t) => text.includes(t));
  });
}

/** Functions under their group, groups in `GROUPS` order, empty groups left out. */
export function groupFunctions(functions: readonly FunctionDefinition[]): GroupOfFunctions[] {
  return GROUPS.map((group) => ({ group, functions: functions.filter((def) => def.group === group.id) })).filter(
    (g) => g.functions.length > 0,
  );
}
