/**
 * Template insertion through the Office host, against the recording fake of Excel: every
 * template, blank and filled with each sample company, into a workbook that already holds
 * sheets with the templates' names and data. Nothing existing changes; the new sheets get
 * suffixed names and exactly the plan's contents; three syncs (the third records the insertion in
 * the workbook's settings); each request far under 5 MB.
 */
import { parseCell } from "../../src/core/cells/a1";
import { createOfficeHost } from "../../src/host/officeHost";
import { PlanTooLargeError, readBackBytes } from "../../src/host/officeWriter";
import { planOps, requestEstimate, REQUEST_LIMIT_BYTES } from "../../src/host/planOps";
import { unsupportedMessage } from "../../src/host/requirements";
import { BUSY_MESSAGE } from "../../src/host/retry";
import { TEMPLATES } from "../../src/templates/catalogue";
import type { WorkbookPlan } from "../../src/templates/plan";
import { resolvePlan } from "../../src/templates/resolve";
import { buildSecImport } from "../../src/templates/secImport";
import { fixtureCompany } from "../sources/sec/fixtures";
import { FakeExcel } from "./fake/excel";
import { peek } from "./fake/workbook";
import { allSupported, countingRun, EXISTING_SHEETS, noWait, snapshots, workbookWithData } from "./helpers";

const cases = [
  ...TEMPLATES.flatMap((t) => t.fills.map((fill) => ({ name: `${t.id} (${fill})`, plan: t.build(fill) }))),
  // "Import SEC data": the SEC data sheet and the red-flag model over Microsoft's 18 fiscal years.
  { name: "SEC import (MSFT)", plan: buildSecImport(fixtureCompany("MSFT").annual) },
];

function hostFor(excel: FakeExcel, options: Partial<Parameters<typeof createOfficeHost>[0]> = {}) {
  const counted = countingRun(excel.run);
  const host = createOfficeHost({ run: counted.run, supports: allSupported, retry: { sleep: noWait }, ...options });
  return { host, syncs: counted.syncs };
}

/** Every planned cell, as the new sheet must hold it. */
function expectSheetHoldsPlan(excel: FakeExcel, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    const written = excel.sheet(sheet.name);
    for (const c of sheet.cells) {
      const { row, col } = parseCell(c.ref);
      const cell = peek(written, row, col);
      if (c.formula !== undefined) expect([c.ref, cell.formula]).toEqual([c.ref, c.formula]);
      else if (c.value !== undefined) expect([c.ref, cell.value]).toEqual([c.ref, c.value]); // text stays text
      else expect([c.ref, cell.value]).toEqual([c.ref, ""]);
      expect([c.ref, cell.numberFormat]).toEqual([c.ref, c.numberFormat ?? "General"]);
    }
    expect(written.charts).toHaveLength(sheet.charts?.length ?? 0);
    expect(written.conditionalFormats).toHaveLength(3 * (sheet.statusFormats?.length ?? 0));
  }
  for (const n of plan.names) {
    const sheet = plan.sheets.find((s) => s.key === n.sheetKey)!;
    expect(excel.sheet(sheet.name).names).toContainEqual(expect.objectContaining({ name: n.name, range: n.range }));
  }
}

describe.each(cases)("writePlan: $name", ({ plan }) => {
  test("adds suffixed new sheets, leaves every existing sheet unchanged, and records them, in 3 syncs", async () => {
    const excel = workbookWithData();
    const before = snapshots(excel, EXISTING_SHEETS);
    const { host, syncs } = hostFor(excel);

    const result = await host.writePlan(plan);

    const expected = resolvePlan(plan, EXISTING_SHEETS);
    const names = expected.sheets.map((s) => s.name);
    expect(result).toMatchObject({ outcome: "inserted", sheetNames: names });
    expect(result.message).toMatch(/^Added sheets? /);
    for (const n of names) expect(result.message).toContain(n);
    expect(names.some((n) => / \(2\)$/.test(n))).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual([...EXISTING_SHEETS, ...names]);
    expect(snapshots(excel, EXISTING_SHEETS)).toEqual(before);
    expectSheetHoldsPlan(excel, expected);
    expect(excel.active).toBe(expected.sheets.find((s) => s.key === plan.activate)!.name);
    expect(syncs.count).toBe(3);
    expect(excel.syncs).toBe(3);
    // The record: the sheets added, by id, each with the fingerprint of its cells.
    const [record] = [...excel.settings.values()].map((v) => JSON.parse(String(v)));
    expect(record).toMatchObject({ kind: "template", sheets: names.map((name) => ({ id: excel.sheet(name).id, name, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) })) });
  });

  test("each request is far under Excel on the web's 5 MB, and the estimate bounds it", async () => {
    const excel = workbookWithData();
    await hostFor(excel).host.writePlan(plan);
    const resolved = resolvePlan(plan, EXISTING_SHEETS);
    // The write request also reads the new sheets back, for the insertion's record.
    const estimate = requestEstimate(planOps(resolved)).bytes + readBackBytes(resolved.sheets.length);
    for (const request of excel.requests) {
      // The largest, Microsoft's 18 years of SEC data with the red-flag model (hardware-share
      // working, sensitivity, conversion by year), is about 0.57 MB: an eighth of the limit.
      expect(request.bytes).toBeLessThan(REQUEST_LIMIT_BYTES / 8);
      expect(request.bytes).toBeLessThanOrEqual(estimate);
    }
  });
});

test("inserting the same template twice gives (2), then (3): the first copy is left as it was", async () => {
  const plan = TEMPLATES[0].build("MSFT");
  const excel = workbookWithData();
  const { host } = hostFor(excel);
  await host.writePlan(plan);
  const first = snapshots(excel, ["Inputs (2)", "Flags", "Checks"]);
  const again = await host.writePlan(plan);
  expect(again).toMatchObject({ outcome: "inserted", sheetNames: ["Inputs (3)", "Flags (2)", "Checks (2)"] });
  expect(snapshots(excel, ["Inputs (2)", "Flags", "Checks"])).toEqual(first);
});

test("the message names the sheet that existed and the one opened", async () => {
  const excel = workbookWithData();
  const result = await hostFor(excel).host.writePlan(TEMPLATES[0].build("blank"));
  expect(result.message).toBe("Added sheets Inputs (2), Flags and Checks; Flags is open. A sheet named Inputs already existed and was left as it was.");
});

describe("Excel conditions", () => {
  const plan = TEMPLATES[1].build("GOOGL");

  test("refused while a cell is edited: retried, then written once", async () => {
    const excel = workbookWithData();
    excel.refuseSyncs(2);
    const sleep = jest.fn(noWait);
    const { host } = hostFor(excel, { retry: { sleep } });
    const result = await host.writePlan(plan);
    expect(result).toMatchObject({ outcome: "inserted", sheetNames: ["Depreciation cliff (2)"] });
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(excel.sheets.map((s) => s.name)).toEqual([...EXISTING_SHEETS, "Depreciation cliff (2)"]);
  });

  test("an edit that starts between the read and the write: the write is refused whole, the retry writes once", async () => {
    const excel = workbookWithData();
    excel.refuseSyncs(1, 1);
    const { host } = hostFor(excel);
    expect(await host.writePlan(plan)).toMatchObject({ outcome: "inserted", sheetNames: ["Depreciation cliff (2)"] });
    expect(excel.sheets).toHaveLength(EXISTING_SHEETS.length + 1);
  });

  test("still refused after every retry: the plain busy message, nothing written", async () => {
    const excel = workbookWithData();
    const before = snapshots(excel, EXISTING_SHEETS);
    excel.refuseSyncs(100);
    const result = await hostFor(excel).host.writePlan(plan);
    expect(result).toEqual({ outcome: "busy", message: BUSY_MESSAGE });
    expect(excel.sheets.map((s) => s.name)).toEqual([...EXISTING_SHEETS]);
    expect(snapshots(excel, EXISTING_SHEETS)).toEqual(before);
  });

  test("an Excel without ExcelApi 1.7: a sentence naming it, and no call to Excel", async () => {
    const excel = workbookWithData();
    const asked: string[] = [];
    const supports = (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return version !== "1.7";
    };
    const { host, syncs } = hostFor(excel, { supports });
    const result = await host.writePlan(plan);
    expect(result).toEqual({ outcome: "unsupported", message: unsupportedMessage("writePlan") });
    expect(result.message).toMatch(/ExcelApi 1\.7/);
    expect(result.message).toMatch(/Nothing was changed/);
    expect(asked).toEqual(["ExcelApi 1.7"]);
    expect(syncs.count).toBe(0);
  });

  test("a host whose isSetSupported throws is taken as unsupported", async () => {
    const supports = () => {
      throw new Error("no requirements API");
    };
    const result = await hostFor(workbookWithData(), { supports }).host.writePlan(plan);
    expect(result.outcome).toBe("unsupported");
  });

  test("a plan over the request budget is refused after the read, before any write", async () => {
    const excel = workbookWithData();
    const { host, syncs } = hostFor(excel, { write: { budgetBytes: 10_000 } });
    await expect(host.writePlan(plan)).rejects.toBeInstanceOf(PlanTooLargeError);
    expect(syncs.count).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual([...EXISTING_SHEETS]);
  });

  test("any other Excel error surfaces unchanged", async () => {
    const excel = workbookWithData();
    const run = () => Promise.reject(Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" }));
    await expect(createOfficeHost({ run, supports: allSupported }).writePlan(plan)).rejects.toThrow("The workbook is protected.");
    expect(excel.syncs).toBe(0);
  });
});

test("a plan with no sheet adds nothing and calls nothing", async () => {
  const excel = workbookWithData();
  const { host, syncs } = hostFor(excel);
  const result = await host.writePlan({ title: "Nothing", sheets: [], names: [], activate: "" });
  expect(result).toEqual({ outcome: "inserted", sheetNames: [], message: "The template holds no sheet: nothing was added." });
  expect(syncs.count).toBe(0);
});
