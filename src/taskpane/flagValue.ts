/**
 * A flag's value as the pane shows it, by the kind its definition declares (a share as a
 * percentage, a margin change in points, a conversion as a multiple, a runway in months, money
 * in the figures' units, "$39.6B", or as given when they do not say); an error value as its code
 * and message. Pure.
 */
import { isCellError } from "../core/cells/errors";
import type { CellOutput } from "../core/cells/values";
import { valueText } from "../analysis/valueText";
import type { MoneyUnits } from "../model/financials";
import { STATUSES, type Status } from "../core/framework/status";
import { findFunction } from "../core/registry";

/**
 * The value of flag `id` in words: "70.3%", "-0.1 pts", "0.70x", "12.5 months", money in the
 * figures' units when they say them ("$39.6B") or as given ("1,234"), or "#N/A net income is not positive".
 */
export function flagValueText(id: string, value: CellOutput, units?: MoneyUnits): string {
  if (isCellError(value)) return `${value.code} ${value.message}`;
  if (typeof value === "string") return value;
  return valueText(findFunction(id)?.valueKind, value, units);
}

/** RED / WATCH / OK when the status is one; undefined otherwise (no status, or an error). */
export function statusOf(status: CellOutput | undefined): Status | undefined {
  return STATUSES.find((s) => s === status);
}
