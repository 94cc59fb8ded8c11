/**
 * A companyfacts file on disk, `.json` or gzip-compressed (`.json.gz`, recognised by its bytes),
 * as text. The size limit is enforced before reading and while decompressing, so that a huge or
 * hostile file is refused rather than freezing the process.
 */
import { readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { checkSize, SecDataError } from "../../sources/sec";
import { gzipErrors, isGzip } from "../../sources/sec/gzip";

export function readCompanyFactsFile(path: string, maxBytes: number): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new SecDataError("not a file");
    size = stat.size;
  } catch (error) {
    if (error instanceof SecDataError) throw error;
    throw new SecDataError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  checkSize(size, maxBytes);
  const bytes = readFileSync(path);
  if (!isGzip(bytes)) {
    if (/\.gz$/i.test(path) && bytes.length > 0) throw gzipErrors.notGzip();
    return bytes.toString("utf8");
  }
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes }).toString("utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw gzipErrors.tooLarge(maxBytes);
    throw gzipErrors.damaged(code ?? (error as Error).message);
  }
}
