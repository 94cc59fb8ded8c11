/**
 * Where the screen's companies come from: SEC's bulk archive (companyfacts.zip), read entry by
 * entry with yauzl (`lazyEntries`: the next entry is read only when the screen asks for it, so
 * neither the archive nor its entries are ever all in memory), or a folder of companyfacts files.
 * A path that is neither, an empty archive or folder: an InputError (one message, exit 1).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { sizeText } from "../../sources/sec";
import { InputError } from "../../sources/csv";
import type { Skipped } from "../../screen";
import type { JobSource } from "./job";

/** An entry to screen: its bytes are read only when `load` is called (never for an entry --ciks leaves out). */
export interface SourceEntry {
  entry: string;
  cik: number | null;
  /** Its JSON's size in bytes: as the archive says, or estimated for a gzip file (16 times its size, as these files compress). */
  jsonBytes: number;
  load(): Promise<JobSource>;
}

/** How much smaller gzip makes companyfacts JSON, about (Microsoft's and NVIDIA's files: 15-16 times). */
export const GZIP_RATIO = 16;

export type Listed = { kind: "entry"; value: SourceEntry } | { kind: "skipped"; value: Skipped };

export interface EntrySource {
  /** How many entries the archive or folder holds (directories included for a zip). */
  total: number;
  entries(): AsyncIterable<Listed>;
  close(): void;
}

export interface SourceOptions {
  /** Where a deflated entry is inflated: in the worker (the bytes cross as stored) or here (yauzl's stream). */
  inflateIn: "worker" | "main";
  maxBytes: number;
}

/** The CIK in SEC's entry names: "CIK0000789019.json" (also with .gz, in a folder). */
export function cikOfName(name: string): number | null {
  const m = /(?:^|\/)CIK(\d{10})\.json(?:\.gz)?$/i.exec(name);
  return m ? Number(m[1]) : null;
}

const isCompanyFactsName = (name: string) => /\.json(\.gz)?$/i.test(name);

async function readAll(stream: Readable, size: number): Promise<Uint8Array> {
  // Its own buffer (not Node's shared pool), so that it can be transferred to a worker.
  const out = new Uint8Array(size);
  let at = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (at + chunk.length > size) throw new Error(`the entry holds more than the ${size} bytes the archive says`);
    out.set(chunk, at);
    at += chunk.length;
  }
  if (at !== size) throw new Error(`the entry holds ${at} bytes where the archive says ${size}`);
  return out;
}

function skipped(entry: string, reason: Skipped["reason"], detail: string): Listed {
  return { kind: "skipped", value: { entry, cik: cikOfName(entry), reason, detail } };
}

async function openZip(path: string, display: string, options: SourceOptions): Promise<EntrySource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: true });
  } catch (error) {
    throw new InputError(display, `is not a zip archive (${(error as Error).message}); give SEC's companyfacts.zip or a folder of companyfacts files`);
  }
  if (zip.entryCount === 0) {
    zip.close();
    throw new InputError(display, "is an empty archive: it holds no companyfacts entries");
  }
  async function* entries(): AsyncIterable<Listed> {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name.endsWith("/")) continue;
      if (!isCompanyFactsName(name)) {
        yield skipped(name, "not companyfacts", "not a .json entry");
        continue;
      }
      if (entry.uncompressedSize > options.maxBytes || entry.compressedSize > options.maxBytes) {
        yield skipped(name, "over the size limit", `the entry is ${sizeText(entry.uncompressedSize)}; the limit is ${sizeText(options.maxBytes)}`);
        continue;
      }
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
        yield skipped(name, "unreadable entry", entry.isEncrypted() ? "the entry is encrypted" : `compression method ${entry.compressionMethod} is not deflate`);
        continue;
      }
      const load = async (): Promise<JobSource> => {
        if (entry.compressionMethod === 0) return { kind: "plain", bytes: await readAll(await zip.openReadStreamPromise(entry), entry.uncompressedSize) };
        if (options.inflateIn === "main") return { kind: "plain", bytes: await readAll(await zip.openReadStreamPromise(entry), entry.uncompressedSize) };
        const raw = await readAll(await zip.openReadStreamPromise(entry, { decodeFileData: false }), entry.compressedSize);
        return { kind: "deflated", bytes: raw, size: entry.uncompressedSize };
      };
      yield { kind: "entry", value: { entry: name, cik: cikOfName(name), jsonBytes: entry.uncompressedSize, load } };
    }
  }
  return { total: zip.entryCount, entries, close: () => zip.close() };
}

function openFolder(path: string, display: string): EntrySource {
  const names = readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isFile() && isCompanyFactsName(d.name))
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new InputError(display, "holds no companyfacts files (.json or .json.gz)");
  async function* entries(): AsyncIterable<Listed> {
    for (const name of names) {
      const file = join(path, name);
      let size = 0;
      try {
        size = statSync(file).size * (/\.gz$/i.test(name) ? GZIP_RATIO : 1);
      } catch {
        // Unreadable: the worker says so, as for any file it cannot read.
      }
      yield { kind: "entry", value: { entry: name, cik: cikOfName(name), jsonBytes: size, load: async () => ({ kind: "file", path: file }) } };
    }
  }
  return { total: names.length, entries, close: () => undefined };
}

export async function openSource(path: string, display: string, options: SourceOptions): Promise<EntrySource> {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(display, code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? (error as Error).message})`);
  }
  return isFolder ? openFolder(path, display) : openZip(path, display, options);
}
