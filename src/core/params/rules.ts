import type { NumberRule } from "./spec";
import { formatPlain } from "../format/numbers";

/** The rule as an interval, e.g. `(-1, 10]`, `> 0`, `a whole number from 1 to 50`. */
export function describeRule(rule: NumberRule): string {
  const { min, max, minExclusive, maxExclusive, integer } = rule;
  if (integer && min !== undefined && max !== undefined) return `a whole number from ${formatPlain(min)} to ${formatPlain(max)}`;
  if (min !== undefined && max !== undefined) {
    return `${minExclusive ? "(" : "["}${formatPlain(min)}, ${formatPlain(max)}${maxExclusive ? ")" : "]"}`;
  }
  if (min !== undefined) return `${minExclusive ? ">" : ">="} ${formatPlain(min)}`;
  if (max !== undefined) return `${maxExclusive ? "<" : "<="} ${formatPlain(max)}`;
  return "any number";
}

export function satisfiesRule(x: number, rule: NumberRule): boolean {
  const { min, max, minExclusive, maxExclusive, integer } = rule;
  if (integer && !Number.isInteger(x)) return false;
  if (min !== undefined && (minExclusive ? x <= min : x < min)) return false;
  if (max !== undefined && (maxExclusive ? x >= max : x > max)) return false;
  return true;
}

/**
 * Convention 5: a rate typed as 30 where 0.3 was meant. When the value is out of range but
 * a hundredth of it is in range, the message suggests the percent form.
 */
export function percentHint(x: number, rule: NumberRule): string {
  if (rule.integer || rule.max === undefined || Math.abs(x) < 1) return "";
  if (satisfiesRule(x, rule) || !satisfiesRule(x / 100, rule)) return "";
  return ` (rates are decimals: for ${formatPlain(x)}% enter ${formatPlain(x / 100)} or ${formatPlain(x)}%)`;
}
