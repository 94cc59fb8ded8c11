/**
 * `aiflag report --sec <TICKER | CIK | file>`: every flag one company's SEC figures allow, over all
 * its fiscal years, from the same loading code as `aiflag sec` (a companyfacts file here; a ticker
 * through the fixture server on 127.0.0.1, never the network), and `--xlsx` with the "SEC data"
 * sheet beside the red-flag model. Through `main`, as a person runs it.
 */
import ExcelJS from "exceljs";
import { PARAMETER_OPTIONS } from "../../src/cli/report/args";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseFinancials } from "../../src/analysis";
import { ECONOMIC_LIFE_ESTIMATE } from "../../src/templates/lives";
import { companyReport } from "../../src/cli/report/buildReport";
import { fixtureCompany, fixturePath, fixtureText } from "../sources/sec/fixtures";
import { runCli } from "./helpers";
import { json, serve, type FixtureServer } from "./sec/server";
import { tempDir, USER_AGENT } from "./sec/helpers";

interface JsonReport {
  companies: Array<{
    company: string;
    source: string;
    rows: Array<{ flag: string; period: string; value: number | null; status: string; byPeriod?: Array<{ period: string }> }>;
    needs: string[];
  }>;
}

const MSFT_FILE = fixturePath("MSFT");
/** What the command line assumes without --book-life or --economic-life: the estimate of the economic life. */
const reportAssumptions = { values: { economic_life: ECONOMIC_LIFE_ESTIMATE }, given: new Set<string>(), options: PARAMETER_OPTIONS };
const msft = fixtureCompany("MSFT").annual;

test("the report runs every flag the figures allow over all the company's fiscal years: the analysis's own results", async () => {
  const { code, out, err } = await runCli(["report", "--sec", MSFT_FILE, "--json"]);
  expect([code, err]).toEqual([0, ""]);
  const report = JSON.parse(out) as JsonReport;
  expect(report.companies).toHaveLength(1);
  const expected = companyReport(msft, reportAssumptions);
  expect(report.companies[0]).toEqual(JSON.parse(JSON.stringify(expected)));
  const gmg = report.companies[0].rows.find((r) => r.flag === "GROSSMARGINGAP")!;
  expect(gmg.period).toBe("FY2008 to FY2025");
  const fcf = report.companies[0].rows.find((r) => r.flag === "FCFCONV")!;
  // After Microsoft's finance-lease principal (2,283), which SEC's data carry; every year is there too.
  expect(fcf).toMatchObject({ period: "FY2025", value: (136_162 - 64_551 - 2_283) / 101_832, status: "WATCH" });
  expect(fcf.byPeriod?.[0]).toMatchObject({ period: "FY2008" });
  // The depreciation flags need the book life SEC data do not carry: listed with what they need.
  expect(report.companies[0].needs.some((n) => /^DEPCLIFF needs: book useful life/.test(n))).toBe(true);
  expect(analyseFinancials(msft).flags.length).toBeGreaterThan(report.companies[0].rows.length);
});

test("the table names the company and its years; --book-life then computes the depreciation flags", async () => {
  const { out } = await runCli(["report", "--sec", MSFT_FILE, "--book-life", "6"]);
  expect(out).toMatch(/MICROSOFT CORPORATION\s+GROSSMARGINGAP\s+FY2008 to FY2025/);
  expect(out).toMatch(/MICROSOFT CORPORATION\s+DEPCLIFF\s+FY2008 to FY2025/);
});

test("--as-reported reads each figure as first reported: the report is the analysis of those figures", async () => {
  const first = JSON.parse((await runCli(["report", "--sec", MSFT_FILE, "--json", "--as-reported"])).out) as JsonReport;
  expect(first.companies[0].source).toMatch(/as first reported$/);
  const expected = companyReport(fixtureCompany("MSFT", "as-first-reported").annual, reportAssumptions);
  expect(first.companies[0]).toEqual(JSON.parse(JSON.stringify(expected)));
});

test("--xlsx writes the SEC data sheet beside the red-flag model, every fiscal year, Microsoft's FY2025 revenue 281,724", async () => {
  const dir = mkdtempSync(join(tmpdir(), "aiflag-sec-xlsx-"));
  const { code, err } = await runCli(["report", "--sec", MSFT_FILE, "--xlsx", "msft.xlsx"], dir);
  expect(code).toBe(0);
  expect(err).toBe("Wrote msft.xlsx: the SEC data and the red-flag model for MICROSOFT CORPORATION, 18 fiscal years.\n");
  expect(readdirSync(dir)).toEqual(["msft.xlsx"]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "msft.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["SEC data", "Inputs", "Flags", "Checks"]);
  const data = wb.getWorksheet("SEC data")!;
  expect(data.getCell("B3").value).toBe("USD millions");
  expect(data.getCell("A9").value).toBe("Revenue");
  expect(data.getCell("T7").value).toBe(2025);
  expect(data.getCell("T9").value).toBe(281_724);
  const inputs = wb.getWorksheet("Inputs")!;
  expect(inputs.getCell("S6").value).toBe(2025);
  expect(inputs.getCell("S8").value).toBe(281_724);
  // The sources row of FY2025 revenue points at its grid cell, with the cached figure.
  const shown: Array<{ formula: string; result: unknown }> = [];
  data.eachRow((row) => {
    if (row.getCell(1).value !== "Revenue" || row.getCell(3).value !== "FY2025") return;
    row.eachCell((c, col) => (col === 4 ? shown.push({ formula: c.formula, result: c.result }) : undefined));
  });
  expect(shown).toEqual([{ formula: "$T$9", result: 281_724 }]);
}, 60_000);

test("NVIDIA's workbook keeps its capex years without a figure blank, and says so", async () => {
  const dir = mkdtempSync(join(tmpdir(), "aiflag-sec-xlsx-"));
  const { code, err } = await runCli(["report", "--sec", fixturePath("NVDA"), "--xlsx", "nvda.xlsx"], dir);
  expect(code).toBe(0);
  expect(err).toMatch(/^Wrote nvda\.xlsx: the SEC data and the red-flag model for NVIDIA CORP, 19 fiscal years\.\n {2}Capital expenditure: no figure for FY2008, FY2009, FY2013 to FY2021; those cells are blank/);
}, 60_000);

describe("a ticker is fetched as `aiflag sec` fetches it (from the fixture server on 127.0.0.1)", () => {
  let server: FixtureServer | undefined;
  const saved = { ...process.env };
  afterEach(async () => {
    await server?.close();
    server = undefined;
    process.env = { ...saved };
  });

  test("with the User-Agent and cache options of `aiflag sec`", async () => {
    server = await serve({
      "/files/company_tickers.json": json(JSON.stringify({ "0": { cik_str: 789019, ticker: "MSFT", title: "MICROSOFT CORP" } })),
      "/api/xbrl/companyfacts/CIK0000789019.json": json(fixtureText("MSFT")),
    });
    process.env.AIFLAG_SEC_WWW_URL = server.url;
    process.env.AIFLAG_SEC_DATA_URL = server.url;
    delete process.env.AIFLAG_SEC_USER_AGENT;
    const cache = tempDir();
    const { code, out, err } = await runCli(["report", "--sec", "msft", "--json", "--user-agent", USER_AGENT, "--cache-dir", cache]);
    expect(code).toBe(0);
    expect(err).toMatch(/^aiflag sec: companyfacts of CIK 0000789019: fetched from 127\.0\.0\.1/m);
    expect((JSON.parse(out) as JsonReport).companies[0].company).toBe("MICROSOFT CORPORATION");
    expect(server.requests.map((r) => [r.path, r.headers["user-agent"]])).toEqual([
      ["/files/company_tickers.json", USER_AGENT],
      ["/api/xbrl/companyfacts/CIK0000789019.json", USER_AGENT],
    ]);
    // Cached: the second run asks nothing; --refresh fetches again.
    await runCli(["report", "--sec", "789019", "--cache-dir", cache]);
    expect(server.requests).toHaveLength(2);
    await runCli(["report", "--sec", "789019", "--cache-dir", cache, "--refresh", "--user-agent", USER_AGENT]);
    expect(server.requests).toHaveLength(3);
  });

  test("without a User-Agent nothing is requested, and the message says why (exit 1)", async () => {
    server = await serve({});
    process.env.AIFLAG_SEC_DATA_URL = server.url;
    delete process.env.AIFLAG_SEC_USER_AGENT;
    const { code, err } = await runCli(["report", "--sec", "789019", "--cache-dir", tempDir()]);
    expect(code).toBe(1);
    expect(err).toMatch(/^aiflag report: .*User-Agent/);
    expect(server.requests).toEqual([]);
  });
});

test.each([
  [["report", "--as-reported"], /--as-reported goes with --sec/],
  [["report", "--refresh"], /--refresh goes with --sec/],
  [["report", "my.csv", "--sec", "MSFT"], /give a CSV file or --sec, not both/],
  [["report", "--sec", "not a company!"], /--sec: "not a company!" is not a ticker/],
])("%j: a usage error (exit 2)", async (argv, message) => {
  const { code, err } = await runCli(argv);
  expect(code).toBe(2);
  expect(err).toMatch(message);
  expect(err).toMatch(/Usage: aiflag report \[FILE\.csv \| --sec COMPANY\]/);
});

test("a file that is not companyfacts: one sentence naming it (exit 1)", async () => {
  const { code, out, err } = await runCli(["report", "--sec", "nope.json"], tempDir());
  expect([code, out]).toEqual([1, ""]);
  expect(err).toBe("aiflag report: nope.json: cannot be read (ENOENT)\n");
});
