/** Catalogue search, pure: whole words, the word being typed, ranking, parameter names, the nearest function. */
import type { FunctionDefinition } from "../../src/core/framework/definition";
import { REGISTRY } from "../../src/core/registry";
import { editDistance, groupFunctions, nearestFunction, searchFunctions, termsOf, wordsOf } from "../../src/taskpane/catalogue";

/** A definition with only what search reads; everything else from a real one. */
function def(id: string, title: string, summary: string, why: string, params: string[] = []): FunctionDefinition {
  const base = REGISTRY[0];
  return {
    ...base,
    id,
    words: { ...base.words, title, summary, why, watch: "", method: "", thresholds: "", valueLabel: "" },
    params: params.map((name) => ({ ...base.params[0], name })),
  };
}

const ALPHA = def("ALPHA", "Margin squeeze", "How margins accelerate or slow.", "Nothing about rates here.");
const BETA = def("BETA", "Rate of spend", "Spend per year.", "Why the margin matters.", ["discount_rate"]);
const GAMMA = def("GAMMA", "Other", "Mentions a margin in passing.", "A rate, in the words only.");
const FUNCTIONS = [ALPHA, BETA, GAMMA];
const ids = (query: string, functions: readonly FunctionDefinition[] = FUNCTIONS) => searchFunctions(functions, query).map((d) => d.id);

test("words are runs of letters and digits, lower-cased", () => {
  expect(wordsOf("Free-cash-flow conversion (FCF / net income), FY2025")).toEqual(["free", "cash", "flow", "conversion", "fcf", "net", "income", "fy2025"]);
});

test("terms: the namespace is dropped; the last word may be a start only while it is being typed", () => {
  expect(termsOf("=AIFLAG.DEPCLIFF(")).toEqual([{ text: "depcliff", start: false }]);
  expect(termsOf("margin gap")).toEqual([
    { text: "margin", start: false },
    { text: "gap", start: true },
  ]);
  expect(termsOf("margin gap ")).toEqual([
    { text: "margin", start: false },
    { text: "gap", start: false },
  ]);
  expect(termsOf("  ")).toEqual([]);
  expect(termsOf("aiflag")).toEqual([]);
});

test("whole words: a term does not match inside a word", () => {
  // "rate" is a word of BETA's title and GAMMA's words, and only inside "accelerate" / "rates" in ALPHA's.
  expect(ids("rate ")).toEqual(["BETA", "GAMMA"]);
  expect(ids("celerate")).toEqual([]);
});

test("the word being typed matches the start of a word, from three letters", () => {
  expect(ids("squ")).toEqual(["ALPHA"]);
  expect(ids("sq")).toEqual([]);
  expect(ids("squ more")).toEqual([]);
});

test("an id matches from its start, from two letters, wherever the term is", () => {
  expect(ids("al")).toEqual(["ALPHA"]);
  expect(ids("be spend")).toEqual(["BETA"]);
});

test("ranking: id, then title, then parameter name, then summary, then the other words; ties in catalogue order", () => {
  expect(ids("margin")).toEqual(["ALPHA", "GAMMA", "BETA"]);
  const withParam = def("DELTA", "Delta", "Nothing.", "Nothing.", ["book_life"]);
  const inWords = def("EPS", "Eps", "Nothing.", "The book value.");
  expect(ids("book", [inWords, withParam])).toEqual(["DELTA", "EPS"]);
  expect(ids("gamma margin")).toEqual(["GAMMA"]);
});

test("parameter names are found whole (discount_rate) and by their parts (discount, rate)", () => {
  expect(ids("discount_rate")).toEqual(["BETA"]);
  expect(ids("discount ")).toEqual(["BETA"]);
  // BETA also has "rate" in its title: it stays first; GAMMA has it in its words.
  expect(ids("rate ")[0]).toBe("BETA");
});

test("every term must match", () => {
  expect(ids("margin spend")).toEqual(["BETA"]);
  expect(ids("margin zzqx")).toEqual([]);
});

test("a blank query keeps every function in catalogue order", () => {
  expect(ids("")).toEqual(["ALPHA", "BETA", "GAMMA"]);
});

test("on the registry: an id typed whole comes first, and a parameter's name finds its functions", () => {
  for (const d of REGISTRY) expect(searchFunctions(REGISTRY, `AIFLAG.${d.id}`)[0].id).toBe(d.id);
  const found = searchFunctions(REGISTRY, "economic_life").map((d) => d.id);
  expect(found.sort()).toEqual(REGISTRY.filter((d) => d.params.some((p) => p.name === "economic_life")).map((d) => d.id).sort());
});

test("edit distance: insertions, deletions, replacements and swaps of neighbours", () => {
  expect(editDistance("", "abc")).toBe(3);
  expect(editDistance("runway", "runway")).toBe(0);
  expect(editDistance("runaway", "runway")).toBe(1);
  expect(editDistance("fcfcnov", "fcfconv")).toBe(1);
  expect(editDistance("kitten", "sitting")).toBe(3);
});

test("the nearest function to a misspelling; nothing for a query that is not near any", () => {
  expect(nearestFunction(REGISTRY, "runaway")?.id).toBe("RUNWAY");
  expect(nearestFunction(REGISTRY, "AIFLAG.FCFCNOV")?.id).toBe("FCFCONV");
  expect(nearestFunction(REGISTRY, "sovreign")?.id).toBe("SOVEREIGN");
  expect(nearestFunction(REGISTRY, "zzqx")).toBeUndefined();
  expect(nearestFunction(REGISTRY, "")).toBeUndefined();
});

test("groups keep GROUPS order and leave out empty ones", () => {
  const groups = groupFunctions(REGISTRY);
  expect(groups.flatMap((g) => g.functions)).toHaveLength(REGISTRY.length);
  for (const g of groups) expect(g.functions.length).toBeGreaterThan(0);
});
