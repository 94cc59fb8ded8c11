/** Small hand-made companyfacts documents, for the cases the real fixtures do not hold. */
import type { CompanyFactsDoc, RawFact } from "../../../src/sources/sec/document";

let accession = 0;

/** A fact as SEC serves it; `start` omitted for a balance. */
export function fact(start: string | undefined, end: string, val: number, form = "10-K", filed = "2026-02-01", fy: number | null = null): RawFact {
  accession++;
  return {
    ...(start ? { start } : {}),
    end,
    val,
    accn: `0000000000-26-${String(accession).padStart(6, "0")}`,
    fy,
    fp: form.startsWith("10-K") ? "FY" : "Q1",
    form,
    filed,
  };
}

/** A document whose us-gaap concepts hold the given facts (in USD). */
export function companyFacts(tags: Record<string, RawFact[]>, entityName = "CONTOSO INC"): CompanyFactsDoc {
  const gaap: CompanyFactsDoc["facts"][string] = {};
  for (const [tag, facts] of Object.entries(tags)) gaap[tag] = { label: tag, units: { USD: facts } };
  return { cik: 1234567, entityName, facts: { dei: {}, "us-gaap": gaap } };
}
