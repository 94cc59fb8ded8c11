/**
 * Successive capex guidance for one fiscal year, with the commitment measure reported at the
 * same announcements: the input of CAPEXCREEP. Copied from the project's reference dataset
 * (company earnings releases); amounts in USD millions.
 */
import type { Ticker } from "./hyperscalers";

export interface GuidanceRevision {
  /** ISO date of the announcement. */
  announced: string;
  /** Which results the guidance was given with. */
  givenWith: string;
  /** Guided capex for the fiscal year (a range is entered at its midpoint). */
  guidance: number;
  /** Backlog or remaining performance obligations at that date; null where none was reported. */
  commitment: number | null;
}

export interface CapexGuidance {
  ticker: Ticker;
  guidedFiscalYear: number;
  /** What `commitment` measures. */
  commitmentMeasure: string;
  /** Oldest announcement first. */
  revisions: readonly GuidanceRevision[];
  /** Capex actually spent in the guided year. */
  actualCapex: number;
  source: string;
  notes: readonly string[];
}

export const CAPEX_GUIDANCE: readonly CapexGuidance[] = [
  {
    ticker: "GOOGL",
    guidedFiscalYear: 2025,
    commitmentMeasure: "Google Cloud backlog",
    revisions: [
      { announced: "2025-02-04", givenWith: "Q4 2024 results", guidance: 75000, commitment: null },
      { announced: "2025-07-23", givenWith: "Q2 2025 results", guidance: 85000, commitment: 106000 },
      { announced: "2025-10-29", givenWith: "Q3 2025 results", guidance: 92000, commitment: 155000 },
    ],
    actualCapex: 91447,
    source: "Alphabet earnings releases for Q4 2024, Q2 2025 and Q3 2025.",
    notes: [
      "Guidance was about $75B, then about $85B, then $91-93B: the midpoint, $92B, is used.",
      "Google Cloud backlog was $155B at Q3 2025, up $49B in the quarter, so $106B at Q2 2025; none was given with the first guidance.",
      "Actual 2025 capex was $91,447M.",
    ],
  },
];

export function findGuidance(ticker: string): CapexGuidance | undefined {
  return CAPEX_GUIDANCE.find((g) => g.ticker === ticker.trim().toUpperCase());
}
