/** Bad files get a message naming file, row and column; nothing is half-written. */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { writeAtomically } from "../../src/cli/output/atomicWrite";
import { runCli } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "aiflag-cli-"));
});

const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
const GOOD = "company,fiscal_year,revenue,cost_of_revenue,net_income,operating_cash_flow,capex\nContoso,2023,100,40,20,30,-10\nContoso,2024,140,58,25,35,-12\n";

test("a user CSV gives the same flags as the core", async () => {
  write("ok.csv", GOOD);
  const { code, out } = await runCli(["report", "ok.csv", "--json"], dir);
  expect(code).toBe(0);
  const rows = JSON.parse(out).companies[0].rows as Array<{ flag: string; value: number; status: string }>;
  expect(rows.find((r) => r.flag === "GROSSMARGINGAP")).toMatchObject({ status: "RED" });
  expect(rows.find((r) => r.flag === "GROSSMARGINGAP")!.value).toBeCloseTo(-0.0142857142857, 12);
  expect(rows.find((r) => r.flag === "FCFCONV")!.value).toBeCloseTo((35 - 12) / 25, 12);
});

test.each([
  ["a missing required column", "company,revenue\nA,1\n", /missing\.csv, row 1: the header has no "fiscal_year" column/],
  ["an unknown column", "company,fiscal_year,revenu\nA,2024,1\n", /row 1, column revenu: unknown column "revenu"/],
  ["a non-numeric cell", "company,fiscal_year,revenue\nA,2024,1\nA,2025,n/a\n", /row 3, column revenue: "n\/a" is not a plain number/],
  ["thousands separators", 'company,fiscal_year,revenue\nA,2024,"1,234"\n', /row 2, column revenue: "1,234" is not a plain number: thousands separators are not allowed; write 1234/],
  ["unquoted thousands separators", "company,fiscal_year,revenue\nA,2024,1,234\n", /row 2: this row has 4 cells but the header has 3: 1,234 looks like one number written with a thousands separator.*; write 1234$/m],
  ["a semicolon-separated file", "company;fiscal_year;revenue\nA;2024;1,5\n", /row 1: the columns are separated by semicolons, not commas/],
  ["a tab-separated file", "company\tfiscal_year\trevenue\nA\t2024\t1\n", /row 1: the columns are separated by tabs, not commas/],
  ["an accounting negative", "company,fiscal_year,revenue\nA,2024,(12)\n", /"\(12\)" is not a plain number: write a negative number with a minus sign: -12/],
  ["a bad year", "company,fiscal_year,revenue\nA,FY24,1\n", /row 2, column fiscal_year: "FY24" is not a four-digit fiscal year/],
  ["a duplicated period", "company,fiscal_year,revenue\nA,2024,1\nA,2024,2\n", /row 3, column fiscal_year: A 2024 appears twice/],
  ["a ragged row", "company,fiscal_year,revenue\nA,2024,1,9\n", /row 2: this row has 4 cells but the header has 3: a cell that holds a comma must be in double quotes/],
  ["a short row", "company,fiscal_year,revenue\nA,2024\n", /row 2: this row has 2 cells but the header has 3$/m],
  ["an unclosed quote", 'company,fiscal_year,revenue\nA,2024,"1\n', /not a valid CSV/],
  ["an empty file", "", /the file is empty/],
  ["a header only", "company,fiscal_year,revenue\n", /a header but no data rows/],
])("%s", async (_what, content, message) => {
  const name = _what === "a missing required column" ? "missing.csv" : "bad.csv";
  write(name, content);
  const { code, err } = await runCli(["report", name], dir);
  expect(code).toBe(1);
  expect(err).toMatch(message);
  expect(err).toContain(name);
});

test("a wrong encoding names the first row that is not UTF-8", async () => {
  const latin1 = Buffer.concat([Buffer.from("company,fiscal_year,revenue\nA,2024,1\n"), Buffer.from([0x4e, 0x65, 0x73, 0x74, 0x6c, 0xe9]), Buffer.from(",2024,2\n")]);
  write("latin1.csv", latin1);
  const { code, err } = await runCli(["report", "latin1.csv"], dir);
  expect(code).toBe(1);
  expect(err).toMatch(/latin1\.csv, row 3: this row is not valid UTF-8/);
  write("utf16.csv", Buffer.from("\ufeffcompany", "utf16le"));
  expect((await runCli(["report", "utf16.csv"], dir)).err).toMatch(/utf16\.csv, row 1: the file is UTF-16/);
});

test("a huge file is refused before parsing", async () => {
  write("huge.csv", Buffer.alloc(51 * 1024 * 1024, 0x31));
  const { code, err } = await runCli(["report", "huge.csv"], dir);
  expect(code).toBe(1);
  expect(err).toMatch(/huge\.csv: the file is 51 MB; the limit is 50 MB/);
});

test("a file that does not exist is named", async () => {
  const { code, err } = await runCli(["report", "nope.csv"], dir);
  expect(code).toBe(1);
  expect(err).toMatch(/nope\.csv: cannot be read \(ENOENT\)/);
});

test("--xlsx with a CSV missing a line the workbook needs fails without writing anything", async () => {
  write("ok.csv", GOOD);
  const { code, err } = await runCli(["report", "ok.csv", "--xlsx", "model.xlsx"], dir);
  expect(code).toBe(1);
  expect(err).toMatch(/needs operating_income for Contoso 2023/);
  expect(readdirSync(dir).sort()).toEqual(["ok.csv"]);
});

test("an atomic write that fails leaves neither the target nor a temporary file", async () => {
  const target = join(dir, "out.xlsx");
  await expect(
    writeAtomically(target, (temp) => {
      writeFileSync(temp, "half");
      throw new Error("disk full");
    }),
  ).rejects.toThrow("disk full");
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});

describe("--xlsx OUT", () => {
  test("into a folder that does not exist names that folder, not a temporary file, and writes nothing", async () => {
    const { code, err } = await runCli(["report", "--xlsx", "out/msft.xlsx"], dir);
    expect([code, err]).toEqual([1, "aiflag report: cannot write out/msft.xlsx: the folder out does not exist\n"]);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("an atomic write into a missing folder says so, naming the target", async () => {
    const target = join(dir, "gone", "x.xlsx");
    await expect(writeAtomically(target, (temp) => writeFileSync(temp, "x"), "gone/x.xlsx")).rejects.toThrow("cannot write gone/x.xlsx: the folder gone does not exist");
  });

  test("an existing file is kept without --force, replaced with it, and the message says which", async () => {
    write("msft.xlsx", "the user's own file");
    const kept = await runCli(["report", "--xlsx", "msft.xlsx", "--company", "Microsoft"], dir);
    expect([kept.code, kept.err, kept.out]).toEqual([1, "aiflag report: msft.xlsx already exists; add --force to replace it\n", ""]);
    expect(readFileSync(join(dir, "msft.xlsx"), "utf8")).toBe("the user's own file");
    const replaced = await runCli(["report", "--xlsx", "msft.xlsx", "--company", "Microsoft", "--force"], dir);
    expect([replaced.code, replaced.err]).toEqual([0, "Replaced msft.xlsx: the red-flag model for Microsoft.\n"]);
    expect(readFileSync(join(dir, "msft.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["msft.xlsx"]);
  }, 30000);

  test("--force without --xlsx is a usage error", async () => {
    const { code, err } = await runCli(["report", "--force"], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/--force replaces the --xlsx file; there is no --xlsx/);
  });
});
