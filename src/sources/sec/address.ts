/**
 * Where SEC serves a company's companyfacts, and how a company is named when asking for it: a
 * CIK (789019, CIK0000789019) or a ticker (MSFT, BRK.B). Pure: the addresses are text here; the
 * CLI fetches them (src/cli/sec), the taskpane shows them for the analyst to download.
 */

/** SEC's host for the XBRL APIs. */
export const SEC_DATA_ORIGIN = "https://data.sec.gov";

/** SEC's company search, where a CIK is found from a company's name or ticker. */
export const EDGAR_COMPANY_SEARCH = "https://www.sec.gov/edgar/searchedgar/companysearch";

/** A CIK as SEC's addresses write it: ten digits, zero-padded. */
export function padCik(cik: number): string {
  return String(cik).padStart(10, "0");
}

/** "/api/xbrl/companyfacts/CIK0000789019.json". */
export function companyfactsPath(cik: number): string {
  return `/api/xbrl/companyfacts/CIK${padCik(cik)}.json`;
}

/** "https://data.sec.gov/api/xbrl/companyfacts/CIK0000789019.json". */
export function companyfactsAddress(cik: number): string {
  return `${SEC_DATA_ORIGIN}${companyfactsPath(cik)}`;
}

export type CompanyName = { kind: "cik"; cik: number } | { kind: "ticker"; ticker: string };

/** A CIK (digits, or "CIK" and digits) or a ticker (a letter, then letters, digits, "." or "-"); undefined otherwise. */
export function cikOrTicker(text: string): CompanyName | undefined {
  const trimmed = text.trim();
  const cik = /^(?:CIK)?(\d{1,10})$/i.exec(trimmed);
  if (cik) return { kind: "cik", cik: Number(cik[1]) };
  if (/^[A-Za-z][A-Za-z0-9.-]{0,9}$/.test(trimmed)) return { kind: "ticker", ticker: trimmed.toUpperCase() };
  return undefined;
}
