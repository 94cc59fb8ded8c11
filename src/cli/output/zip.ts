/**
 * An .xlsx package is a zip of XML parts. These read every part of one into memory and write
 * a list of parts back, in order (yauzl reads, yazl writes).
 */
import { buffer } from "node:stream/consumers";
import { fromBufferPromise } from "yauzl";
import { ZipFile } from "yazl";

/** Part name ("xl/workbook.xml") -> bytes, in the package's order. */
export type Parts = Map<string, Buffer>;

export async function readParts(bytes: Buffer): Promise<Parts> {
  const zip = await fromBufferPromise(bytes, { lazyEntries: true });
  const parts: Parts = new Map();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith("/")) continue; // a folder entry
    parts.set(entry.fileName, await buffer(await zip.openReadStreamPromise(entry)));
  }
  return parts;
}

export async function writeParts(parts: Parts): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, bytes] of parts) zip.addBuffer(bytes, name, { compress: true });
  zip.end();
  return buffer(zip.outputStream);
}
