/**
 * --xlsx: the ranked table as a workbook: header frozen, an autofilter over the table, statuses
 * coloured by conditional formats whose fill sets bgColor (what Excel paints in a conditional
 * format), numbers stored as numbers in the header's unit; skipped companies and notes on sheets.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import type { ScreenReport } from "../../../src/screen/report";
import { runCli } from "../helpers";
import { faultEntries, realEntries, tempDir, writeZip } from "./archive";

let dir: string;
let xml: Map<string, string>;
let statusColumnCount: number;

async function parts(path: string): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(readFileSync(path));
  const out = new Map<string, string>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    out.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
  }
  return out;
}

beforeAll(async () => {
  dir = tempDir();
  await writeZip(dir, "real.zip", [...realEntries(), faultEntries()["IFRS filer"]]);
  const { code } = await runCli(["screen", "real.zip", "--xlsx", "screen.xlsx", "--book-life", "6"], dir);
  // The flags the same run shows as columns, with a status column each when they have statuses.
  const shown = (JSON.parse((await runCli(["screen", "real.zip", "--json", "--book-life", "6"], dir)).out) as ScreenReport).flags;
  statusColumnCount = shown.filter((f) => f.computedFor > 0 && f.hasStatus).length;
  expect(code).toBe(0);
  xml = await parts(join(dir, "screen.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the ranked sheet has a frozen header row and an autofilter over the whole table", () => {
  const sheet = xml.get("xl/worksheets/sheet1.xml")!;
  expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  const header = readCells(sheet, 1);
  expect(sheet).toMatch(new RegExp(`<autoFilter ref="A1:${lastColumn(header.length)}3"/>`));
});

test("status columns are coloured by conditional formats whose dxf fill has bgColor", () => {
  const sheet = xml.get("xl/worksheets/sheet1.xml")!;
  const rules = [...sheet.matchAll(/<cfRule type="cellIs" dxfId="(\d+)"[^>]*operator="equal"[^>]*><formula>&quot;(RED|WATCH|OK)&quot;<\/formula>/g)];
  // One rule per status for each status column, whichever flags the companies' figures allow.
  expect(statusColumnCount).toBeGreaterThanOrEqual(3);
  expect(rules).toHaveLength(3 * statusColumnCount);
  const dxfs = [...xml.get("xl/styles.xml")!.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]);
  const fills: Record<string, string> = { RED: "FFFFC7CE", WATCH: "FFFFEB9C", OK: "FFC6EFCE" };
  for (const [, id, status] of rules) expect(dxfs[Number(id)]).toMatch(new RegExp(`<bgColor rgb="${fills[status]}"/>`));
});

test("cells hold numbers in the header's unit, and the other sheets list the skipped and the notes", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "screen.xlsx"));
  // Each row as { header: { value, numFmt } }.
  const rows: Array<Record<string, { value: unknown; numFmt: string }>> = [];
  let header: string[] = [];
  wb.getWorksheet("Screen")!.eachRow((row, r) => {
    if (r === 1) header = (row.values as unknown[]).slice(1) as string[];
    else {
      const cells: Record<string, { value: unknown; numFmt: string }> = {};
      row.eachCell((cell, c) => (cells[header[c - 1]] = { value: cell.value, numFmt: cell.numFmt }));
      rows.push(cells);
    }
  });
  expect(header).toEqual(expect.arrayContaining(["Company", "Revenue (USD millions)", "FCFCONV (x)", "FCFCONV status", "DEPGAP (USD millions)", "SCORE (0-100)"]));
  const msft = rows.find((r) => r.Company.value === "MICROSOFT CORPORATION")!;
  expect(msft["Revenue (USD millions)"].value).toBe(281_724);
  // After 2,283 of finance-lease principal, which the SEC data carry.
  expect(msft["FCFCONV (x)"]).toEqual({ value: (71_611 - 2_283) / 101_832, numFmt: '0.00"x"' });
  expect(msft["FCFCONV status"].value).toBe("WATCH");
  expect(typeof msft["DEPGAP (USD millions)"].value).toBe("number");
  const skipped = wb.getWorksheet("Skipped")!;
  expect((skipped.getRow(2).values as unknown[]).slice(1)).toEqual(["CIK0000000002.json", 2, "IFRS filer", expect.stringMatching(/IFRS filers are not supported yet/)]);
  const notes = wb.getWorksheet("Notes")!;
  expect(String(notes.getCell("A2").value)).toMatch(/^Companies: 3 read; 2 screened; 1 skipped/);
});

function readCells(sheet: string, row: number): string[] {
  const m = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(sheet);
  return m ? [...m[1].matchAll(/<c /g)].map((x) => x[0]) : [];
}

function lastColumn(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
