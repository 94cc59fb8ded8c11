/** The trimmed companyfacts fixtures (test/fixtures/sec/README.md) and helpers to read them. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Financials, SecProvenance } from "../../../src/model/financials";
import type { LineItemId } from "../../../src/model/lineItems";
import { readCompanyFacts, type SecCompany } from "../../../src/sources/sec";
import type { CompanyFactsDoc, RawFact } from "../../../src/sources/sec/document";
import type { Basis } from "../../../src/sources/sec/restatement";

export const FIXTURE_DIR = resolve(__dirname, "../../fixtures/sec");
export const fixturePath = (company: "MSFT" | "NVDA") => resolve(FIXTURE_DIR, `${company}.companyfacts.json.gz`);

const texts = new Map<string, string>();

export function fixtureText(company: "MSFT" | "NVDA"): string {
  let text = texts.get(company);
  if (text === undefined) texts.set(company, (text = gunzipSync(readFileSync(fixturePath(company))).toString("utf8")));
  return text;
}

/** A fresh copy of the document: tests may change it. */
export function fixtureDoc(company: "MSFT" | "NVDA"): CompanyFactsDoc {
  return JSON.parse(fixtureText(company)) as CompanyFactsDoc;
}

const read = new Map<string, SecCompany>();

export function fixtureCompany(company: "MSFT" | "NVDA", basis: Basis = "as-restated"): SecCompany {
  const key = `${company} ${basis}`;
  let c = read.get(key);
  if (!c) read.set(key, (c = readCompanyFacts(fixtureDoc(company), { basis })));
  return c;
}

/** The full files of /work/shared, when that folder is present (never needed to pass). */
export const SHARED_DIR = "/work/shared/data/companyfacts";
export const sharedAvailable = (): boolean => existsSync(resolve(SHARED_DIR, "MSFT.json.gz"));

export function periodIndex(f: Financials, label: string): number {
  const k = f.periods.findIndex((p) => p.label === label);
  if (k < 0) throw new Error(`no period ${label} in ${f.periods.map((p) => p.label).join(", ")}`);
  return k;
}

/** The figure of `item` in the period labelled `label`, or null. */
export function figure(f: Financials, item: LineItemId, label: string): number | null {
  return f.items[item]?.values[periodIndex(f, label)]?.value ?? null;
}

export function provenanceOf(f: Financials, item: LineItemId, label: string): SecProvenance {
  const fact = f.items[item]?.values[periodIndex(f, label)];
  if (!fact) throw new Error(`no ${item} in ${label}`);
  return fact.provenance as SecProvenance;
}

export const M = 1_000_000;

/** The facts of one us-gaap concept in USD, for tests that change the document. */
export function factsOf(doc: CompanyFactsDoc, tag: string): RawFact[] {
  return doc.facts["us-gaap"][tag].units.USD;
}
