/**
 * The companyfacts document as SEC serves it (`https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json`),
 * its parsing from text, and the checks that turn a wrong file into one plain sentence.
 *
 *   { "cik": 789019, "entityName": "MICROSOFT CORPORATION",
 *     "facts": { "us-gaap": { "Revenues": { "label": ..., "units": { "USD": [
 *       { "start": "2024-07-01", "end": "2025-06-30", "val": 281724000000, "accn": "0000950170-25-100235",
 *         "fy": 2025, "fp": "FY", "form": "10-K", "filed": "2025-07-30", "frame": "CY2025" }, ... ] } } } } }
 *
 * `fy`/`fp` describe the filing a fact came from, not the fact's period (a 10-K carries three years
 * of income facts, all labelled with the filing's year): periods are read from `start`/`end`.
 */

export interface RawFact {
  /** Absent for an instant (a balance at `end`). */
  start?: string;
  end: string;
  val: number;
  accn: string;
  fy?: number | null;
  fp?: string | null;
  form: string;
  filed: string;
  frame?: string;
}

export interface RawConcept {
  label?: string | null;
  description?: string | null;
  units: Record<string, RawFact[]>;
}

export interface CompanyFactsDoc {
  cik: number;
  entityName: string;
  facts: Record<string, Record<string, RawConcept>>;
}

/** A file or document that cannot be read as companyfacts; the message is for the user as is. */
export class SecDataError extends Error {
  override name = "SecDataError";
}

/**
 * The largest companyfacts file accepted: the biggest filers' files are tens of MB; a file over
 * this is refused before it is parsed, rather than freezing the process.
 */
export const MAX_COMPANYFACTS_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;

/** "201 MB", or "1000 bytes" under a megabyte. */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`;
}

/** Refuses a size over the limit, before anything is read or decompressed into memory. */
export function checkSize(bytes: number, limit = MAX_COMPANYFACTS_BYTES): void {
  if (bytes > limit) {
    throw new SecDataError(`the file is ${sizeText(bytes)}; the limit is ${sizeText(limit)} (companyfacts files are a few MB, tens for the largest filers)`);
  }
}

function htmlTitle(text: string): string | undefined {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(text.slice(0, 20_000));
  const title = m?.[1].replace(/\s+/g, " ").trim();
  return title ? title.slice(0, 120) : undefined;
}

/**
 * The JSON value of a companyfacts text, or a SecDataError saying plainly what the text is
 * instead: empty, an HTML page (what SEC sends when it refuses a request), cut off, not JSON.
 */
export function parseCompanyFactsText(text: string, options: { maxBytes?: number } = {}): unknown {
  checkSize(text.length, options.maxBytes);
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = start === 0 ? text : text.slice(start);
  const trimmedLength = body.trimEnd().length;
  if (body.trim().length === 0) throw new SecDataError("the file is empty");
  const first = body.trimStart()[0];
  if (first === "<") {
    const title = htmlTitle(body);
    throw new SecDataError(
      `this is an HTML page${title ? ` ("${title}")` : ""}, not companyfacts JSON: SEC sends such a page when it refuses a request ` +
        "(no User-Agent, too many requests) or the address is wrong; download the file again",
    );
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    if (/end of JSON input/.test(message) || position >= trimmedLength) {
      throw new SecDataError(`the JSON stops before its end (${body.length} characters): the file is cut off; download it again`);
    }
    throw new SecDataError(`not valid JSON (${message})`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** What another SEC JSON file is, when it is not companyfacts. */
function otherSecFile(doc: Record<string, unknown>): string | undefined {
  if ("filings" in doc && "cik" in doc) return "SEC's submissions file (the list of a company's filings)";
  if ("taxonomy" in doc && "tag" in doc && "units" in doc) return "SEC's companyconcept file (one tag of one company)";
  if ("taxonomy" in doc && "tag" in doc && "data" in doc) return "SEC's frames file (one tag across companies)";
  return undefined;
}

/**
 * The document as companyfacts, or a SecDataError: not companyfacts (with what it is when it is
 * another SEC file), an IFRS filer (not supported yet), or no us-gaap facts at all.
 * Facts themselves are checked as the reader walks them (only the tags it reads).
 */
export function asCompanyFacts(doc: unknown): CompanyFactsDoc {
  const notIt = "this is not an SEC companyfacts file";
  if (!isObject(doc)) {
    throw new SecDataError(`${notIt}: its JSON is ${Array.isArray(doc) ? "a list" : doc === null ? "null" : `a ${typeof doc}`}, not an object with "cik", "entityName" and "facts"`);
  }
  const other = otherSecFile(doc);
  if (other) throw new SecDataError(`${notIt} but ${other}; companyfacts is https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json`);
  if (!isObject(doc.facts)) throw new SecDataError(`${notIt}: it has no "facts" object`);
  const cik = typeof doc.cik === "string" && /^\d+$/.test(doc.cik) ? Number(doc.cik) : doc.cik;
  if (typeof cik !== "number" || !Number.isInteger(cik) || cik < 0) throw new SecDataError(`${notIt}: its "cik" is not a number`);
  const name = typeof doc.entityName === "string" ? doc.entityName : "";
  const taxonomies = Object.keys(doc.facts);
  if (!isObject(doc.facts["us-gaap"])) {
    const who = name || `CIK ${cik}`;
    if (taxonomies.includes("ifrs-full")) {
      throw new SecDataError(`IFRS filers are not supported yet: ${who} files its statements under the IFRS taxonomy (ifrs-full), which AIFLAG does not map yet`);
    }
    throw new SecDataError(`${who} has no us-gaap financial data in this file (taxonomies: ${taxonomies.join(", ") || "none"})`);
  }
  return { cik, entityName: name, facts: doc.facts as CompanyFactsDoc["facts"] };
}
