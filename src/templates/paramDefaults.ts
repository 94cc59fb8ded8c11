/** A function's documented default for one parameter, read from the registry (never retyped). */
import { definitionOf } from "./formulas";

export function paramDefault(id: string, param: string): number {
  const spec = definitionOf(id).params.find((p) => p.name === param);
  if (!spec || typeof spec.defaultValue !== "number") throw new Error(`${id} has no numeric default for ${param}`);
  return spec.defaultValue;
}
