import { InputError } from "./inputError";

/** Files larger than this are refused before parsing (a screening CSV is a few MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * The file's bytes as UTF-8 text, or an InputError naming the row of the first byte that is not
 * UTF-8 (a Latin-1 or UTF-16 export from another tool).
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, "the file is empty");
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(file, `the file is ${(bytes.length / 1048576).toFixed(0)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, "the file is UTF-16; save it as CSV UTF-8", 1);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // UTF-8 byte-order mark
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new InputError(file, "this row is not valid UTF-8 text; save the file as CSV UTF-8", firstBadRow(bytes.subarray(start)));
  }
}

function firstBadRow(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let row = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return row;
      }
      row++;
      lineStart = i + 1;
    }
  }
  return row;
}
