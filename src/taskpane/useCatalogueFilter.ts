import { useMemo, useState } from "react";
import type { FunctionDefinition } from "../core/framework/definition";
import { filterFunctions, groupFunctions, type GroupOfFunctions } from "./catalogue";

export interface CatalogueFilter {
  query: string;
  setQuery(query: string): void;
  /** The matching functions, grouped in `GROUPS` order. */
  groups: GroupOfFunctions[];
  /** How many functions match, and how many there are. */
  shown: number;
  total: number;
}

/** The search box state and what it leaves visible. */
export function useCatalogueFilter(functions: readonly FunctionDefinition[]): CatalogueFilter {
  const [query, setQuery] = useState("");
  const matching = useMemo(() => filterFunctions(functions, query), [functions, query]);
  const groups = useMemo(() => groupFunctions(matching), [matching]);
  return { query, setQuery, groups, shown: matching.length, total: functions.length };
}
