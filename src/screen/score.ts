/** SCORE, the registry's own utility, over a company's statuses: one number to rank by. */
import { isCellError } from "../core/cells/errors";
import type { FunctionDefinition } from "../core/framework/definition";
import { invokeFunction } from "../core/framework/invoke";
import type { Status } from "../core/framework/status";

export const SCORE_ID = "SCORE";

/** SCORE of the statuses (0 = all OK, 100 = all RED), or null when there are none to score. */
export function scoreOf(registry: readonly FunctionDefinition[], statuses: readonly Status[]): number | null {
  if (statuses.length === 0) return null;
  const score = registry.find((d) => d.id === SCORE_ID);
  if (!score) throw new Error(`the registry has no ${SCORE_ID}`);
  const result = invokeFunction(score, [[[...statuses]]])[0][0];
  if (typeof result !== "number") throw new Error(`${SCORE_ID} of ${statuses.join(", ")} gave ${isCellError(result) ? result.toString() : result}`);
  return result;
}
