/** The --json document: every period with its own dates, every figure as filed with its source, valid against its schema. */
import Ajv from "ajv";
import { secJson, SEC_JSON_SCHEMA_VERSION, type SecJson } from "../../../src/sources/sec";
import { SEC_JSON_SCHEMA } from "../../../src/sources/sec/jsonSchema";
import { fixtureCompany, M } from "./fixtures";

const validate = new Ajv({ allErrors: true, strict: false }).compile(SEC_JSON_SCHEMA);

function period(doc: SecJson, label: string) {
  const p = doc.periods.find((x) => x.label === label);
  if (!p) throw new Error(`no ${label}`);
  return p;
}

test.each(["MSFT", "NVDA"] as const)("%s's document is valid against the documented schema, through JSON text", (company) => {
  const doc = JSON.parse(JSON.stringify(secJson(fixtureCompany(company)))) as unknown;
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test("every period of every kind is there, derived quarters included, each with its own dates", () => {
  const c = fixtureCompany("MSFT");
  const doc = secJson(c);
  expect(doc.schema).toBe(SEC_JSON_SCHEMA_VERSION);
  expect(doc.company).toEqual({ name: "MICROSOFT CORPORATION", cik: 789019, ticker: null, fiscalYearEnd: "June 30" });
  expect(doc.periods.length).toBe(c.annual.periods.length + c.quarterly.periods.length + c.ttm.periods.length);
  expect(period(doc, "Q4 FY2025")).toMatchObject({ kind: "quarter", fiscalYear: 2025, quarter: 4, start: "2025-04-01", end: "2025-06-30" });
  expect(period(doc, "Q4 FY2025").items.capex).toEqual({
    value: 17_079 * M,
    unit: "USD",
    tag: "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
    form: "10-K",
    accn: "0000950170-25-100235",
    filed: "2025-07-30",
    restated: false,
    original: null,
    rounded: null,
    derived: "Q4 = FY - 9M: 64,551,000,000 (10-K filed 2025-07-30) - 47,472,000,000 (10-Q filed 2025-04-30); same tag, unit and start",
  });
  expect(period(doc, "FY2017").items.net_income).toMatchObject({ value: 25_489 * M, restated: true, original: 21_204 * M });
  expect(period(doc, "FY2025").items.income_continuing_ops).toBeUndefined();
  expect(doc.gaps.annual!.depreciation_amortization).toMatch(/^not in SEC's standard-taxonomy data/);
  expect(period(doc, "Q3 FY2025").items.depreciation).toBeNull();
});

test("kinds can be chosen, and a ticker named", () => {
  const doc = secJson(fixtureCompany("NVDA"), ["ttm"], "NVDA");
  expect(new Set(doc.periods.map((p) => p.kind))).toEqual(new Set(["ttm"]));
  expect(Object.keys(doc.gaps)).toEqual(["ttm"]);
  expect(doc.company.ticker).toBe("NVDA");
});
