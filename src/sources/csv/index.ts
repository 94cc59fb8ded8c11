/** The CSV source: the user's file of companies and fiscal years, as `Financials`. */
export { readFinancialsCsv, CSV_SCALE, MAX_ROWS, REQUIRED_COLUMNS } from "./read";
export { InputError } from "./inputError";
export { decodeUtf8, MAX_INPUT_BYTES } from "./decode";
