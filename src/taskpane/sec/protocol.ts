/**
 * Reading a companyfacts file the analyst picked, off the pane's thread: the messages between
 * the pane and its worker (secWorker.ts), and the handler the worker runs, which jest runs too.
 *
 * The handler refuses a file over the size limit before reading it, recognises gzip by its bytes
 * and decompresses it with the browser's own `DecompressionStream("gzip")`, refusing it as soon
 * as it grows past the limit; then parses and normalises it with the SEC reader
 * (src/sources/sec), the same code as `aiflag sec`: its fiscal years, how many quarters the file
 * holds and, when the request asks for them, the quarters (with them the normalising takes two
 * to three times as long, so the pane asks only once the analyst chooses quarters). Nothing leaves the
 * machine: the file is read from disk by the browser, and no request is made. The answer is the
 * figures, every one with its provenance, and how long each step took (measured in the worker).
 */
import type { Financials } from "../../model/financials";
import { checkSize, MAX_COMPANYFACTS_BYTES, parseCompanyFactsText, readYearsAndQuarters, SecDataError } from "../../sources/sec";
import { gzipErrors, isGzip } from "../../sources/sec/gzip";
import type { Basis } from "../../sources/sec/restatement";

export interface SecReadRequest {
  /** Matches the answer to its request. */
  id: number;
  /** The file as the browser gives it (a File is a Blob); it is cloned to the worker, not copied into memory. */
  file: Blob;
  /** The file's name, for messages. */
  name: string;
  basis?: Basis;
  /** Read the quarters too (the fiscal years are always read). */
  quarters?: boolean;
  /** The size limit; MAX_COMPANYFACTS_BYTES unless a test lowers it. */
  maxBytes?: number;
}

export interface SecReadTimings {
  /** Reading the file, and decompressing it when it is gzip. */
  readMs: number;
  /** JSON.parse of the text, with the checks that name a wrong file. */
  parseMs: number;
  /** The SEC reader: the fiscal years (and the quarters when asked), every figure with its provenance. */
  normaliseMs: number;
}

export type SecReadResponse =
  | {
      id: number;
      ok: true;
      /** The company's fiscal years, every figure with its provenance. */
      financials: Financials;
      /** How many quarters the file holds (0 without 10-Q figures), known whether or not they were read. */
      quarterCount: number;
      /** The quarters, when the request asked for them and the file holds some. */
      quarterly?: Financials;
      /** The JSON text's length, decompressed. */
      textLength: number;
      gzip: boolean;
      timings: SecReadTimings;
    }
  | { id: number; ok: false; message: string };

/** Where the browser has no DecompressionStream (an older Excel on the Mac). */
export const NO_DECOMPRESSION =
  "this version of Excel's browser cannot decompress .gz files: decompress the file first (double-click it, or gunzip) and choose the .json";

async function gunzipText(file: Blob, maxBytes: number): Promise<string> {
  if (typeof DecompressionStream !== "function") throw new SecDataError(NO_DECOMPRESSION);
  const reader = file.stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      total += part.value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw gzipErrors.tooLarge(maxBytes);
      }
      chunks.push(part.value);
    }
  } catch (error) {
    if (error instanceof SecDataError) throw error;
    throw gzipErrors.damaged(error instanceof Error ? error.message : String(error));
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** The file's text: as it is, or decompressed when its first bytes say gzip. */
async function fileText(file: Blob, name: string, maxBytes: number): Promise<{ text: string; gzip: boolean }> {
  checkSize(file.size, maxBytes);
  const gzip = isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer()));
  if (gzip) return { text: await gunzipText(file, maxBytes), gzip };
  if (/\.gz$/i.test(name) && file.size > 0) throw gzipErrors.notGzip();
  return { text: await file.text(), gzip };
}

/** Reads, parses and normalises one file; never rejects: a problem is a sentence naming the file. */
export async function handleSecRead(request: SecReadRequest, now: () => number = () => performance.now()): Promise<SecReadResponse> {
  const { id, file, name } = request;
  const maxBytes = request.maxBytes ?? MAX_COMPANYFACTS_BYTES;
  try {
    const t0 = now();
    const { text, gzip } = await fileText(file, name, maxBytes);
    const t1 = now();
    const doc = parseCompanyFactsText(text, { maxBytes });
    const t2 = now();
    const read = readYearsAndQuarters(doc, { basis: request.basis ?? "as-restated", quarters: request.quarters === true });
    const t3 = now();
    return {
      id,
      ok: true,
      financials: read.annual,
      quarterCount: read.quarterCount,
      ...(read.quarterly ? { quarterly: read.quarterly } : {}),
      textLength: text.length,
      gzip,
      timings: { readMs: t1 - t0, parseMs: t2 - t1, normaliseMs: t3 - t2 },
    };
  } catch (error) {
    if (error instanceof SecDataError) return { id, ok: false, message: `${name}: ${error.message}` };
    return { id, ok: false, message: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
