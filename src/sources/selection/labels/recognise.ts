/**
 * Recognising one row label: which line item it names, if any.
 *
 * Rules, in order of strength:
 *  1. exact: the normalised label equals a normalised synonym;
 *  2. prefix: the label starts with one of the item's prefixes (whole words) and the words left
 *     over contain no word that turns an amount into something else (a ratio, a per-share
 *     figure, a forecast, a change, an opening balance); the longest prefix wins.
 * An exact match on any item beats every prefix match, so "Capital expenditure guidance" is
 * capex guidance (exact) and never capex (prefix). A label marked as a percentage matches only
 * `ratio` items. Anything else is unrecognised: a wrong match would feed a flag the wrong row,
 * which is worse than asking the analyst.
 */
import { LINE_ITEM_IDS, lineItem, type LineItemId } from "../../../model/lineItems";
import { normaliseLabel, stem } from "./normalise";
import { labelSpec } from "./synonyms";

export interface LabelMatch {
  item: LineItemId;
  how: "exact" | "prefix";
  /** Higher is better; comparable across items and labels. */
  score: number;
}

/**
 * Words that, left over after a prefix, mean the row is not the amount itself. Stemmed like
 * labels. "to" catches "capex to revenue"; "as" catches "as a % of sales".
 */
const DISQUALIFIERS = new Set(
  [
    "margin", "per", "share", "eps", "growth", "guidance", "guide", "outlook", "yoy", "change", "ratio",
    "intensity", "to", "as", "beginning", "opening", "percent", "pct", "bps", "x", "consensus", "budget",
    "target", "variance", "delta",
  ].map(stem),
);

interface Phrase {
  item: LineItemId;
  words: readonly string[];
  text: string;
}

function phrases(pick: (id: LineItemId) => readonly string[] | undefined): Phrase[] {
  return LINE_ITEM_IDS.flatMap((item) =>
    (pick(item) ?? []).map((s) => {
      const n = normaliseLabel(s);
      return { item, words: n.words, text: n.text };
    }),
  );
}

// Normalised once at load: the table is small, labels are many.
const EXACT = new Map<string, LineItemId>();
for (const p of phrases((id) => labelSpec(id).synonyms)) if (!EXACT.has(p.text)) EXACT.set(p.text, p.item);
const PREFIXES = phrases((id) => labelSpec(id).prefixes).sort(
  (a, b) => b.words.length - a.words.length,
);

function unitAllows(item: LineItemId, percent: boolean): boolean {
  return !percent || lineItem(item).unit === "ratio";
}

/** The line item a label names, or undefined. Never throws: any value that is not text is no label. */
export function recogniseLabel(label: unknown): LabelMatch | undefined {
  if (typeof label !== "string" || label.trim() === "") return undefined;
  const n = normaliseLabel(label);
  if (n.words.length === 0) return undefined;
  const exact = EXACT.get(n.text);
  // A "Total ..." line outranks a plain one naming the same item: in filings the total follows its parts.
  const total = /^\W*total\b/i.test(label) || /\btotal\W*$/i.test(label) ? 1 : 0;
  if (exact && unitAllows(exact, n.percent)) return { item: exact, how: "exact", score: 1000 + total };
  for (const p of PREFIXES) {
    if (p.words.length >= n.words.length || !p.words.every((w, i) => n.words[i] === w)) continue;
    const rest = n.words.slice(p.words.length);
    if (rest.some((w) => DISQUALIFIERS.has(w)) || !unitAllows(p.item, n.percent)) continue;
    return { item: p.item, how: "prefix", score: p.words.length };
  }
  return undefined;
}

/** The normalised form of every synonym, with its item: lets a test prove no wording belongs to two items. */
export function synonymOwners(): ReadonlyArray<{ text: string; item: LineItemId }> {
  return phrases((id) => labelSpec(id).synonyms).map(({ text, item }) => ({ text, item }));
}
