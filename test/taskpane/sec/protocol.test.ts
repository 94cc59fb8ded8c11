/**
 * The SEC file reader's worker, without a browser: its message protocol (`listen` answers each
 * request with the handler's response, under the request's id) and the handler itself on the real
 * fixtures (the fiscal years, the quarters counted, and read only when asked for) (a .json, a .json.gz through the platform's DecompressionStream, as the browser reads
 * it) and on every wrong file, each refused with one sentence naming the file.
 */
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { handleSecRead, NO_DECOMPRESSION, type SecReadRequest, type SecReadResponse } from "../../../src/taskpane/sec/protocol";
import { listen, type WorkerScope } from "../../../src/taskpane/sec/secWorker";
import { fixtureCompany, fixtureDoc, fixturePath, fixtureText } from "../../sources/sec/fixtures";

const gz = () => readFileSync(fixturePath("MSFT"));
const blob = (bytes: string | Uint8Array) => new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]);
const request = (file: Blob, name: string, extra: Partial<SecReadRequest> = {}): SecReadRequest => ({ id: 7, file, name, ...extra });

function ok(response: SecReadResponse) {
  if (!response.ok) throw new Error(response.message);
  return response;
}

const fy2025 = (r: Extract<SecReadResponse, { ok: true }>, item: "revenue" | "capex") => {
  const k = r.financials.periods.findIndex((p) => p.label === "FY2025");
  return r.financials.items[item]?.values[k]?.value;
};

test("a .json.gz is recognised by its bytes, decompressed, parsed and normalised: Microsoft's fiscal years with their provenance", async () => {
  const r = ok(await handleSecRead(request(blob(gz()), "MSFT.companyfacts.json.gz")));
  expect(r.id).toBe(7);
  expect(r.gzip).toBe(true);
  expect(r.textLength).toBe(fixtureText("MSFT").length);
  expect(r.financials.company).toMatchObject({ name: "MICROSOFT CORPORATION", cik: 789019 });
  expect(r.financials.periods.map((p) => p.label)).toEqual(Array.from({ length: 18 }, (_, i) => `FY${2008 + i}`));
  expect(fy2025(r, "revenue")).toBe(281_724_000_000);
  expect(r.financials.items.revenue?.values.at(-1)?.provenance).toMatchObject({ source: "sec", form: "10-K", tag: expect.stringMatching(/^us-gaap:/) });
  for (const ms of Object.values(r.timings)) expect(ms).toBeGreaterThanOrEqual(0);
});

test("the quarters are read only when asked: counted without them, read with them (Q4 = FY - 9M marked as derived)", async () => {
  const years = ok(await handleSecRead(request(blob(gz()), "m.json.gz")));
  expect(years.quarterCount).toBe(70);
  expect(years).not.toHaveProperty("quarterly");

  const both = ok(await handleSecRead(request(blob(gz()), "m.json.gz", { quarters: true })));
  expect(both.financials).toEqual(years.financials);
  expect(both.quarterCount).toBe(70);
  const q = both.quarterly!;
  expect(q.periods).toHaveLength(70);
  expect([q.periods[0].label, q.periods.at(-1)!.label]).toEqual(["Q1 FY2009", "Q2 FY2026"]);
  expect(q.periodsPerYear).toBe(4);
  // What the full reader gives, every figure with its provenance.
  expect(q).toEqual(fixtureCompany("MSFT").quarterly);
  // No filing gives a fourth quarter: Microsoft's Q4 FY2025 revenue is the fiscal year less nine months.
  const k = q.periods.findIndex((p) => p.label === "Q4 FY2025");
  expect(q.items.revenue?.values[k]?.provenance).toMatchObject({ source: "sec", derived: expect.stringMatching(/^Q4 = FY - 9M/) });
  expect(structuredClone(q)).toEqual(q);
});

test("a file without 10-Q figures holds no quarters, asked or not", async () => {
  const doc = fixtureDoc("MSFT");
  for (const concepts of Object.values(doc.facts)) {
    for (const concept of Object.values(concepts)) for (const unit of Object.keys(concept.units)) concept.units[unit] = concept.units[unit].filter((f) => f.form !== "10-Q");
  }
  const r = ok(await handleSecRead(request(blob(JSON.stringify(doc)), "annual-only.json", { quarters: true })));
  expect(r.quarterCount).toBe(0);
  expect(r).not.toHaveProperty("quarterly");
  expect(r.financials.periods.at(-1)?.label).toBe("FY2025");
});

test("a plain .json gives the same figures; a gzip file with any name is still read as gzip", async () => {
  const plain = ok(await handleSecRead(request(blob(fixtureText("MSFT")), "msft.json")));
  expect(plain.gzip).toBe(false);
  expect(fy2025(plain, "capex")).toBe(64_551_000_000);
  const renamed = ok(await handleSecRead(request(blob(gz()), "download")));
  expect(renamed.gzip).toBe(true);
  expect(renamed.financials).toEqual(plain.financials);
});

test("the basis is the request's: as first reported marks what a later filing changed", async () => {
  const first = ok(await handleSecRead(request(blob(gz()), "m.json.gz", { basis: "as-first-reported" })));
  expect(first.financials.source).toMatch(/as first reported/);
  // Microsoft's FY2017 net income, restated for ASC 606 from 21,204 to 25,489 million.
  const k = first.financials.periods.findIndex((p) => p.label === "FY2017");
  const fact = first.financials.items.net_income?.values[k];
  expect(fact?.value).toBe(21_204_000_000);
  expect(fact?.provenance).toMatchObject({ restated: expect.objectContaining({ original: 21_204_000_000 }) });
});

test.each([
  ["a file over the limit, refused from its size before it is read", () => request(blob(fixtureText("MSFT")), "big.json", { maxBytes: 1000 }), /^big\.json: the file is \d+ bytes; the limit is 1000 bytes/],
  ["a gzip file that decompresses past the limit", () => request(blob(gzipSync(" ".repeat(50_000))), "bomb.json.gz", { maxBytes: 20_000 }), /^bomb\.json\.gz: decompressed, the file is over the limit of 20000 bytes/],
  ["a cut-off gzip file", () => request(blob(gz().subarray(0, 2000)), "cut.json.gz"), /^cut\.json\.gz: the gzip file is cut off or damaged \(.+\); download it again$/],
  ["a .gz name on a file that is not gzip", () => request(blob(fixtureText("MSFT")), "plain.json.gz"), /^plain\.json\.gz: the name ends in \.gz but the file is not gzip-compressed$/],
  ["an empty file", () => request(blob(""), "empty.json"), /^empty\.json: the file is empty$/],
  ["SEC's refusal page saved instead of the data", () => request(blob("<html><title>Request Rate Threshold Exceeded</title></html>"), "x.json"), /^x\.json: this is an HTML page \("Request Rate Threshold Exceeded"\)/],
  ["another SEC file", () => request(blob(JSON.stringify({ cik: "789019", name: "MICROSOFT", filings: {} })), "sub.json"), /^sub\.json: this is not an SEC companyfacts file but SEC's submissions file/],
])("%s: one sentence naming the file", async (_what, make, message) => {
  const r = await handleSecRead(make());
  expect(r).toEqual({ id: 7, ok: false, message: expect.stringMatching(message) });
});

test("a browser without DecompressionStream is told to decompress the file first", async () => {
  const saved = globalThis.DecompressionStream;
  try {
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    expect(await handleSecRead(request(blob(gz()), "m.json.gz"))).toEqual({ id: 7, ok: false, message: `m.json.gz: ${NO_DECOMPRESSION}` });
  } finally {
    globalThis.DecompressionStream = saved;
  }
});

test("the worker answers each message with the handler's response, under the request's id", async () => {
  const posted: SecReadResponse[] = [];
  let answered: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (answered = resolve));
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (message) => {
      posted.push(message);
      if (posted.length === 2) answered();
    },
  };
  listen(scope);
  expect(scope.onmessage).toEqual(expect.any(Function));
  scope.onmessage!({ data: request(blob(gz()), "a.json.gz", { id: 1 }) } as MessageEvent<SecReadRequest>);
  scope.onmessage!({ data: request(blob(""), "b.json", { id: 2 }) } as MessageEvent<SecReadRequest>);
  await all;
  const byId = new Map(posted.map((p) => [p.id, p]));
  expect(byId.get(1)).toMatchObject({ ok: true, gzip: true });
  expect(byId.get(2)).toEqual({ id: 2, ok: false, message: "b.json: the file is empty" });
  // What reaches the pane survives the structured clone postMessage makes.
  const first = byId.get(1) as Extract<SecReadResponse, { ok: true }>;
  expect(structuredClone(first.financials)).toEqual(first.financials);
  expect(gunzipSync(gz()).length).toBe(first.textLength);
});
