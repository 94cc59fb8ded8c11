/** A file that is not companyfacts gets one plain sentence, never a crash or an empty table. */
import { asCompanyFacts, checkSize, MAX_COMPANYFACTS_BYTES, parseCompanyFactsText, readCompanyFacts, SecDataError } from "../../../src/sources/sec";
import { fixtureDoc, fixtureText } from "./fixtures";
import { companyFacts, fact } from "./synthetic";

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SecDataError);
    return (error as Error).message;
  }
  throw new Error("expected a SecDataError");
}

test("an empty file", () => {
  expect(message(() => parseCompanyFactsText(""))).toBe("the file is empty");
  expect(message(() => parseCompanyFactsText(" \n\t"))).toBe("the file is empty");
});

test("an HTML error page saved as .json names itself and says why SEC sends one", () => {
  const page = '<!DOCTYPE html>\n<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head><body><h1>Your Request Originates from an Undeclared Automated Tool</h1></body></html>';
  expect(message(() => parseCompanyFactsText(page))).toBe(
    'this is an HTML page ("SEC.gov | Request Rate Threshold Exceeded"), not companyfacts JSON: SEC sends such a page when it refuses a request (no User-Agent, too many requests) or the address is wrong; download the file again',
  );
});

test.each([
  ["in the middle of a string", 1001],
  ["between two values", 2000],
  ["after a comma", 50_000],
])("truncated JSON, cut %s", (_where, at) => {
  const cut = fixtureText("MSFT").slice(0, at);
  expect(message(() => parseCompanyFactsText(cut))).toBe(`the JSON stops before its end (${cut.length} characters): the file is cut off; download it again`);
});

test("text that is not JSON at all", () => {
  expect(message(() => parseCompanyFactsText("cik,entityName\n789019,MICROSOFT"))).toMatch(/^not valid JSON \(Unexpected token/);
});

test("a file over the limit is refused before it is parsed", () => {
  expect(MAX_COMPANYFACTS_BYTES).toBe(200 * 1024 * 1024);
  expect(message(() => checkSize(201 * 1024 * 1024))).toBe("the file is 201 MB; the limit is 200 MB (companyfacts files are a few MB, tens for the largest filers)");
  expect(() => checkSize(200 * 1024 * 1024)).not.toThrow();
  expect(message(() => parseCompanyFactsText(fixtureText("NVDA"), { maxBytes: 1000 }))).toMatch(/^the file is \d+ bytes; the limit is 1000 bytes/);
});

test.each([
  ["a list", "[]", 'this is not an SEC companyfacts file: its JSON is a list, not an object with "cik", "entityName" and "facts"'],
  ["a number", "42", 'this is not an SEC companyfacts file: its JSON is a number, not an object with "cik", "entityName" and "facts"'],
  ["no facts", '{"cik": 1, "entityName": "X"}', 'this is not an SEC companyfacts file: it has no "facts" object'],
  ["a bad cik", '{"cik": "abc", "entityName": "X", "facts": {}}', 'this is not an SEC companyfacts file: its "cik" is not a number'],
  [
    "the submissions file",
    '{"cik": "789019", "name": "MICROSOFT", "filings": {}}',
    "this is not an SEC companyfacts file but SEC's submissions file (the list of a company's filings); companyfacts is https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json",
  ],
  ["a companyconcept file", '{"cik": 1, "taxonomy": "us-gaap", "tag": "Revenues", "units": {}}', /but SEC's companyconcept file/],
  ["dei only", '{"cik": 1, "entityName": "SHELL CO", "facts": {"dei": {}}}', "SHELL CO has no us-gaap financial data in this file (taxonomies: dei)"],
])("not companyfacts: %s", (_what, json, expected) => {
  expect(message(() => asCompanyFacts(JSON.parse(json)))).toEqual(typeof expected === "string" ? expected : expect.stringMatching(expected));
});

test("an IFRS filer gets a plain 'not supported yet', not an empty table", () => {
  const ifrs = { cik: 1000184, entityName: "SAP SE", facts: { dei: {}, "ifrs-full": { Revenue: { label: "Revenue", units: { EUR: [] } } } } };
  expect(message(() => readCompanyFacts(ifrs))).toBe(
    "IFRS filers are not supported yet: SAP SE files its statements under the IFRS taxonomy (ifrs-full), which AIFLAG does not map yet",
  );
});

test("a malformed fact of a tag the table reads is named", () => {
  const doc = fixtureDoc("MSFT");
  (doc.facts["us-gaap"].Assets.units.USD[3] as unknown as { val: unknown }).val = "1,000";
  expect(message(() => readCompanyFacts(doc))).toBe('us-gaap:Assets, USD fact 4: "val" is not a number; the file is not companyfacts as SEC serves it');
});

test("a byte-order mark before the JSON is read", () => {
  expect(parseCompanyFactsText("\ufeff" + fixtureText("NVDA"))).toMatchObject({ cik: 1045810 });
});

test("a company whose figures come only from forms AIFLAG does not read (a foreign filer's 20-F) gets a plain message", () => {
  const doc = companyFacts({ Revenues: [fact("2024-01-01", "2024-12-31", 5, "20-F", "2025-04-01"), fact("2024-01-01", "2024-06-30", 2, "6-K", "2024-09-01")] }, "FOREIGN FILER PLC");
  expect(message(() => readCompanyFacts(doc))).toBe(
    "FOREIGN FILER PLC has no 10-K or 10-Q figures of the items AIFLAG reads (its figures come from 20-F, 6-K): AIFLAG reads 10-K and 10-Q filings only",
  );
});
