/**
 * What a cell of the analyst's block holds, read as a number where a person would read one.
 *
 * Decision: numbers stored as text ARE parsed, because models pasted from PDFs and web pages
 * carry them ("1,234", "(56)", "$1,234.5", "12%"), and refusing them would hide every flag of
 * such a model. The pane computes on the parsed numbers (the core still receives numbers), and
 * every text cell a written formula would reference is reported (`fromText`), because Excel
 * hands that cell to AIFLAG as text and the formula shows #VALUE! until it holds a number. We
 * never rewrite those cells: no existing cell changes, ever.
 *
 * Accepted: optional sign or parentheses for negatives (the accounting form), a currency sign,
 * thousands commas (en-US grouping, as Excel's invariant values use), decimals, a trailing "%"
 * (divided by 100). Dashes, "n/a", "nm" and empty text read as blank, as filings use them.
 * Not accepted: unit suffixes ("1.2bn", "45k"), whose scale would be a guess.
 */
import type { BlockValue } from "./selection";

export type CellReading =
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "blank" }
  /** Text that is not a number, or a boolean. */
  | { kind: "other" };

const BLANK_TEXT = /^(|-+|\u2013|\u2014|\u2012|n\/?a|nm|n\.m\.?|none|nil)$/i;
const NUMBER_TEXT = /^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

export function readCellNumber(x: BlockValue | undefined): CellReading {
  if (x === null || x === undefined) return { kind: "blank" };
  if (typeof x === "number") return Number.isFinite(x) ? { kind: "number", value: x, fromText: false } : { kind: "other" };
  if (typeof x === "boolean") return { kind: "other" };
  return readNumberText(x);
}

export function readNumberText(text: string): CellReading {
  // Non-breaking and thin spaces come with pasted tables; a unicode minus with typeset ones.
  // Currency signs may sit anywhere before the digits: "$(56)", "($56)", "-$56", "$-56".
  let s = text
    .replace(/[\s\u00a0\u2009\u202f]+/g, "")
    .replace(/\u2212/g, "-")
    .replace(/us\$|usd|[$\u20ac\u00a3\u00a5]/gi, "");
  if (BLANK_TEXT.test(s)) return { kind: "blank" };
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-")) {
    sign = -sign;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  }
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  if (s === "" || s === "." || !NUMBER_TEXT.test(s)) return { kind: "other" };
  const value = sign * Number(s.replace(/,/g, "")) * scale;
  return Number.isFinite(value) ? { kind: "number", value, fromText: true } : { kind: "other" };
}
