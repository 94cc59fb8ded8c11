/**
 * What a flag shows for one measurement: its value cell, its status cell and the reason beside
 * the status. Written once here for every flag (the flags give the parts: a value, `classify`,
 * their reasons per status).
 */
import { isCellError, naError, notFiniteError, type CellError } from "../cells/errors";
import type { CellOutput } from "../cells/values";
import type { FlagLogic, Measured, Reasons } from "./explanation";
import type { Status } from "./status";

/** A cell as it may leave the core: NaN and Infinity become `#N/A` saying why (convention 8). */
export function finiteCell(x: number | string | CellError): CellOutput {
  return typeof x === "number" && !Number.isFinite(x) ? notFiniteError() : x;
}

/** Why a value can have no status: it is an error (convention 7), or too large to hold (convention 8). */
function valueProblem(value: number | CellError): CellError | undefined {
  if (isCellError(value)) return value;
  return Number.isFinite(value) ? undefined : notFiniteError();
}

/** What `output = "status"` gives for a flag without statuses. */
export function noStatus(id: string): CellError {
  return naError(`${id} is not a warning sign, so it has no status: read its value (output "value" or "detail")`);
}

/**
 * The status cell: `#N/A` for a flag without statuses; else the value's own error when it has
 * one (a value that overflowed shows as `#N/A`, so its status must not read RED, WATCH or OK);
 * else `#N/A` saying what is missing when the option the status is measured against was left
 * out (`statusNeeds`); else the flag's verdict.
 */
export function flagStatus<A, M extends Measured>(id: string, logic: FlagLogic<A, M>, m: M, a: A): Status | CellError {
  if (!logic.classify) return noStatus(id);
  const problem = valueProblem(m.value);
  if (problem) return problem;
  const needs = logic.statusNeeds;
  if (needs && (a as Readonly<Record<string, unknown>>)[needs.param] === undefined) return naError(needs.message);
  return logic.classify(m as M & { value: number }, a);
}

/** The reason beside a status: the value's error message, else the flag's sentence for the status. */
export function reasonOf(reasons: Reasons, status: Status | CellError, value: number | CellError): string {
  const problem = valueProblem(value);
  if (problem) return problem.message;
  if (typeof reasons === "string") return reasons;
  if (isCellError(status)) return status.message;
  return typeof reasons === "function" ? reasons(status, value as number) : reasons[status];
}
