/**
 * The SEC source: companyfacts JSON to `Financials`. Pure: no Node, DOM or network; the CLI reads
 * the bytes (`src/cli/sec`). See docs/sec.md for the rules and the tag table.
 */
export { readAnnualFacts, readCompanyFacts, readYearsAndQuarters, type ReadOptions, type YearsAndQuarters, type SecCompany } from "./read";
export { parseCompanyFactsText, asCompanyFacts, checkSize, sizeText, SecDataError, MAX_COMPANYFACTS_BYTES, type CompanyFactsDoc, type RawFact } from "./document";
export { SEC_TAGS, SEC_ITEM_IDS, TABLE_TAGS, TAXONOMY, sourceName, type SecItemId, type TagSource } from "./tags";
export { secJson, SEC_JSON_SCHEMA_VERSION, type SecJson, type SecJsonPeriod, type SecJsonItem } from "./json";
export type { Basis } from "./restatement";
export { companyfactsAddress, cikOrTicker, padCik, EDGAR_COMPANY_SEARCH, type CompanyName } from "./address";
export { isGzip, gzipErrors } from "./gzip";
