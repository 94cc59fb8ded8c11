/**
 * Real companyfacts documents for the benchmark, and synthetic ones made from them: the trimmed
 * fixtures of test/fixtures/sec (and the complete files of /work/shared/data/companyfacts where
 * present), padded with copies of their concepts under names the reader does not read (a real
 * file holds hundreds of concepts the reader skips), or cut to the facts filed since a date (a
 * filer with a short history).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";

export interface Doc {
  cik: number;
  entityName: string;
  facts: Record<string, Record<string, { units: Record<string, Array<{ filed: string }>> }>>;
}

export const FIXTURES = resolve(__dirname, "../../test/fixtures/sec");
export const SHARED_COMPANYFACTS = "/work/shared/data/companyfacts";

export function readGzipJson(path: string): Doc {
  return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as Doc;
}

/** A trimmed fixture: "MSFT" or "NVDA". */
export function fixture(ticker: "MSFT" | "NVDA"): Doc {
  return readGzipJson(resolve(FIXTURES, `${ticker}.companyfacts.json.gz`));
}

/** The complete file from the shared folder, or undefined when it is absent. */
export function fullFile(ticker: "MSFT" | "NVDA"): Doc | undefined {
  const path = resolve(SHARED_COMPANYFACTS, `${ticker}.json.gz`);
  return existsSync(path) ? readGzipJson(path) : undefined;
}

/** A copy of `doc` padded to about `bytes` of JSON with copies of its us-gaap concepts under other names. */
export function padDocument(doc: Doc, bytes: number): Doc {
  const copy = JSON.parse(JSON.stringify(doc)) as Doc;
  const gaap = copy.facts["us-gaap"];
  const originals = Object.entries(doc.facts["us-gaap"]);
  let size = JSON.stringify(copy).length;
  for (let i = 0; size < bytes; i++) {
    const [name, concept] = originals[i % originals.length];
    const text = JSON.stringify(concept);
    gaap[`Filler${i}${name}`] = JSON.parse(text);
    size += text.length + name.length + 16;
  }
  return copy;
}

/** A copy of `doc` with only the facts filed on or after `date` (yyyy-mm-dd): a short filing history. */
export function filedSince(doc: Doc, date: string): Doc {
  const facts: Doc["facts"] = {};
  for (const [taxonomy, concepts] of Object.entries(doc.facts)) {
    const kept: Doc["facts"][string] = {};
    for (const [name, concept] of Object.entries(concepts)) {
      const units: Record<string, Array<{ filed: string }>> = {};
      for (const [unit, list] of Object.entries(concept.units)) {
        const recent = list.filter((x) => x.filed >= date);
        if (recent.length > 0) units[unit] = recent;
      }
      if (Object.keys(units).length > 0) kept[name] = { ...concept, units };
    }
    facts[taxonomy] = kept;
  }
  return { ...doc, facts };
}
