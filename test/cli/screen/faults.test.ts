/**
 * Faults: a bad entry is counted and listed with its reason, never the end of the run; a bad
 * input (missing, not a zip, empty) is one message and exit code 1.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ScreenReport } from "../../../src/screen/report";
import { runCli } from "../helpers";
import { corrupt, entryName, faultEntries, realEntries, tempDir, writeZip, zipBuffer } from "./archive";
import { fixtureText } from "../../sources/sec/fixtures";

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("every faulty entry is skipped with its reason; the good ones are screened", async () => {
  const faults = faultEntries();
  const damaged = entryName(5);
  const zip = corrupt(await zipBuffer([...realEntries(), ...Object.values(faults), { name: damaged, content: fixtureText("NVDA") }]), damaged);
  writeFileSync(join(dir, "faults.zip"), zip);
  const { code, out, err } = await runCli(["screen", "faults.zip", "--json"], dir);
  expect(code).toBe(0);
  const report = JSON.parse(out) as ScreenReport;
  expect(report.companies.map((c) => c.name).sort()).toEqual(["MICROSOFT CORPORATION", "NVIDIA CORP"]);
  const reasons = Object.fromEntries(report.skipped.map((s) => [s.entry, s.reason]));
  expect(reasons).toEqual({
    ...Object.fromEntries(Object.entries(faults).map(([reason, e]) => [e.name, reason])),
    [damaged]: "unreadable entry",
  });
  expect(report.skipped.find((s) => s.reason === "IFRS filer")!.detail).toMatch(/IFRS filers are not supported yet: IFRS FILER PLC/);
  expect(report.skipped.find((s) => s.reason === "no annual periods")!.detail).toMatch(/QUARTERS ONLY INC has no fiscal year/);
  expect(report.counts).toMatchObject({ read: 8, screened: 2, listed: 2 });
  expect(Object.values(report.counts.skipped).reduce((a, b) => a + (b ?? 0), 0)).toBe(6);
  expect(err).toMatch(/6 skipped \(1 IFRS filer, 1 no 10-K or 10-Q figures, 1 no annual periods, 1 not JSON, 1 not companyfacts, 1 unreadable entry\)/);

  const table = await runCli(["screen", "faults.zip"], dir);
  expect(table.code).toBe(0);
  expect(table.out).toMatch(/Companies: 8 read; 2 screened; 6 skipped \(1 IFRS filer, .*1 unreadable entry\); 2 listed\./);
});

test("a folder of .json and .json.gz files is screened like the archive", async () => {
  const folder = join(dir, "folder");
  mkdirSync(folder);
  writeFileSync(join(folder, "MSFT.json"), fixtureText("MSFT"));
  writeFileSync(join(folder, "CIK0001045810.json.gz"), gzipSync(fixtureText("NVDA")));
  writeFileSync(join(folder, "broken.json"), "{");
  const fromFolder = await runCli(["screen", folder, "--csv"]);
  await writeZip(dir, "two.zip", realEntries());
  const fromZip = await runCli(["screen", join(dir, "two.zip"), "--csv"]);
  expect(fromFolder.code).toBe(0);
  expect(fromFolder.out).toBe(fromZip.out);
  expect(fromFolder.err).toMatch(/1 skipped \(1 not JSON\)/);
});

test.each([
  ["a missing path", () => "nowhere.zip", /aiflag screen: nowhere\.zip: does not exist/],
  [
    "a file that is not a zip",
    () => {
      writeFileSync(join(dir, "notes.zip"), "hello");
      return "notes.zip";
    },
    /aiflag screen: notes\.zip: is not a zip archive \(.+\); give SEC's companyfacts\.zip/,
  ],
  [
    "an empty archive",
    () => {
      writeFileSync(join(dir, "empty.zip"), Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
      return "empty.zip";
    },
    /aiflag screen: empty\.zip: is an empty archive/,
  ],
  [
    "an empty folder",
    () => {
      mkdirSync(join(dir, "nothing"), { recursive: true });
      return "nothing";
    },
    /aiflag screen: nothing: holds no companyfacts files/,
  ],
])("%s: one message, exit 1", async (_what, make, message) => {
  const { code, out, err } = await runCli(["screen", make()], dir);
  expect(code).toBe(1);
  expect(out).toBe("");
  expect(err).toMatch(message);
  expect(err.trim().split("\n")).toHaveLength(1);
});

test("a bad command line is exit 2 with the usage", async () => {
  const { code, err } = await runCli(["screen", "a.zip", "--top", "0"]);
  expect(code).toBe(2);
  expect(err).toMatch(/--top must be a whole number, 1 or more, not "0"/);
  expect(err).toMatch(/Usage: aiflag screen/);
});
