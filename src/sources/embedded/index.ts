/** The embedded source: the four hyperscalers' FY2023-FY2025 figures, stored by line-item id. */
export { EMBEDDED, EMBEDDED_TICKERS, embeddedCompany } from "./read";
export { DATASET_YEARS, type Ticker } from "./hyperscalers";
