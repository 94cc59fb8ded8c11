/**
 * A fingerprint of a rectangle's contents as `Range.formulas` reports them (a formula, else the
 * constant; "" for an empty cell), with the rectangle's address: two reads give the same
 * fingerprint exactly when every cell holds the same thing in the same place.
 *
 * Two 32-bit FNV-1a hashes with different offsets (64 bits in all), hex: short enough to keep in
 * a workbook setting, and a change escaping them is a one-in-2^64 chance, not a plausible edit.
 * Each cell's type is hashed with it, so the number 1 and the text "1" differ.
 */

const OFFSETS = [0x811c9dc5, 0x01000193 ^ 0x5bd1e995] as const;
const PRIME = 0x01000193;

function token(x: unknown): string {
  if (x === null || x === undefined || x === "") return "_";
  if (typeof x === "number") return `n${x}`;
  if (typeof x === "boolean") return `b${x ? 1 : 0}`;
  return `s${String(x)}`;
}

function fnv(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, PRIME) >>> 0;
  }
  return h >>> 0;
}

export function fingerprint(address: string, formulas: ReadonlyArray<ReadonlyArray<unknown>>): string {
  // The separators cannot occur inside a token's type letter, and lengths keep tokens apart.
  const text = `${address}|${formulas.map((row) => row.map((x) => token(x)).map((t) => `${t.length}:${t}`).join(",")).join(";")}`;
  return OFFSETS.map((o) => fnv(text, o).toString(16).padStart(8, "0")).join("");
}
