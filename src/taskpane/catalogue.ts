/**
 * The catalogue as the taskpane shows it: grouping under the headings of `GROUPS`, in that order,
 * and search. Pure, so tests need no DOM.
 *
 * Search matches whole words: a term matches a word of a function's id, title, parameter names or
 * words ("rate" finds "rate", not "accelerate"). The last term may also be the start of a word
 * (three letters at least, or two of an id), because it is the one being typed. Every term must
 * match ("margin gap" narrows). Results are ranked by where the terms matched: the id first, then
 * the title, a parameter's name, the summary, the other words; ties keep catalogue order. When
 * nothing matches, the function whose id, title or parameter names are nearest to the query (by
 * edit distance) is suggested, if it is near enough to be a misspelling.
 */
import { GROUPS, type FunctionDefinition } from "../core/framework/definition";
import { NAMESPACE } from "../core/docs/formula";

export type Group = (typeof GROUPS)[number];

export interface GroupOfFunctions {
  group: Group;
  functions: readonly FunctionDefinition[];
}

/** Functions under their group, groups in `GROUPS` order, empty groups left out. */
export function groupFunctions(functions: readonly FunctionDefinition[]): GroupOfFunctions[] {
  return GROUPS.map((group) => ({ group, functions: functions.filter((def) => def.group === group.id) })).filter(
    (g) => g.functions.length > 0,
  );
}

/** The words of a text, lower-cased: runs of letters and digits ("Free-cash-flow" gives free, cash, flow). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Where a term matched, and what that match is worth (a whole word; the start of a word). */
const WEIGHTS = {
  id: { whole: 100, start: 70 },
  title: { whole: 40, start: 25 },
  param: { whole: 15, start: 10 },
  summary: { whole: 10, start: 6 },
  words: { whole: 4, start: 2 },
} as const;

type Field = keyof typeof WEIGHTS;

/** The shortest start of a word that counts as a match; an id's start counts from two letters. */
const MIN_START = 3;
const MIN_ID_START = 2;

const wordsByDefinition = new WeakMap<FunctionDefinition, Record<Field, readonly string[]>>();

/** A function's searchable words, by field (worked out once per definition: the search runs at every keystroke). */
export function searchWordsOf(def: FunctionDefinition): Record<Field, readonly string[]> {
  let words = wordsByDefinition.get(def);
  if (!words) {
    words = fieldWordsOf(def);
    wordsByDefinition.set(def, words);
  }
  return words;
}

function fieldWordsOf(def: FunctionDefinition): Record<Field, readonly string[]> {
  const { title, summary, ...rest } = def.words;
  const other = Object.values(rest).filter((w): w is string => typeof w === "string");
  // A parameter is found by its name (book_life) and by each part of it (book, life).
  const params = def.params.flatMap((p) => [p.name.toLowerCase(), ...wordsOf(p.name.replace(/_/g, " "))]);
  return { id: [def.id.toLowerCase()], title: wordsOf(title), param: params, summary: wordsOf(summary), words: other.flatMap(wordsOf) };
}

export interface Term {
  text: string;
  /** The term may be the start of a word (the last term, still being typed). */
  start: boolean;
}

const NAMESPACE_WORD = NAMESPACE.toLowerCase();

/** The query's terms, the namespace left out ("=AIFLAG.DEPCLIFF(" is the term depcliff). */
export function termsOf(query: string): Term[] {
  // A parameter's name typed whole (economic_life) is one term: it finds the functions taking it, not every text with "life".
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .map((w) => w.replace(/^_+|_+$/g, ""))
    .filter((w) => w.length > 0 && w !== NAMESPACE_WORD);
  // A query ending in a letter or digit is still being typed: its last word may be a start.
  const typing = /[\p{L}\p{N}]$/u.test(query.trim()) && !/\s$/.test(query);
  return words.map((text, i) => ({ text, start: typing && i === words.length - 1 }));
}

function fieldScore(term: Term, field: Field, words: readonly string[]): number {
  const weight = WEIGHTS[field];
  if (words.includes(term.text)) return weight.whole;
  const minStart = field === "id" ? MIN_ID_START : MIN_START;
  // Ids are run-together words (DEPCLIFF): any term may match their start.
  const mayStart = (term.start || field === "id") && term.text.length >= minStart;
  return mayStart && words.some((w) => w.startsWith(term.text)) ? weight.start : 0;
}

/** How well `def` matches every term (0: some term matches nothing). */
export function scoreOf(def: FunctionDefinition, terms: readonly Term[]): number {
  const fields = searchWordsOf(def);
  let total = 0;
  for (const term of terms) {
    const best = Math.max(...(Object.keys(WEIGHTS) as Field[]).map((f) => fieldScore(term, f, fields[f])));
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** The functions matching `query`, best first (ties in catalogue order); all of them, in order, for a blank query. */
export function searchFunctions(functions: readonly FunctionDefinition[], query: string): FunctionDefinition[] {
  const terms = termsOf(query);
  if (terms.length === 0) return [...functions];
  return functions
    .map((def, order) => ({ def, order, score: scoreOf(def, terms) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((m) => m.def);
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** A suggestion must be this near: edits per letter of the query's words, on average. */
const NEAR_ENOUGH = 0.4;

/**
 * The function nearest to `query` by its id, title words and parameter names: each term is
 * compared with the nearest of those words (edits per letter), and the function with the lowest
 * mean wins. Undefined when none is near enough to be a misspelling ("zzqx" suggests nothing).
 */
export function nearestFunction(functions: readonly FunctionDefinition[], query: string): FunctionDefinition | undefined {
  const terms = termsOf(query).map((t) => t.text);
  if (terms.length === 0) return undefined;
  let best: { def: FunctionDefinition; distance: number } | undefined;
  for (const def of functions) {
    const fields = searchWordsOf(def);
    const candidates = [...fields.id, ...fields.title, ...fields.param];
    const perTerm = terms.map((t) => Math.min(...candidates.map((w) => editDistance(t, w) / Math.max(t.length, w.length))));
    const distance = perTerm.reduce((a, b) => a + b, 0) / perTerm.length;
    if (!best || distance < best.distance) best = { def, distance };
  }
  return best && best.distance <= NEAR_ENOUGH ? best.def : undefined;
}
