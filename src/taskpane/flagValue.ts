/**
 * A flag's value as the pane shows it, by the kind its definition declares (a share as a
 * percentage, a margin change in points, a conversion as a multiple, a runway in months, money
 * as an amount in the model's own units); an error value as its code and message. Pure.
 */
import { isCellError } from "../core/cells/errors";
import type { CellOutput } from "../core/cells/values";
import { formatPlain } from "../core/format/numbers";
import { VALUE_KIND_FORMATS } from "../core/format/valueKind";
import { STATUSES, type Status } from "../core/framework/status";
import { findFunction } from "../core/registry";

/** The value of flag `id` in words: "70.3%", "-0.1 pts", "0.70x", "12.5 months", "1,234", or "#N/A net income is not positive". */
export function flagValueText(id: string, value: CellOutput): string {
  if (isCellError(value)) return `${value.code} ${value.message}`;
  if (typeof value === "string") return value;
  const kind = findFunction(id)?.valueKind;
  return kind ? VALUE_KIND_FORMATS[kind].text(value) : formatPlain(value);
}

/** RED / WATCH / OK when the status is one; undefined otherwise (no status, or an error). */
export function statusOf(status: CellOutput | undefined): Status | undefined {
  return STATUSES.find((s) => s === status);
}
