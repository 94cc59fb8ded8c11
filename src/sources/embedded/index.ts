/** The embedded source: the four hyperscalers' figures (capex FY2016-FY2025, the rest FY2023-FY2025), stored by line-item id. */
export { EMBEDDED, EMBEDDED_TICKERS, embeddedCompany } from "./read";
export { DATASET_YEARS, STATEMENT_YEARS, type Ticker } from "./hyperscalers";
