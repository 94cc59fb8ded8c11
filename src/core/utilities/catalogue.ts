import type { FunctionDefinition } from "../framework/definition";

/**
 * What the utilities that describe the catalogue (EXPLAIN, FLAGS) need from it. The registry
 * hands them one of these instead of being imported by them: the registry lists the utilities,
 * so an import the other way would be circular. Both members are read only when a utility runs,
 * by which time the registry is complete.
 */
export interface FunctionCatalogue {
  /** Every function, in display order (utilities included). */
  list(): readonly FunctionDefinition[];
  /** A function by name: case-insensitive, with or without the `AIFLAG.` prefix. */
  find(name: string): FunctionDefinition | undefined;
}
