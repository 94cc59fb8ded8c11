/** The catalogue the analysis covers: the registry itself, so a new flag is tested as soon as it is registered. */
import type { FunctionDefinition } from "../../../src/core/framework/definition";
import { findFunction, REGISTRY } from "../../../src/core/registry";

export const CATALOGUE: readonly FunctionDefinition[] = REGISTRY;

export function flag(id: string): FunctionDefinition {
  const def = findFunction(id);
  if (!def) throw new Error(`no flag ${id}`);
  return def;
}
