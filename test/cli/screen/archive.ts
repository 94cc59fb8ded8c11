/**
 * Small companyfacts archives for the screen's tests, built with yazl from the real fixtures
 * (test/fixtures/sec) and from hand-made documents for each fault the screen must survive.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yazl from "yazl";
import type { CompanyFactsDoc } from "../../../src/sources/sec/document";
import { fixtureDoc, fixtureText } from "../../sources/sec/fixtures";
import { companyFacts, fact } from "../../sources/sec/synthetic";

export interface Entry {
  name: string;
  content: string | Buffer;
  /** Store without compression (a fast archive to build); deflated by default. */
  store?: boolean;
}

export const entryName = (cik: number) => `CIK${String(cik).padStart(10, "0")}.json`;

export const MSFT_CIK = 789019;
export const NVDA_CIK = 1045810;

/** The two real companies, as SEC's archive names them. */
export function realEntries(): Entry[] {
  return [
    { name: entryName(MSFT_CIK), content: fixtureText("MSFT") },
    { name: entryName(NVDA_CIK), content: fixtureText("NVDA") },
  ];
}

/** Only the facts of 10-Q filings: years are known from the quarters, but no fiscal year is complete. */
function quartersOnly(doc: CompanyFactsDoc): CompanyFactsDoc {
  for (const concept of Object.values(doc.facts["us-gaap"])) {
    for (const [unit, list] of Object.entries(concept.units)) concept.units[unit] = list.filter((x) => x.form === "10-Q");
  }
  doc.cik = 3;
  doc.entityName = "QUARTERS ONLY INC";
  return doc;
}

/** One entry for each fault, by the reason the screen gives; "unreadable entry" is made by `corrupt`. */
export function faultEntries(): Record<string, Entry> {
  const ifrs = { cik: 2, entityName: "IFRS FILER PLC", facts: { dei: {}, "ifrs-full": { Revenue: { label: "Revenue", units: { USD: [] } } } } };
  const eightK = companyFacts({ Revenues: [fact("2024-01-01", "2024-12-31", 100, "8-K")] }, "EIGHT-K ONLY INC");
  eightK.cik = 4;
  return {
    "not JSON": { name: entryName(1), content: "{not json" },
    "IFRS filer": { name: entryName(2), content: JSON.stringify(ifrs) },
    "no annual periods": { name: entryName(3), content: JSON.stringify(quartersOnly(fixtureDoc("MSFT"))) },
    "no 10-K or 10-Q figures": { name: entryName(4), content: JSON.stringify(eightK) },
    "not companyfacts": { name: "README.txt", content: "not a companyfacts file" },
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "aiflag-screen-"));
}

export async function zipBuffer(entries: readonly Entry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2026, 0, 1));
  for (const e of entries) zip.addBuffer(Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content, "utf8"), e.name, { mtime, compress: !e.store });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function writeZip(dir: string, name: string, entries: readonly Entry[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await zipBuffer(entries));
  return path;
}

/**
 * Damages the deflated data of one entry in a zip: the bytes after its local header are
 * overwritten, so inflating it fails or gives the wrong length (both "unreadable entry").
 */
export function corrupt(zip: Buffer, name: string): Buffer {
  const header = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]);
  let at = zip.indexOf(header);
  while (at >= 0) {
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    if (zip.toString("utf8", at + 30, at + 30 + nameLength) === name) {
      const data = at + 30 + nameLength + extraLength;
      const damaged = Buffer.from(zip);
      for (let i = 0; i < 64; i++) damaged[data + 4 + i] = (i * 37 + 11) & 0xff;
      return damaged;
    }
    at = zip.indexOf(header, at + 4);
  }
  throw new Error(`no entry ${name} in the zip`);
}
