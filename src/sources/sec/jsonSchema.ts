/**
 * The JSON Schema (draft-07) of `aiflag sec --json` (`SecJson` in json.ts). docs/sec.md shows it
 * and a test validates real output against it, so the document and its description cannot drift.
 */
import { SEC_JSON_SCHEMA_VERSION } from "./json";

const date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;
const kind = { enum: ["annual", "quarter", "ttm"] } as const;
const byKind = (values: object) => ({
  type: "object",
  propertyNames: kind,
  additionalProperties: { type: "object", additionalProperties: values },
});

export const SEC_JSON_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "aiflag sec --json",
  type: "object",
  required: ["schema", "company", "basis", "source", "currency", "periods", "gaps", "notes", "caveats"],
  properties: {
    schema: { const: SEC_JSON_SCHEMA_VERSION },
    company: {
      type: "object",
      required: ["name", "cik", "ticker", "fiscalYearEnd"],
      properties: {
        name: { type: "string" },
        cik: { type: "integer", minimum: 0 },
        ticker: { type: ["string", "null"] },
        fiscalYearEnd: { type: "string", description: 'How the fiscal year ends, in words: "June 30", "last Sunday of January".' },
      },
    },
    basis: { enum: ["as-restated", "as-first-reported"] },
    source: { type: "string" },
    currency: { type: "string", description: "ISO code of every value (as filed: units, not millions)." },
    periods: {
      type: "array",
      description: "Fiscal years, then quarters, then trailing twelve months; oldest first within each.",
      items: {
        type: "object",
        required: ["label", "kind", "fiscalYear", "quarter", "start", "end", "items"],
        properties: {
          label: { type: "string", description: '"FY2025", "Q4 FY2025", "TTM to 2025-12-31".' },
          kind,
          fiscalYear: { type: "integer", description: "The company's own fiscal-year number." },
          quarter: { type: ["integer", "null"], minimum: 1, maximum: 4, description: "For a quarter or a TTM: the (last) quarter of fiscalYear." },
          start: date,
          end: date,
          items: {
            type: "object",
            description: "By line-item id; null where there is no figure (missing is never 0).",
            additionalProperties: {
              oneOf: [
                { type: "null" },
                {
                  type: "object",
                  required: ["value", "unit", "tag", "form", "accn", "filed", "restated", "original", "rounded", "derived"],
                  additionalProperties: false,
                  properties: {
                    value: { type: "number", description: "As filed, in currency units (outflows positive as filed)." },
                    unit: { type: "string" },
                    tag: { type: "string", description: '"us-gaap:Revenues"; "us-gaap:A + us-gaap:B" for a sum.' },
                    form: { type: "string", description: "Form of the filing the figure (or the later fact it was derived from) comes from." },
                    accn: { type: "string", description: "Accession number of that filing." },
                    filed: date,
                    restated: { type: "boolean", description: "A later filing changed the figure." },
                    original: { type: ["number", "null"], description: "The first-reported figure when restated." },
                    rounded: { type: ["number", "null"], description: "The rounded figure another filing gave, when the more precise one is kept." },
                    derived: { type: ["string", "null"], description: "How the figure was computed (Q4 = FY - 9M, a sum, a TTM), or null when filed as is." },
                  },
                },
              ],
            },
          },
        },
      },
    },
    gaps: byKind({ type: "string" }),
    notes: byKind({ type: "array", items: { type: "string" } }),
    caveats: { type: "array", items: { type: "string" } },
  },
} as const;
