/**
 * Screening thresholds for the comparison's metrics that are not AIFLAG flags (revenue growth,
 * capex intensity, depreciation pace). They are the analyst's, not AIFLAG's: they sit in input
 * cells with their reasoning beside them, and the status formulas read them from there.
 */

export interface ScreenThreshold {
  key: "growth" | "capexIntensity" | "depreciationPace";
  metric: string;
  /** "lower": RED below `red`, WATCH below `watch`; "higher": RED at or above `red`, WATCH at or above `watch`. */
  worse: "lower" | "higher";
  red: number;
  watch: number;
  why: string;
}

export const SCREEN_THRESHOLDS: readonly ScreenThreshold[] = [
  {
    key: "growth",
    metric: "Revenue growth (CAGR)",
    worse: "lower",
    red: 0.05,
    watch: 0.1,
    why: "Rising capex has to be paid for by growth: below 10% a year is worth a question, below 5% leaves little to pay with.",
  },
  {
    key: "capexIntensity",
    metric: "Capex intensity (capex / revenue)",
    worse: "higher",
    red: 0.3,
    watch: 0.2,
    why: "In FY2023 the four spent 9% to 20% of revenue on capex (this dataset): 20% or more is a step up, 30% or more a build-out that depreciation will carry for years.",
  },
  {
    key: "depreciationPace",
    metric: "Depreciation pace (depreciation / capex)",
    worse: "lower",
    red: 0.35,
    watch: 0.5,
    why: "Depreciation below half of capex means assets are bought faster than they are expensed: the charge will rise as the new vintages depreciate; below 35%, steeply.",
  },
];
