/**
 * The catalogue: every AIFLAG function, in display order. A new flag is one file in
 * `flags/` plus one line here; the custom function, its metadata, the taskpane card, the
 * reference docs and the templates all read this list.
 */
import type { FunctionDefinition } from "./framework/definition";
import { depCliff } from "./flags/depCliff";
import { fcfConv } from "./flags/fcfConv";
import { grossMarginGap } from "./flags/grossMarginGap";

export const REGISTRY: readonly FunctionDefinition[] = [grossMarginGap, depCliff, fcfConv];

const byId = new Map(REGISTRY.map((def) => [def.id, def]));

/** Looks a function up by name: case-insensitive, with or without the `AIFLAG.` prefix. */
export function findFunction(name: string): FunctionDefinition | undefined {
  return byId.get(name.trim().toUpperCase().replace(/^AIFLAG\./, ""));
}
