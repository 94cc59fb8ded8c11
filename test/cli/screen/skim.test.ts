/**
 * The skimmed document gives the SEC reader exactly what the whole document gives it, and
 * anything not shaped as companyfacts is left to the whole parse (and its messages).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { skimCompanyFacts } from "../../../src/cli/screen/skim";
import { readCompanyFacts, TABLE_TAGS } from "../../../src/sources/sec";
import { skipBecause } from "../../helpers/skip";
import { fixtureText, SHARED_DIR, sharedAvailable } from "../../sources/sec/fixtures";

/** What the skim should give: JSON.parse's document, cut to what the reader reads. */
function projection(text: string): Record<string, unknown> {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ["cik", "entityName"]) if (key in doc) out[key] = doc[key];
  if ("facts" in doc) {
    const facts = doc.facts as Record<string, unknown>;
    if (typeof facts !== "object" || facts === null || Array.isArray(facts)) out.facts = facts;
    else {
      const kept: Record<string, unknown> = {};
      for (const [taxonomy, concepts] of Object.entries(facts)) {
        if (typeof concepts !== "object" || concepts === null || Array.isArray(concepts)) kept[taxonomy] = concepts;
        else if (taxonomy !== "us-gaap") kept[taxonomy] = {};
        else kept[taxonomy] = Object.fromEntries(Object.entries(concepts).filter(([tag]) => TABLE_TAGS.includes(tag)));
      }
      out.facts = kept;
    }
  }
  return out;
}

const texts: Array<[string, () => string]> = [
  ["Microsoft's fixture", () => fixtureText("MSFT")],
  ["NVIDIA's fixture", () => fixtureText("NVDA")],
];

test.each(texts)("%s: the reader gives the same figures from the skimmed document", (_name, text) => {
  const skimmed = skimCompanyFacts(text());
  expect(skimmed).toEqual(projection(text()));
  expect(readCompanyFacts(skimmed)).toEqual(readCompanyFacts(JSON.parse(text())));
});

if (!sharedAvailable()) skipBecause(`the complete-file check needs ${SHARED_DIR}, absent here; the fixtures are checked anyway`);
(sharedAvailable() ? test : test.skip)("the complete files (hundreds of concepts the reader skips) give the same figures", () => {
  for (const ticker of ["MSFT", "NVDA"]) {
    const text = gunzipSync(readFileSync(resolve(SHARED_DIR, `${ticker}.json.gz`))).toString("utf8");
    const skimmed = skimCompanyFacts(text)!;
    expect(Object.keys((skimmed.facts as Record<string, object>)["us-gaap"]).length).toBeLessThan(Object.keys(JSON.parse(text).facts["us-gaap"]).length);
    expect(readCompanyFacts(skimmed)).toEqual(readCompanyFacts(JSON.parse(text)));
  }
});

test("strings holding quotes, backslashes and brackets are stepped over whole", () => {
  const doc = {
    entityName: 'A "QUOTED" \\ CO }{][',
    cik: 7,
    extra: [{ "a\"}": "\\\\" }, "]"],
    facts: {
      dei: { X: { label: '"}', units: {} } },
      "us-gaap": { "Weird\"Tag}": { label: "\\\"{[" }, Revenues: { label: 'r "}]', units: { USD: [{ end: "2025-12-31", val: -1.5e3 }] } }, "\u00e9t\u00e9": 1 },
    },
  };
  const text = JSON.stringify(doc, null, 2);
  expect(skimCompanyFacts(text)).toEqual(projection(text));
  expect(skimCompanyFacts(`\ufeff${text}\n`)).toEqual(projection(text));
});

test("any object under any taxonomy and concept names: the skim is JSON.parse's document, cut", () => {
  const tag = fc.oneof(fc.constantFrom(...TABLE_TAGS.slice(0, 8)), fc.string());
  const concepts = fc.dictionary(tag, fc.jsonValue());
  const facts = fc.dictionary(fc.oneof(fc.constant("us-gaap"), fc.constant("ifrs-full"), fc.string()), fc.oneof(concepts, fc.jsonValue()));
  const doc = fc.record({ cik: fc.jsonValue(), entityName: fc.jsonValue(), facts: fc.oneof(facts, fc.jsonValue()), other: fc.jsonValue() }, { requiredKeys: [] });
  fc.assert(
    fc.property(doc, fc.boolean(), (d, pretty) => {
      const text = JSON.stringify(d, null, pretty ? 1 : undefined);
      if (/__proto__/.test(text)) return;
      expect(skimCompanyFacts(text)).toEqual(projection(text));
    }),
    { numRuns: 300 },
  );
});

test.each([
  ["empty", ""],
  ["an HTML page", "<html><title>Request Rate Threshold Exceeded</title></html>"],
  ["a list", "[1, 2]"],
  ["cut off", fixtureText("MSFT").slice(0, 100_000)],
  ["cut in a string", '{"cik": 1, "entityName": "ACME'],
  ["unbalanced brackets", '{"facts": {"us-gaap": {"X": [1, 2}}}}'],
  ["trailing text", '{"cik": 1} and more'],
  ["a missing colon", '{"cik" 1}'],
  ["a member named __proto__", '{"__proto__": {"cik": 1}}'],
])("%s: left to the whole parse", (_what, text) => {
  expect(skimCompanyFacts(text)).toBeUndefined();
});
