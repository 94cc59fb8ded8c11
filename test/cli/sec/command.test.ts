/** `aiflag sec` on local files: the reference figures through --json, the table, the CSV, plain errors. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { runCli } from "../helpers";
import { fixturePath, fixtureText } from "../../sources/sec/fixtures";
import type { SecJson } from "../../../src/sources/sec";
import { runSecCli, tempDir } from "./helpers";
import { companyFacts, fact } from "../../sources/sec/synthetic";

const MSFT = fixturePath("MSFT");
const NVDA = fixturePath("NVDA");
const M = 1_000_000;

function item(doc: SecJson, label: string, id: string): number | undefined {
  return doc.periods.find((p) => p.label === label)?.items[id]?.value;
}

test("acceptance: the Microsoft fixture --json gives the 10-K reference figures exactly", async () => {
  const { code, out, err } = await runSecCli([MSFT, "--json"]);
  expect([code, err]).toEqual([0, ""]);
  const doc = JSON.parse(out) as SecJson;
  const fy2025: Record<string, number> = {
    revenue: 281_724,
    cost_of_revenue: 87_831,
    operating_income: 128_528,
    net_income: 101_832,
    operating_cash_flow: 136_162,
    capex: 64_551,
    research_and_development: 32_488,
    finance_lease_principal: 2_283,
    ppe_gross: 298_619,
    ppe_net: 204_966,
  };
  for (const [id, millions] of Object.entries(fy2025)) expect([id, item(doc, "FY2025", id)]).toEqual([id, millions * M]);
  expect(item(doc, "Q4 FY2025", "capex")).toBe(17_079 * M);
  expect(item(doc, "Q4 FY2025", "revenue")).toBe(76_441 * M);
  expect(new Set(doc.periods.map((p) => p.kind))).toEqual(new Set(["annual", "quarter", "ttm"]));
});

test("the NVIDIA fixture --json gives its reference figures", async () => {
  const doc = JSON.parse((await runSecCli([NVDA, "--json"])).out) as SecJson;
  expect(item(doc, "FY2026", "revenue")).toBe(215_938 * M);
  expect(item(doc, "FY2026", "depreciation_amortization")).toBe(2_843 * M);
  expect(item(doc, "FY2026", "depreciation")).toBe(2_400 * M);
  expect(item(doc, "FY2025", "capex")).toBe(3_236 * M);
  expect(item(doc, "Q4 FY2026", "capex")).toBe(1_284 * M);
});

test("the table: items down, the latest five fiscal years across, USD millions, marks and gaps", async () => {
  const { code, out } = await runSecCli([MSFT]);
  expect(code).toBe(0);
  const lines = out.split("\n");
  expect(lines[0]).toBe("MICROSOFT CORPORATION (CIK 789019), fiscal year ending June 30");
  expect(lines[1]).toMatch(/^Fiscal years, USD millions, as restated/);
  expect(lines[3]).toMatch(/^Line item \(USD millions\)\s+FY2021\s+FY2022\s+FY2023\s+FY2024\s+FY2025$/);
  expect(out).toMatch(/\nrevenue\s+168,088\s+198,270\s+211,915\s+245,122\s+281,724\n/);
  expect(out).toMatch(/\ncapital expenditure\s+20,622\s+23,886\s+28,107\s+44,477\s+64,551\n/);
  expect(out).toMatch(/\nselling, general and administrative\s+25,224\*/);
  expect(out).toMatch(/Not in SEC's standard-taxonomy data \(a company tag, or not reported\): .*depreciation and amortization/);
});

test("--quarterly shows derived fourth quarters marked, --ttm the trailing sums, --all every period", async () => {
  const q = await runSecCli([MSFT, "--quarterly", "--last", "3"]);
  expect(q.out).toMatch(/Q4 FY2025\s+Q1 FY2026\s+Q2 FY2026\n/);
  expect(q.out).toMatch(/\ncapital expenditure\s+17,079\*\s+19,394\s+29,876\n/);
  const ttm = await runSecCli([MSFT, "--ttm", "--last", "1"]);
  expect(ttm.out).toMatch(/\ncapital expenditure\s+83,094\*\n/);
  const all = await runSecCli([NVDA, "--all"]);
  expect(all.out).toMatch(/FY2008\s+FY2009/);
});

test("--as-reported: Microsoft's FY2017 net income as first reported, marked", async () => {
  const restated = await runSecCli([MSFT, "--last", "9"]);
  expect(restated.out).toMatch(/\nnet income\s+25,489r\s+16,571\s/);
  const first = JSON.parse((await runSecCli([MSFT, "--as-reported", "--json"])).out) as SecJson;
  expect(item(first, "FY2017", "net_income")).toBe(21_204 * M);
  expect(first.basis).toBe("as-first-reported");
});

test("--csv is the report's CSV, in USD millions, and `aiflag report` reads it back", async () => {
  const dir = tempDir();
  const { code, out } = await runSecCli([NVDA, "--csv"]);
  expect(code).toBe(0);
  const rows = parse(out, { columns: true }) as Array<Record<string, string>>;
  const fy2026 = rows.find((r) => r.fiscal_year === "2026")!;
  expect(fy2026).toMatchObject({ company: "NVIDIA CORP", revenue: "215938", capex: "6042", depreciation: "2400" });
  expect(rows.find((r) => r.fiscal_year === "2015")!.capex).toBe("");
  expect(rows.find((r) => r.fiscal_year === "2010")!.depreciation).toBe("164.8");
  // Every column the SEC CSV writes is a line item the report reads.
  const csv = out;
  writeFileSync(join(dir, "nvda.csv"), csv);
  const report = await runCli(["report", "nvda.csv", "--json"], dir);
  expect(report.code).toBe(0);
  const fcf = (JSON.parse(report.out) as { companies: Array<{ rows: Array<{ flag: string; period: string; value: number }> }> }).companies[0].rows.find(
    (r) => r.flag === "FCFCONV" && r.period === "FY2026",
  );
  expect(fcf!.value).toBeCloseTo((102_718 - 6_042) / 120_067, 12);
});

test.each([
  [["--quarterly", "--csv"], /--csv writes fiscal years/],
  [["--json", "--csv"], /choose --json or --csv/],
  [["--quarterly", "--ttm"], /choose --quarterly or --ttm/],
  [["--last", "0"], /--last must be a whole number/],
  [["--last", "3", "--all"], /choose --last N or --all/],
  [["--frobnicate"], /Unknown option '--frobnicate'/],
])("usage error %j", async (extra, message) => {
  const { code, err } = await runSecCli([MSFT, ...extra]);
  expect(code).toBe(2);
  expect(err).toMatch(message);
  expect(err).toContain("Usage: aiflag sec");
});

test("a company with fiscal years only: --quarterly says there are no quarters", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "annual.json"), JSON.stringify(companyFacts({ Revenues: [fact("2024-01-01", "2024-12-31", 5e9, "10-K", "2025-02-01")] })));
  const { code, out } = await runSecCli(["annual.json", "--quarterly"], { cwd: dir });
  expect(code).toBe(0);
  expect(out).toMatch(/\nNo periods of this kind: the figures AIFLAG reads are not filed for them \(quarters need 10-Q figures\)\.\n$/);
  expect((await runSecCli(["annual.json"], { cwd: dir })).out).toMatch(/\nrevenue\s+5,000\n/);
});

test("no argument, two arguments, and --help", async () => {
  expect((await runSecCli([])).code).toBe(2);
  expect((await runSecCli(["MSFT", "NVDA"])).err).toMatch(/one company at a time/);
  const help = await runSecCli(["--help"]);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^Usage: aiflag sec <TICKER \| CIK \| file\.json \| file\.json\.gz>/);
});

describe("a bad file gets one plain sentence naming it, exit 1", () => {
  const dir = tempDir();
  const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
  const text = fixtureText("NVDA");

  test.each<[string, string | Buffer, RegExp]>([
    ["empty.json", "", /^aiflag sec: empty\.json: the file is empty\n$/],
    ["page.json", '<!DOCTYPE html><html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head></html>', /page\.json: this is an HTML page \("SEC\.gov \| Request Rate Threshold Exceeded"\)/],
    ["cut.json", text.slice(0, 5000), /cut\.json: the JSON stops before its end \(5000 characters\): the file is cut off/],
    ["cut.json.gz", gzipSync(text).subarray(0, 2000), /cut\.json\.gz: the gzip file is cut off or damaged \(Z_BUF_ERROR\)/],
    ["plain.json.gz", text, /plain\.json\.gz: the name ends in \.gz but the file is not gzip-compressed/],
    ["ifrs.json", JSON.stringify({ cik: 1, entityName: "SAP SE", facts: { "ifrs-full": {} } }), /ifrs\.json: IFRS filers are not supported yet: SAP SE/],
    ["list.json", "[1,2]", /list\.json: this is not an SEC companyfacts file: its JSON is a list/],
  ])("%s", async (name, content, message) => {
    write(name, content);
    const { code, err, out } = await runSecCli([name], { cwd: dir });
    expect([code, out]).toEqual([1, ""]);
    expect(err).toMatch(message);
  });

  test("a file that does not exist", async () => {
    const { code, err } = await runSecCli(["nope.json"], { cwd: dir });
    expect(code).toBe(1);
    expect(err).toBe("aiflag sec: nope.json: cannot be read (ENOENT)\n");
  });

  test("a file over the limit is refused from its size, and a gzip file from what it would decompress to", async () => {
    write("big.json", text);
    const big = await runSecCli(["big.json"], { cwd: dir, deps: { maxBytes: 100_000 } });
    expect(big.err).toMatch(/^aiflag sec: big\.json: the file is \d+ bytes; the limit is 100000 bytes/);
    write("bomb.json.gz", gzipSync(Buffer.alloc(5_000_000, 0x20)));
    const bomb = await runSecCli(["bomb.json.gz"], { cwd: dir, deps: { maxBytes: 1_000_000 } });
    expect(bomb.code).toBe(1);
    expect(bomb.err).toMatch(/bomb\.json\.gz: decompressed, the file is over the limit of 1000000 bytes/);
  });
});
