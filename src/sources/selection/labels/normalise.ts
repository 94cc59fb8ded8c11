/**
 * Row labels as filings and analysts write them, reduced to a comparable form.
 *
 * The same function normalises the labels found in a model and the synonyms of the table
 * (`synonyms.ts`), so the table can be written in plain words ("Purchases of property and
 * equipment") and still match "PURCHASES OF PROPERTY & EQUIPMENT, NET (1)".
 *
 * Steps, in order (each one exists because real labels carry it):
 *  1. percent marks are noted first, because the parentheses that often hold them are removed;
 *  2. footnote markers and anything in parentheses or brackets go: "(1)", "($M)", "(used in)",
 *     "(loss)", "[a]", superscript digits, daggers;
 *  3. "&" reads "and" (D&A, R&D), British spellings read American (amortisation, capitalised);
 *  4. punctuation becomes spaces; unit words go ("in millions", "$m", "USD");
 *  5. list numbering and leading "Total", "Less:", "Add:", "Plus", "Of which" go, and trailing
 *     "total" and "net" ("Revenue, net"; "Purchases of property and equipment, net");
 *  6. each word loses a plural ending (revenues, expenditures, activities).
 */

export interface NormalisedLabel {
  /** Words joined by single spaces, e.g. "purchase of property and equipment". */
  text: string;
  words: readonly string[];
  /** The label says it is a percentage ("Gross margin %", "PPA share (%)"). */
  percent: boolean;
}

const PERCENT = /%|\bpercent(age)?\b|\bpct\b|\bbps\b/i;
const FOOTNOTES = /[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u00a7]/g;
const UNIT_WORDS = new Set([
  "usd", "eur", "gbp", "m", "mm", "mn", "bn", "b", "k", "000", "000s",
  "million", "millions", "thousand", "thousands", "billion", "billions",
]);
const LEADING_WORDS = [["total"], ["less"], ["add"], ["plus"], ["of", "which"], ["memo"]];
const TRAILING_WORDS = new Set(["total", "net"]);

/** Removes parenthesised or bracketed text, innermost first, so nested groups go too. */
function dropGroups(s: string): string {
  let prev = "";
  let out = s;
  while (out !== prev) {
    prev = out;
    out = out.replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, " ");
  }
  // An unclosed "(" (a label cut short by a narrow column) drops the rest.
  return out.replace(/[([{].*$/, " ");
}

function americanise(word: string): string {
  return word.replace(/isation$/, "ization").replace(/ised$/, "ized").replace(/ising$/, "izing").replace(/ise$/, "ize");
}

/** A crude plural stemmer: enough for line items, and applied to both sides of every comparison. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function startsWith(words: readonly string[], lead: readonly string[]): boolean {
  return lead.length <= words.length && lead.every((w, i) => words[i] === w);
}

export function normaliseLabel(label: string): NormalisedLabel {
  const percent = PERCENT.test(label);
  // Footnote marks go before NFKC, which would turn a superscript 1 into a plain one.
  let s = label.replace(FOOTNOTES, " ").normalize("NFKC");
  s = dropGroups(s.toLowerCase());
  s = s.replace(/&/g, " and ").replace(/[\u2018\u2019']/g, "");
  // Letters and digits only: commas, colons, slashes, dashes and currency signs become spaces.
  let words = s
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .map(americanise)
    .filter((w) => !UNIT_WORDS.has(w));
  // "Revenue in millions" -> "revenue in" once the unit is gone: the dangling "in" goes too.
  while (words.length > 1 && words[words.length - 1] === "in") words = words.slice(0, -1);
  // "1. Revenue", "a) Revenue": list numbering.
  if (words.length > 1 && /^(\d{1,2}|[a-h])$/.test(words[0]) && /^\s*(\d{1,2}|[a-h])[.)]/i.test(label.trim())) words = words.slice(1);
  for (let again = true; again; ) {
    again = false;
    for (const lead of LEADING_WORDS) {
      if (words.length > lead.length && startsWith(words, lead)) {
        words = words.slice(lead.length);
        again = true;
      }
    }
  }
  while (words.length > 1 && TRAILING_WORDS.has(words[words.length - 1])) words = words.slice(0, -1);
  const stemmed = words.map(stem);
  return { text: stemmed.join(" "), words: stemmed, percent };
}
