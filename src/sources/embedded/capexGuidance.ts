/**
 * Successive capex guidance for one fiscal year, with the commitment measure reported at the
 * same announcements: the input of CAPEXCREEP, disclosed by the reader as
 * `Financials.disclosures.capexGuidance`. Copied from the project's reference dataset (company
 * earnings releases); amounts in USD millions, like the rest of the dataset.
 */
import type { CapexGuidance } from "../../model/financials";
import type { Ticker } from "./hyperscalers";

export const CAPEX_GUIDANCE: Readonly<Partial<Record<Ticker, CapexGuidance>>> = {
  GOOGL: {
    guidedFiscalYear: 2025,
    commitmentMeasure: "Google Cloud backlog",
    revisions: [
      { announced: "2025-02-04", givenWith: "Q4 2024 results", guidance: 75000, commitment: 93200 },
      { announced: "2025-07-23", givenWith: "Q2 2025 results", guidance: 85000, commitment: 106000 },
      { announced: "2025-10-29", givenWith: "Q3 2025 results", guidance: 92000, commitment: 155000 },
    ],
    actualCapex: 91447,
    source: "Alphabet earnings releases for Q4 2024, Q2 2025 and Q3 2025; the Q4 2024 earnings call for the first backlog.",
    notes: [
      "Guidance was about $75B, then about $85B, then $91-93B: the midpoint, $92B, is used.",
      "Google Cloud backlog was $93.2B at 4 February 2025 (given with the first guidance), $106B at Q2 2025 ($155B at Q3 2025 less the $49B added in the quarter) and $155B at Q3 2025.",
      "Actual 2025 capex was $91,447M.",
    ],
  },
};
