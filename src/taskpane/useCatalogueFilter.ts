import { useMemo, useState } from "react";
import type { FunctionDefinition } from "../core/framework/definition";
import { groupFunctions, nearestFunction, searchFunctions, termsOf, type GroupOfFunctions } from "./catalogue";

export interface CatalogueFilter {
  query: string;
  setQuery(query: string): void;
  /** A query with at least one term is active: `matches` is what to show, best first. */
  searching: boolean;
  /** Every function under its group (what shows without a query). */
  groups: GroupOfFunctions[];
  /** The functions matching the query, best first; every function without a query. */
  matches: FunctionDefinition[];
  /** When nothing matches: the function the query was probably meant for. */
  suggestion: FunctionDefinition | undefined;
  total: number;
}

/** The search box state and what it leaves visible. */
export function useCatalogueFilter(functions: readonly FunctionDefinition[]): CatalogueFilter {
  const [query, setQuery] = useState("");
  const groups = useMemo(() => groupFunctions(functions), [functions]);
  const matches = useMemo(() => searchFunctions(functions, query), [functions, query]);
  const searching = termsOf(query).length > 0;
  const suggestion = useMemo(() => (searching && matches.length === 0 ? nearestFunction(functions, query) : undefined), [searching, matches, functions, query]);
  return { query, setQuery, searching, groups, matches, suggestion, total: functions.length };
}
