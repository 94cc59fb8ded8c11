/**
 * Formula text the templates share. Every AIFLAG call a template writes is built here from a
 * registry definition, so a renamed or missing function fails when the plan is built.
 */
import { NAMESPACE } from "../core/docs/formula";
import type { FunctionDefinition } from "../core/framework/definition";
import { findFunction } from "../core/registry";

/** What a cell shows instead of an error wall when the inputs it needs are blank. */
export const NEEDS_INPUT = "needs input";

/** A text literal inside a formula. */
export function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The registry entry for an id; a template that names a function the registry lacks is a bug. */
export function definitionOf(id: string): FunctionDefinition {
  const def = findFunction(id);
  if (!def) throw new Error(`the registry has no function ${id}`);
  return def;
}

/**
 * `AIFLAG.ID(a,b,...)`; an empty string is an omitted argument (an empty slot, which Excel
 * passes as null), and trailing omitted ones are dropped.
 */
export function aiflagCall(id: string, args: readonly string[]): string {
  const def = definitionOf(id);
  if (args.length > def.params.length) throw new Error(`${id} takes ${def.params.length} arguments, not ${args.length}`);
  let end = args.length;
  while (end > 0 && args[end - 1] === "") end--;
  return `${NAMESPACE}.${def.id}(${args.slice(0, end).join(",")})`;
}

/** How many of the given cells or ranges are blank: COUNTBLANK(a)+COUNTBLANK(b)... */
export function blankCount(refs: readonly string[]): string {
  return refs.map((r) => `COUNTBLANK(${r})`).join("+");
}

/** `=IF(<blanks>>0,"needs input",<expr>)`: blank inputs show the needs-input text, not an error. */
export function unlessBlank(blanks: string, expr: string, whenBlank: string = text(NEEDS_INPUT)): string {
  return `=IF(${blanks}>0,${whenBlank},${expr})`;
}

/**
 * `AIFLAG.ID(...)` with arguments given by parameter name, each in its place: a parameter not
 * given is an empty slot (its default), so a function that gains an optional parameter keeps
 * every later argument, `output` included, where it belongs.
 */
export function aiflagCallByName(id: string, args: Readonly<Record<string, string>>, output?: "status"): string {
  const def = definitionOf(id);
  const unknown = Object.keys(args).filter((name) => !def.params.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`${id} has no parameter ${unknown.join(", ")}`);
  return aiflagCall(id, def.params.map((p) => (p.name === "output" ? (output ? text(output) : "") : (args[p.name] ?? ""))));
}
