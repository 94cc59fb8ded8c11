/**
 * An element-wise flag period by period: its value and status in every period whose inputs are
 * present (not only the latest), and the direction of the value over consecutive periods. Generic:
 * any element-wise flag of the registry gets it with no change here. FCF conversion read year by
 * year is the signal the analysis watches ("improving despite capex" against "compressing").
 *
 *   steps_k       = value_k - value_(k-1)          for consecutive periods both holding a number
 *   fellInLastTwo = the last two steps are both below 0 (three consecutive periods)
 */
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Financials, MoneyUnits } from "../../model/financials";
import { valueText } from "../valueText";
import { feedFlag } from "./feed";
import { resultOf, type FlagCell } from "./result";
import type { Assumptions } from "./sources";

export interface PeriodResult extends FlagCell {
  /** The period's label ("FY2024") and its index in `Financials.periods`. */
  period: string;
  index: number;
}

export interface DirectionStep {
  from: string;
  to: string;
  change: number;
}

export interface Direction {
  /** Changes between consecutive periods that both hold a number, oldest first. */
  steps: readonly DirectionStep[];
  /** The value fell in each of the last two steps. */
  fellInLastTwo: boolean;
  /** The last three values and the last two steps: "0.87x (FY2023), 0.91x (FY2024), 0.70x (FY2025): rose in FY2024, fell in FY2025." */
  text: string;
}

/** Every period whose inputs the flag finds, oldest first. */
export function byPeriodOf(def: FunctionDefinition, f: Financials, assumptions: Assumptions): PeriodResult[] {
  const out: PeriodResult[] = [];
  f.periods.forEach((p, k) => {
    const feed = feedFlag(def, f, assumptions, { at: k });
    if (feed.ok && feed.periodIndex === k) out.push({ period: p.label, index: k, ...resultOf(def, feed) });
  });
  return out;
}

const way = (change: number) => (change > 0 ? "rose" : change < 0 ? "fell" : "was unchanged");

/** How the value moved; undefined with fewer than two consecutive numbers. */
export function directionOf(def: FunctionDefinition, results: readonly PeriodResult[], units: MoneyUnits): Direction | undefined {
  const steps: DirectionStep[] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    if (b.index === a.index + 1 && typeof a.value === "number" && typeof b.value === "number") {
      steps.push({ from: a.period, to: b.period, change: b.value - a.value });
    }
  }
  if (steps.length === 0) return undefined;
  const last = steps.slice(-2);
  const fellInLastTwo = last.length === 2 && last.every((s) => s.change < 0);
  // The last three values: the two steps the verdict reads (byPeriod holds every one).
  const values = results
    .filter((r) => typeof r.value === "number")
    .slice(-3)
    .map((r) => `${valueText(def.valueKind, r.value as number, units)} (${r.period})`)
    .join(", ");
  const moves = last.map((s) => `${way(s.change)} in ${s.to}`).join(", ");
  const text = `${values}: ${fellInLastTwo ? `fell in each of the last two years (${last.map((s) => s.to).join(", ")})` : moves}.`;
  return { steps, fellInLastTwo, text };
}
