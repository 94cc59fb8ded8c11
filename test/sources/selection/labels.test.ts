import { LINE_ITEM_IDS, type LineItemId } from "../../../src/model/lineItems";
import { normaliseLabel } from "../../../src/sources/selection/labels/normalise";
import { recogniseLabel, synonymOwners } from "../../../src/sources/selection/labels/recognise";
import { LABELS } from "../../../src/sources/selection/labels/synonyms";
import { ANALYST_LABELS, FILING_LABELS, NEAR_MISSES } from "./cases/labels";

describe.each([
  ["10-K wording (Microsoft, Alphabet, Amazon, Meta)", FILING_LABELS],
  ["analyst-model wording", ANALYST_LABELS],
  ["near misses that must not match", NEAR_MISSES],
])("label recognition: %s", (_name, cases) => {
  test.each(cases.map(([label, item, where]) => [label, item, where]))("%j -> %s (%s)", (label, item) => {
    expect(recogniseLabel(label)?.item ?? null).toBe(item);
  });
});

describe("the synonym table", () => {
  test("no wording belongs to two line items", () => {
    const owner = new Map<string, LineItemId>();
    for (const { text, item } of synonymOwners()) {
      const held = owner.get(text);
      if (held !== undefined) expect(`${text}: ${held}`).toBe(`${text}: ${item}`);
      owner.set(text, item);
    }
  });

  test("every synonym, written as in the table, is recognised as its own item", () => {
    for (const [id, spec] of Object.entries(LABELS)) {
      for (const s of spec.synonyms) expect([s, recogniseLabel(s)?.item]).toEqual([s, id]);
    }
  });

  test("every line item of the vocabulary can be read from a sheet: the table words each one", () => {
    expect(LINE_ITEM_IDS.filter((id) => (LABELS[id].synonyms as readonly string[]).length === 0)).toEqual([]);
    expect(Object.keys(LABELS).sort()).toEqual([...LINE_ITEM_IDS].sort());
  });

  test("exact matches beat prefixes, and the match says how it was made", () => {
    expect(recogniseLabel("Purchases of property and equipment")).toMatchObject({ item: "capex", how: "exact" });
    expect(recogniseLabel("Purchases of property and equipment, including finance leases")).toMatchObject({ item: "capex", how: "prefix" });
  });

  test("values that are not text are no label", () => {
    for (const x of [null, 2024, true, undefined]) expect(recogniseLabel(x)).toBeUndefined();
  });
});

describe("normalisation", () => {
  test.each([
    ["Total revenues*", "revenue"],
    ["Revenue ($M)", "revenue"],
    ["Net cash provided by (used in) operating activities", "net cash provided by operating activity"],
    ["Depreciation, amortization, and other", "depreciation amortization and other"],
    ["Amortisation of capitalised software", "amortization of capitalized software"],
    ["D&A", "d and a"],
    ["Less: Capital expenditures, in millions", "capital expenditure"],
    ["Purchases of property and equipment, net", "purchase of property and equipment"],
    ["Revenue (see note [3]", "revenue"],
  ])("%j -> %j", (label, text) => {
    expect(normaliseLabel(label).text).toBe(text);
  });

  test("percent marks are noticed before the parentheses holding them go", () => {
    expect(normaliseLabel("Gross margin (%)").percent).toBe(true);
    expect(normaliseLabel("Gross margin").percent).toBe(false);
    expect(normaliseLabel("Margin in bps").percent).toBe(true);
  });
});
