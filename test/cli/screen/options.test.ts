/** --top, --min-revenue, --ciks; the same bytes whatever --jobs; the table and CSV views. */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ScreenReport } from "../../../src/screen/report";
import { fixtureText } from "../../sources/sec/fixtures";
import { runCli } from "../helpers";
import { entryName, faultEntries, MSFT_CIK, NVDA_CIK, realEntries, tempDir, writeZip, type Entry } from "./archive";

let dir: string;

/** The fixtures again under other CIKs and names, so that ranking has ties and more rows. */
function copies(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => {
    const doc = JSON.parse(fixtureText(i % 2 === 0 ? "MSFT" : "NVDA")) as { cik: number; entityName: string };
    doc.cik = 5_000_000 + i;
    doc.entityName = `COPY ${i}`;
    return { name: entryName(doc.cik), content: JSON.stringify(doc) };
  });
}

beforeAll(async () => {
  dir = tempDir();
  await writeZip(dir, "real.zip", realEntries());
  await writeZip(dir, "mixed.zip", [...copies(6), ...realEntries(), ...Object.values(faultEntries())]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function json(...argv: string[]): Promise<ScreenReport> {
  const { code, out } = await runCli(["screen", ...argv, "--json"], dir);
  expect(code).toBe(0);
  return JSON.parse(out) as ScreenReport;
}

test("ranked by SCORE, highest first; ties by statuses scored, revenue, then CIK", async () => {
  const report = await json("mixed.zip");
  const rows = report.companies;
  expect(rows.map((c) => c.rank)).toEqual(rows.map((_, i) => i + 1));
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const order = (b.score ?? -1) - (a.score ?? -1) || b.scored - a.scored || (b.revenueMillions ?? 0) - (a.revenueMillions ?? 0) || a.cik - b.cik;
    expect(order).toBeLessThan(0);
  }
  // Microsoft's copies share its score and revenue: the lower CIK first.
  const msft = rows.filter((c) => c.revenueMillions === rows.find((r) => r.cik === MSFT_CIK)!.revenueMillions);
  expect(msft.map((c) => c.cik)).toEqual([...msft.map((c) => c.cik)].sort((x, y) => x - y));
});

test("--top N keeps the first N and says how many it left out", async () => {
  const report = await json("mixed.zip", "--top", "3");
  expect(report.companies.map((c) => c.rank)).toEqual([1, 2, 3]);
  expect(report.counts.leftOut).toEqual({ "below the top 3": 5 });
  const all = await json("mixed.zip");
  expect(report.companies.map((c) => c.cik)).toEqual(all.companies.slice(0, 3).map((c) => c.cik));
});

test("--min-revenue leaves out companies under it (USD millions)", async () => {
  // Microsoft FY2025 revenue 281,724; NVIDIA FY2026 215,938.
  const report = await json("real.zip", "--min-revenue", "250000");
  expect(report.companies.map((c) => c.cik)).toEqual([MSFT_CIK]);
  expect(report.counts.leftOut).toEqual({ "revenue under 250000 USD millions": 1 });
});

test("--ciks screens only the listed companies and never reads the other entries", async () => {
  const damaged = { name: entryName(42), content: "{" };
  await writeZip(dir, "with-bad.zip", [...realEntries(), damaged]);
  writeFileSync(join(dir, "ciks.txt"), "# companies to screen\nCIK0001045810\n\n  999 \n");
  const report = await json("with-bad.zip", "--ciks", "ciks.txt");
  expect(report.companies.map((c) => c.cik)).toEqual([NVDA_CIK]);
  // The damaged entry is not in the list, so it was never parsed: not skipped, only not read.
  expect(report.skipped).toEqual([]);
  expect(report.counts).toMatchObject({ read: 1, screened: 1, notInCikList: 2 });

  writeFileSync(join(dir, "bad-ciks.txt"), "789019\nMSFT\n");
  const bad = await runCli(["screen", "real.zip", "--ciks", "bad-ciks.txt"], dir);
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/bad-ciks\.txt, row 2: "MSFT" is not a CIK/);

  writeFileSync(join(dir, "absent.txt"), "1\n");
  const none = await runCli(["screen", "real.zip", "--ciks", "absent.txt"], dir);
  expect(none.code).toBe(1);
  expect(none.err).toMatch(/real\.zip: holds none of the CIKs --ciks lists/);
});

test.each(["--json", "--csv", "--book-life=6"])("%s: byte-identical output with --jobs 1 and --jobs 2", async (format) => {
  const one = await runCli(["screen", "mixed.zip", format, "--jobs", "1"], dir);
  const two = await runCli(["screen", "mixed.zip", format, "--jobs", "2"], dir);
  expect(one.code).toBe(0);
  expect(two.out).toBe(one.out);
  expect(one.err).toMatch(/1 worker\.\n$/);
  expect(two.err).toMatch(/2 workers\.\n$/);
});

test("the table and the CSV show each flag's value and status, SCORE, statuses scored and missing inputs", async () => {
  const table = await runCli(["screen", "real.zip"], dir);
  const lines = table.out.split("\n");
  // A column per flag the figures allow for some company, in the catalogue's order.
  const shown = (await json("real.zip")).flags.filter((f) => f.computedFor > 0).map((f) => f.id);
  expect(shown).toEqual(expect.arrayContaining(["GROSSMARGINGAP", "FCFCONV", "TALENTLOAD"]));
  expect(lines[0]).toMatch(new RegExp(`^Rank\\s+Company\\s+CIK\\s+FY\\s+Year end\\s+Revenue \\(USD m\\)\\s+${shown.join("\\s+")}\\s+FCF conversion, last 5 years\\s+Fell 2y\\s+SCORE\\s+Scored\\s+Missing$`));
  expect(lines[2]).toMatch(/^\s+1\s+MICROSOFT CORPORATION\s+789019\s+FY2025\s+2025-06-30\s+281,724\s+-12 pts WATCH\s+0\.68x WATCH\s/);
  expect(lines[2]).toMatch(/\s0\.91x 0\.88x 0\.81x 0\.83x 0\.68x\s+no\s+[\d.]+\s+\d+\s+\d+$/);
  expect(table.out).toMatch(/Notes:\n- Each company is screened on its latest fiscal year/);
  expect(table.out).toMatch(/DEPCLIFF, DEPGAP need the book life of servers.*Give --book-life YEARS/);

  const csv = await runCli(["screen", "real.zip", "--csv"], dir);
  const [header, first] = csv.out.split("\n");
  const cells = Object.fromEntries(header.split(",").map((k, i) => [k, first.split(",")[i]]));
  expect(cells).toMatchObject({ rank: "1", company: "MICROSOFT CORPORATION", cik: "789019", revenue_usd_m: "281724", fcfconv_status: "WATCH" });
  expect(Number(cells.fcfconv_multiple)).toBe((71_611 - 2_283) / 101_832);
});

test("--out writes the output to a file, whole", async () => {
  const { code, out } = await runCli(["screen", "real.zip", "--csv", "--out", "screen.csv"], dir);
  expect(code).toBe(0);
  expect(out).toBe("");
  expect(readFileSync(join(dir, "screen.csv"), "utf8")).toMatch(/^rank,company,cik,/);
});
