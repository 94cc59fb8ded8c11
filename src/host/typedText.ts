/**
 * Text written through Office.js is read the way Excel reads typing: "2023" becomes a number,
 * "Dec-24" a date, "TRUE" a boolean, "=x" or "-x" a formula. A plan's string is text (plan.ts),
 * so a string Excel could re-read gets the leading apostrophe Excel itself uses for "this is
 * text": it is not shown and not part of the value. Strings Excel would keep as text (labels,
 * sentences) are written as they are, so the cell's contents look exactly as typed.
 *
 * Deliberately generous: an apostrophe too many is harmless, one too few changes a label into
 * a number or a date.
 */

/** Words Excel's number / date / time parsing accepts next to digits. */
const DATE_WORDS = new Set([
  "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
  "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
  "am", "pm", "a", "p", "e",
]);

/** First characters that make Excel read an entry as a formula, an error or a prefixed text. */
const SPECIAL_START = /^[=+\-@#']/;

/** Whether Excel might store `text` as something else than this very text. */
export function excelWouldReread(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (SPECIAL_START.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (!/\d/.test(t)) return false;
  const words = t.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.every((w) => DATE_WORDS.has(w));
}

/** The entry that makes Excel store exactly `text` as text. */
export function asTypedText(text: string): string {
  return excelWouldReread(text) ? `'${text}` : text;
}
