/** A fed flag's result: the top-left cell of the core's answer for `output` "value" and "status". */
import type { CellOutput } from "../../core/cells/values";
import type { FunctionDefinition } from "../../core/framework/definition";
import { invokeFunction } from "../../core/framework/invoke";
import type { Feed } from "./feed";

export interface FlagCell {
  value: CellOutput;
  /** Undefined for a flag without status (BONUSDEP). */
  status?: CellOutput;
}

export function resultOf(def: FunctionDefinition, feed: Extract<Feed, { ok: true }>): FlagCell {
  const value = invokeFunction(def, [...feed.args, "value"])[0][0];
  return def.hasStatus ? { value, status: invokeFunction(def, [...feed.args, "status"])[0][0] } : { value };
}
