/**
 * What ROIC and INCROIC share: the thresholds against the cost of capital, the rules of their
 * rates, and the reasons each status gives. Not a flag.
 *
 *   RED below w, WATCH below w + 0.02, OK otherwise (w: the cost of capital the analyst gives).
 */
import type { Reasons } from "../framework/explanation";
import { atLeast, type Status } from "../framework/status";
import { formatPercent, formatPlain } from "../format/numbers";
import type { NumberRule } from "../params/spec";

/** The WATCH band above the cost of capital: two percentage points. */
export const RETURN_THRESHOLDS = { watchBand: 0.02 } as const;

/** "2 percentage points". */
export const WATCH_BAND_TEXT = `${formatPlain(RETURN_THRESHOLDS.watchBand * 100)} percentage points`;

/** The thresholds as the cards say them. */
export const RETURN_THRESHOLDS_TEXT =
  `Measured against the cost of capital w you give (wacc): RED below w; WATCH from w to ${WATCH_BAND_TEXT} above it; ` +
  "OK beyond. Without wacc the value is computed and the status is #N/A: AIFLAG does not guess a company's cost of capital.";

/** A tax rate from 0 to 1. */
/** Why ROIC and INCROIC read fiscal years only. */
export const RETURNS_ARE_YEARLY =
  "It is a return a year, set against a cost of capital a year: a quarter's profit, not annualised, would read as about a quarter of the return.";

export const TAX_RATE_RULE: NumberRule = { min: 0, max: 1 };

/** A cost of capital above -100% and at most 100%. */
export const WACC_RULE: NumberRule = { min: -1, max: 1, minExclusive: true };

/** RED below the cost of capital, WATCH within two points above it, OK at or beyond. */
export function returnBands(value: number, wacc: number): Status {
  if (!atLeast(value, wacc)) return "RED";
  return atLeast(value, wacc + RETURN_THRESHOLDS.watchBand) ? "OK" : "WATCH";
}

/** "<lead> 8.0%: below the 9.0% cost of capital ..." for each status. */
export function returnReasons(lead: string, wacc: number | undefined): Reasons {
  return (status, value) => {
    const w = wacc ?? 0;
    const said = `${lead} ${formatPercent(value)}`;
    return {
      RED: `${said}: below the ${formatPercent(w)} cost of capital, the capital earns less than it costs.`,
      WATCH: `${said}: above the ${formatPercent(w)} cost of capital by less than ${WATCH_BAND_TEXT}, a thin margin.`,
      OK: `${said}: at least ${WATCH_BAND_TEXT} above the ${formatPercent(w)} cost of capital.`,
    }[status];
  };
}
