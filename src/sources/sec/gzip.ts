/**
 * A companyfacts file saved compressed (`.json.gz`), as the CLI (Node's zlib) and the taskpane
 * (the browser's DecompressionStream) both read it: recognised by its bytes, not its name, and
 * the sentences for what can go wrong, written once. Pure.
 */
import { SecDataError, sizeText } from "./document";

/** gzip's magic number, 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export const gzipErrors = {
  notGzip: () => new SecDataError("the name ends in .gz but the file is not gzip-compressed"),
  tooLarge: (maxBytes: number) => new SecDataError(`decompressed, the file is over the limit of ${sizeText(maxBytes)}; companyfacts files are a few MB`),
  damaged: (detail: string) => new SecDataError(`the gzip file is cut off or damaged (${detail}); download it again`),
};
