/**
 * Number formatting for messages and reasons. Deterministic (en-US), so that messages in
 * tests, the taskpane and the CLI read the same on every machine.
 */

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, useGrouping: false });
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A number as a user would type it: no grouping, up to 6 decimals (0.3, 10, -1). */
export function formatPlain(x: number): string {
  return plain.format(x);
}

/** An amount with thousands separators and at most one decimal: 136,162 or 12.5. */
export function formatAmount(x: number): string {
  return grouped.format(x);
}

/** A decimal as a percentage with one decimal: 0.7032 -> "70.3%". */
export function formatPercent(x: number, decimals = 1): string {
  return `${(x * 100).toFixed(decimals).replace(/\.0+$/, "")}%`;
}

/** A change in a ratio as percentage points: -0.0142857 -> "-1.4 pts". */
export function formatPoints(x: number): string {
  const pts = (x * 100).toFixed(1).replace(/\.0$/, "");
  return `${x > 0 ? "+" : ""}${pts === "-0" ? "0" : pts} pts`;
}

/** A multiple: 0.7032 -> "0.70x". */
export function formatMultiple(x: number): string {
  return `${x.toFixed(2)}x`;
}
