/**
 * The add-in in a real browser: Debian's headless Chromium driven by playwright-core, against
 * the production build plus the preview (built here once, into a temporary folder of this run's
 * own, so that concurrent runs never share one), served on 127.0.0.1 by a static server this
 * file starts and stops.
 *
 *   (a) taskpane.html loads with the real office.js and lists every function of the catalogue;
 *   (b) formulas typed into preview cells show what the core computes, errors with their reason;
 *   (c) each template, filled with sample data, shows the statuses the core computes;
 *   (d) no request leaves 127.0.0.1, and the console shows no errors but the refusal of office.js's
 *       telemetry frame by the pages' frame-src (helpers/watch.ts);
 *   (e) screenshots go to test-results/screenshots/ (git-ignored).
 *
 * Skipped where no Chromium is installed, saying why in the run's summary (CHROMIUM_MISSING).
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { CellError } from "../../src/core/cells/errors";
import type { CellOutput, Matrix, RawArg } from "../../src/core/cells/values";
import { cellAddress, parseCell, parseRange } from "../../src/core/cells/a1";
import { exampleRawArgs } from "../../src/core/docs/formula";
import { anchorOf } from "../../src/core/docs/reference";
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction, REGISTRY } from "../../src/core/registry";
import { loadPlan } from "../../src/engine/loadPlan";
import { VALUE_KIND_FORMATS } from "../../src/core/format/valueKind";
import { hardwareShare } from "../../src/analysis/hardwareShare";
import { valuesOf, type Financials } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";
import { formatNumber, GENERAL } from "../../src/preview/format";
import { buildSamplePlan } from "../../src/preview/sample";
import { embeddedCompany } from "../../src/sources/embedded";
import { yearSpans } from "../../src/templates/company";
import { findTemplate, type Fill } from "../../src/templates/catalogue";
import { depreciationLayout } from "../../src/templates/depreciationCliff";
import { COMPARISON_COLUMNS, COMPARISON_TABLE_HEADER_ROW } from "../../src/templates/hyperscalerComparison";
import { ECONOMIC_LIFE_ESTIMATE } from "../../src/templates/lives";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/templates/plan";
import { FLAG_COLUMNS } from "../../src/templates/redFlag/flagsSheet";
import { resolvePlan } from "../../src/templates/resolve";
import { STATUS_FORMATS } from "../../src/templates/styles";
import { ROOT } from "./helpers/build";
import { CHROMIUM_MISSING, findChromium } from "./helpers/chromium";
import { skipBecause } from "../helpers/skip";
import { PreviewDriver, rgb, type ShownCell } from "./helpers/preview";
import { SHOTS, startSession, type Session } from "./helpers/session";
import { OFFICE_CDN, OFFICE_TELEMETRY_HOST, watchContext, type Watch } from "./helpers/watch";

const README_IMAGE = resolve(ROOT, "docs/images/preview.png");
/** office.js frames its telemetry proxy 3 s after loading: the checks of (d) wait that long after the last page opened. */
const OFFICE_DELAYED_MS = 3500;

jest.setTimeout(60_000);

const chromiumPath = findChromium();
if (!chromiumPath) skipBecause(CHROMIUM_MISSING);
const suite = chromiumPath ? describe : describe.skip;

// ---------- what the core says, computed here ----------

function core(id: string, args: readonly RawArg[]): Matrix<CellOutput> {
  const def = findFunction(id);
  if (!def) throw new Error(`no function ${id}`);
  return invokeFunction(def, args);
}

/** The status the core gives: the call with every optional slot empty and "status" last. */
function coreStatus(id: string, args: readonly RawArg[]): CellOutput {
  const def = findFunction(id);
  if (!def) throw new Error(`no function ${id}`);
  const full: RawArg[] = [...args];
  while (full.length < def.params.length - 1) full.push(null);
  return invokeFunction(def, [...full, "status"])[0][0];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `text` shows `x` correctly rounded to the digits it has (the column decides how many
 * a General number gets, as in Excel): "0.703227" for 0.70322688..., "1.23E+08" for 123456789.
 */
function showsNumber(text: string, x: number): boolean {
  const shown = Number(text);
  if (text === "" || !Number.isFinite(shown)) return false;
  const [mantissa, exponent = "0"] = text.split("E");
  const decimals = (mantissa.split(".")[1] ?? "").length;
  return Math.abs(shown - x) <= 0.5 * 10 ** (Number(exponent) - decimals) * (1 + 1e-9) + 1e-15;
}

/**
 * Differences between what a cell shows and the core's output: a number in the cell's format as
 * the preview's own formatting shows it, or in General (up to 10 significant digits).
 */
function mismatch(address: string, shown: ShownCell | undefined, expected: CellOutput, format?: string): string | undefined {
  const text = shown?.text ?? "(no cell)";
  if (expected instanceof CellError) {
    const title = `${expected.code} ${expected.message}`;
    return text === expected.code && shown?.title === title ? undefined : `${address}: shows "${text}" / "${shown?.title}", core says ${title}`;
  }
  if (typeof expected === "number" && format !== undefined && format !== GENERAL) {
    const want = formatNumber(expected, format);
    return text === want ? undefined : `${address}: shows "${text}", core says ${expected}, which ${format} shows as "${want}"`;
  }
  if (typeof expected === "number") return showsNumber(text, expected) ? undefined : `${address}: shows "${text}", core says ${expected}`;
  return text === expected ? undefined : `${address}: shows "${text}", core says "${expected}"`;
}

/** Every cell of a result block, laid from its top-left cell as the engine spills it, in one number format. */
function blockMismatches(cells: Map<string, ShownCell>, topLeft: string, expected: Matrix<CellOutput>, format?: string): string[] {
  const at = parseCell(topLeft);
  return expected.flatMap((row, r) =>
    row.flatMap((x, c) => {
      const address = cellAddress({ row: at.row + r, col: at.col + c });
      return mismatch(address, cells.get(address), x, format) ?? [];
    }),
  );
}

/** The number format a flag's value is written in beside a block: its value kind's. */
function valueFormatOf(id: string): string | undefined {
  const kind = findFunction(id)?.valueKind;
  return kind ? VALUE_KIND_FORMATS[kind].excel : undefined;
}

// ---------- formulas typed into the preview (b) ----------

/** The sample sheet as the preview writes it: the expectations read the figures its cells hold (the years with statements). */
const SAMPLE = buildSamplePlan().sheets[0];
function sampleCell(ref: string): CellPlan {
  const cell = SAMPLE.cells.find((c) => c.ref === ref);
  if (!cell) throw new Error(`the sample sheet has no ${ref}`);
  return cell;
}
function held(ref: string): number {
  const value = sampleCell(ref).value;
  if (typeof value !== "number") throw new Error(`the sample's ${ref} holds no number`);
  return value;
}
/** A range of the sample's figures, as the engine passes it to a function. */
function heldRange(range: string): number[][] {
  const box = parseRange(range);
  const rows: number[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: number[] = [];
    for (let c = box.left; c <= box.right; c++) line.push(held(cellAddress({ row: r, col: c })));
    rows.push(line);
  }
  return rows;
}
/** The sample's FY2025 column: D10 cash from operations, D11 capex, D9 net income. */
const sampleLatest = [held("D10"), held("D11"), held("D9")];

interface FormulaCase {
  cell: string;
  formula: string;
  id: string;
  args: RawArg[];
  via?: "formula bar";
}

/** Typed into empty cells of the sample sheet, F30 down: literals, array constants, the sample's own cells, spills. */
const FORMULAS: readonly FormulaCase[] = [
  { cell: "F30", formula: "=AIFLAG.FCFCONV(136162,-64551,101832)", id: "FCFCONV", args: [136162, -64551, 101832] },
  { cell: "F31", formula: '=AIFLAG.FCFCONV(136162,-64551,101832,,"status")', id: "FCFCONV", args: [136162, -64551, 101832, null, "status"], via: "formula bar" },
  { cell: "F32", formula: "=AIFLAG.FCFCONV(D10,D11,D9)", id: "FCFCONV", args: sampleLatest },
  { cell: "F33", formula: "=AIFLAG.GROSSMARGINGAP(B5:D5,B6:D6)", id: "GROSSMARGINGAP", args: [heldRange("B5:D5"), heldRange("B6:D6")] },
  { cell: "F34", formula: '=AIFLAG.DEPCLIFF({28107,44477,64551},6,3,,"status")', id: "DEPCLIFF", args: [[[28107, 44477, 64551]], 6, 3, null, "status"] },
  // Element-wise over ranges: spills across F35:H35.
  { cell: "F35", formula: "=AIFLAG.FCFCONV(B10:D10,B11:D11,B9:D9)", id: "FCFCONV", args: [heldRange("B10:D10"), heldRange("B11:D11"), heldRange("B9:D9")] },
  { cell: "F36", formula: '=AIFLAG.EXPLAIN("FCFCONV")', id: "EXPLAIN", args: ["FCFCONV"] },
  // Valid input, undefined result: #N/A with the reason.
  { cell: "F37", formula: "=AIFLAG.FCFCONV(100,10,-5)", id: "FCFCONV", args: [100, 10, -5] },
];

const BAD = { cell: "F39", formula: '=AIFLAG.FCFCONV("abc",D11,D9)', id: "FCFCONV", args: ["abc", held("D11"), held("D9")] as RawArg[] };

/** The sample's value cells: each formula, the arguments its references hold, and the status formula beside it. */
const SAMPLE_VALUES: ReadonlyArray<{ value: string; status: string; id: string; args: RawArg[] }> = [
  { value: "B15", status: "C15", id: "FCFCONV", args: sampleLatest },
  { value: "B16", status: "C16", id: "GROSSMARGINGAP", args: [heldRange("B5:D5"), heldRange("B6:D6")] },
  { value: "B17", status: "C17", id: "DEPCLIFF", args: [heldRange("B11:D11"), 6, 3] },
];

// ---------- templates (c) ----------

interface TemplateCase {
  id: string;
  fill: Fill;
  /** Status cells to check against direct calls of the core: [sheet key, A1, expected]. */
  coreStatuses: (plan: WorkbookPlan) => Array<[string, string, CellOutput]>;
}

function flagRow(plan: WorkbookPlan, id: string): number {
  const flags = plan.sheets.find((s) => s.key === "flags");
  const cell = flags?.cells.find((c) => c.ref.startsWith("A") && typeof c.value === "string" && c.value.endsWith(`(AIFLAG.${id})`));
  if (!cell) throw new Error(`no row for ${id} on the Flags sheet`);
  return parseCell(cell.ref).row + 1;
}

const MSFT = embeddedCompany("MSFT") as Financials;

/**
 * What the templates feed the core for a company, from its figures: statements over the years
 * that have them, conversion in the latest year after finance-lease principal (where the figures
 * hold it), and the depreciation flags on hardware capex (capex x the analysis's calibrated
 * hardware share, every vintage) against the latest operating income.
 */
function templateArgs(f: Financials) {
  const { statementStart, vintageStart } = yearSpans(f);
  const from = (item: LineItemId, start: number) => (valuesOf(f, item) ?? []).slice(start) as number[];
  const latest = (item: LineItemId) => valuesOf(f, item)?.at(-1) ?? null;
  const bookLife = f.disclosures.serverBookLife?.years ?? NaN;
  const share = hardwareShare(f, bookLife).value;
  const depreciation = [[from("capex", vintageStart).map((x) => x * share)], bookLife, ECONOMIC_LIFE_ESTIMATE, latest("operating_income")];
  return {
    FCFCONV: [latest("operating_cash_flow"), latest("capex"), latest("net_income"), latest("finance_lease_principal")],
    GROSSMARGINGAP: [[from("revenue", statementStart)], [from("cost_of_revenue", statementStart)]],
    DEPCLIFF: depreciation,
    DEPGAP: depreciation,
    vintages: f.periods.length - vintageStart,
  };
}
const msft = templateArgs(MSFT);

const TEMPLATES: readonly TemplateCase[] = [
  {
    id: "redflag",
    fill: "MSFT",
    coreStatuses: (plan) =>
      (["FCFCONV", "GROSSMARGINGAP", "DEPCLIFF", "DEPGAP"] as const).map((id): [string, string, CellOutput] => [
        "flags",
        `${FLAG_COLUMNS.status}${flagRow(plan, id)}`,
        coreStatus(id, msft[id]),
      ]),
  },
  {
    id: "depreciation",
    fill: "MSFT",
    coreStatuses: () => [["depreciation", depreciationLayout(msft.vintages).statusCell, coreStatus("DEPCLIFF", msft.DEPCLIFF)]],
  },
  {
    id: "comparison",
    fill: "sample",
    coreStatuses: () =>
      ["MSFT", "GOOGL", "AMZN", "META"].flatMap((ticker, i): Array<[string, string, CellOutput]> => {
        const args = templateArgs(embeddedCompany(ticker) as Financials);
        const r = COMPARISON_TABLE_HEADER_ROW + 1 + i;
        return [
          ["comparison", `${COMPARISON_COLUMNS.fcfStatus}${r}`, coreStatus("FCFCONV", args.FCFCONV)],
          ["comparison", `${COMPARISON_COLUMNS.marginStatus}${r}`, coreStatus("GROSSMARGINGAP", args.GROSSMARGINGAP)],
        ];
      }),
  },
];

/** The cells a sheet colours by status: its status ranges and its "status" cells. */
function statusCells(sheet: SheetPlan): string[] {
  const refs = new Set(sheet.cells.filter((c) => c.style === "status").map((c) => c.ref));
  for (const f of sheet.statusFormats ?? []) {
    const box = parseRange(f.range);
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) refs.add(cellAddress({ row: r, col: c }));
  }
  return [...refs];
}

/** Inserts a template through the taskpane's Templates tab, as a person would (it calls the preview host's writePlan). */
async function insertTemplate(preview: PreviewDriver, title: string, fill: Fill, firstSheet: string): Promise<void> {
  await preview.taskpane.getByRole("tab", { name: "Templates" }).click();
  await preview.taskpane.getByRole("radio", { name: title }).check();
  await preview.taskpane.getByRole("combobox", { name: "Data" }).selectOption(fill);
  await preview.taskpane.getByRole("button", { name: "Insert", exact: true }).click();
  await preview.taskpane.getByText(new RegExp(`^Added sheets? ${escapeRegExp(firstSheet)}`)).waitFor();
}

// ---------- the suite ----------

suite("the add-in in headless Chromium", () => {
  let session: Session | undefined;
  const watches: Watch[] = [];
  let lastOpened = 0;

  beforeAll(async () => {
    session = await startSession(chromiumPath as string, "aiflag-e2e-");
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    if (session) console.log(`[aiflag e2e] ${session.timings}`);
  });

  async function open(path: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
    if (!session) throw new Error("the browser or the server did not start");
    const { browser, server } = session;
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    watches.push(await watchContext(context, server.origin));
    const page = await context.newPage();
    await page.goto(`${server.origin}/${path}`);
    lastOpened = Date.now();
    return page;
  }
  /** The preview page, ready to be driven. */
  async function openPreview(): Promise<{ page: Page; preview: PreviewDriver }> {
    const page = await open("preview.html");
    const preview = new PreviewDriver(page);
    await preview.waitReady();
    return { page, preview };
  }


  describe("(a) the taskpane page (taskpane.html, built as for Excel)", () => {
    let page: Page;
    beforeAll(async () => {
      page = await open("taskpane.html", { width: 420, height: 900 });
    }, 60_000);

    test("loads the real office.js: the CDN URL is answered with the installed package's file", async () => {
      await page.waitForFunction(() => typeof Office !== "undefined" && typeof Office.onReady === "function");
      expect(watches[watches.length - 1].routedToPackage).toContain(`${OFFICE_CDN}office.js`);
      // Outside Office, onReady resolves with no host: the taskpane says it is not connected.
      expect(await page.evaluate(() => Office.onReady().then((info) => info.host ?? null))).toBeNull();
      await page.getByText("Not connected", { exact: true }).waitFor();
    });

    test("lists every function of the catalogue", async () => {
      await page.getByText(`${REGISTRY.length} functions`, { exact: true }).waitFor();
      // The first cards come in the first frame, the rest right after.
      await page.locator(`article#${anchorOf(REGISTRY[REGISTRY.length - 1])}`).waitFor();
      const cards = await page.locator("article[id]").evaluateAll((els) => els.map((el) => [el.id, el.querySelector("code")?.textContent ?? ""]));
      expect(cards).toEqual(REGISTRY.map((def) => [anchorOf(def), `AIFLAG.${def.id}`]));
      for (const def of REGISTRY) await page.getByRole("heading", { name: def.words.title, exact: true }).waitFor();
      await page.screenshot({ path: resolve(SHOTS, "taskpane.png") });
    });
  });

  describe("(b) formulas typed into the preview", () => {
    let page: Page;
    let preview: PreviewDriver;
    beforeAll(async () => {
      ({ page, preview } = await openPreview());
    }, 60_000);

    test("the sample sheet's AIFLAG formulas show the core's values in their cells' formats; screenshot for the README", async () => {
      const cells = await preview.shownCells();
      const problems = SAMPLE_VALUES.flatMap(({ value, status, id, args }) => [
        ...blockMismatches(cells, value, core(id, args), sampleCell(value).numberFormat),
        ...blockMismatches(cells, status, [[coreStatus(id, args)]]),
      ]);
      expect(problems).toEqual([]);
      // The sample opens with B15 selected.
      expect(await preview.formulaBar.inputValue()).toBe(sampleCell("B15").formula);
      const shot = resolve(SHOTS, "preview.png");
      await page.screenshot({ path: shot });
      // The README's picture is refreshed on request, so that test runs do not keep changing a committed file.
      if (process.env.AIFLAG_UPDATE_README_SCREENSHOT === "1" || !existsSync(README_IMAGE)) {
        mkdirSync(resolve(README_IMAGE, ".."), { recursive: true });
        copyFileSync(shot, README_IMAGE);
      }
    });

    test.each(FORMULAS)("$formula in $cell shows what the core computes", async ({ cell, formula, id, args, via }) => {
      if (via === "formula bar") await preview.typeInFormulaBar(cell, formula);
      else await preview.type(cell, formula);
      expect(blockMismatches(await preview.shownCells(), cell, core(id, args))).toEqual([]);
    });

    test("a bad input shows #VALUE! with the core's message: as a tooltip, and under the formula bar when selected", async () => {
      await preview.type(BAD.cell, BAD.formula);
      const expected = core(BAD.id, BAD.args)[0][0];
      if (!(expected instanceof CellError)) throw new Error("the bad input was accepted by the core");
      expect(expected.code).toBe("#VALUE!");
      expect(blockMismatches(await preview.shownCells(), BAD.cell, [[expected]])).toEqual([]);
      await preview.cell(BAD.cell).click();
      expect(await preview.cellMessage.textContent()).toBe(`#VALUE! ${expected.message}`);
      expect(await preview.formulaBar.inputValue()).toBe(BAD.formula);
      await page.screenshot({ path: resolve(SHOTS, "preview-error.png") });
    });

    test("the taskpane inserts a formula into the selected cell through the preview host", async () => {
      await preview.cell("F41").click();
      const card = preview.taskpane.locator(`article#${anchorOf(REGISTRY[0])}`);
      await card.getByRole("button", { name: /insert/i }).first().click();
      await preview.taskpane.getByText("Inserted into Microsoft!F41.").waitFor();
      const example = REGISTRY[0].examples[0];
      const expected = core(REGISTRY[0].id, exampleRawArgs(example.args));
      expect(blockMismatches(await preview.shownCells(), "F41", expected)).toEqual([]);
      // A cell that holds something is never written over.
      await preview.cell("F41").click();
      await card.getByRole("button", { name: /insert/i }).first().click();
      await preview.taskpane.getByText(/F41 is not empty/).waitFor();
    });
  });

  describe("(b) analysing a selection of the preview from the taskpane", () => {
    test("drag over the sample's model, Analyse, write the formulas beside: they show the core's results", async () => {
      const { page, preview } = await openPreview();
      await preview.drag("A4", "D12");
      expect(await page.getByRole("textbox", { name: "Name box" }).inputValue()).toBe("A4:D12");
      await preview.taskpane.getByRole("tab", { name: "Analyse" }).click();
      await preview.taskpane.getByRole("button", { name: "Analyse selection" }).click();
      await preview.taskpane.getByText(/^Analysed: \d+ of \d+ flags computed\./).waitFor();
      await preview.taskpane.getByRole("button", { name: "Write formulas beside the block" }).click();
      await preview.taskpane.getByText(/^Wrote \d+ formulas in Microsoft!F4:/).waitFor();

      // The table beside: "title (ID)" in F, the value in G, the status in H.
      const cells = await preview.shownCells();
      const rowOf = (id: string) => [...cells].find(([address, c]) => address.startsWith("F") && c.text.endsWith(`(${id})`))?.[0].slice(1);
      const fcf = rowOf("FCFCONV");
      const margin = rowOf("GROSSMARGINGAP");
      expect({ fcf, margin }).toEqual({ fcf: expect.any(String), margin: expect.any(String) });
      // The block holds no finance-lease row: conversion reads the three cells alone. Values show in their kind's format.
      const marginArgs = [heldRange("B5:D5"), heldRange("B6:D6")];
      expect([
        ...blockMismatches(cells, `G${fcf}`, core("FCFCONV", sampleLatest), valueFormatOf("FCFCONV")),
        ...blockMismatches(cells, `H${fcf}`, [[coreStatus("FCFCONV", sampleLatest)]]),
        ...blockMismatches(cells, `G${margin}`, core("GROSSMARGINGAP", marginArgs), valueFormatOf("GROSSMARGINGAP")),
        ...blockMismatches(cells, `H${margin}`, [[coreStatus("GROSSMARGINGAP", marginArgs)]]),
      ]).toEqual([]);
      await page.screenshot({ path: resolve(SHOTS, "preview-analyse.png") });
    });
  });

  describe("(c) templates inserted in the preview, filled with sample data", () => {
    let page: Page;
    let preview: PreviewDriver;
    beforeAll(async () => {
      ({ page, preview } = await openPreview());
    }, 60_000);

    test.each(TEMPLATES)("$id ($fill): every status cell shows the core's status, in its colours", async ({ id, fill, coreStatuses }) => {
      const template = findTemplate(id);
      if (!template) throw new Error(`no template ${id}`);
      const plan = template.build(fill);
      // The names the new sheets get next to the ones the workbook has (resolvePlan is pure).
      const before = await preview.sheetNames();
      const sheetNames = resolvePlan(plan, before).sheets.map((s) => s.name);

      await insertTemplate(preview, template.title, fill, sheetNames[0]);
      expect(await preview.sheetNames()).toEqual([...before, ...sheetNames]);

      // The same plan evaluated here, in Node, by the same engine and core.
      const expected = loadPlan(resolvePlan(plan, []));
      const direct = coreStatuses(plan);
      const problems: string[] = [];
      let checked = 0;
      for (const [k, sheet] of plan.sheets.entries()) {
        await preview.openSheet(sheetNames[k]);
        const cells = await preview.shownCells();
        for (const ref of statusCells(sheet)) {
          const want = expected.value(sheet.key, ref);
          const text = typeof want === "string" || typeof want === "number" ? String(want) : want === null ? "" : `(${String(want)})`;
          const shown = cells.get(ref);
          checked++;
          if (shown?.text !== text) problems.push(`${sheet.name}!${ref}: shows "${shown?.text}", expected "${text}"`);
          if (text === "RED" || text === "WATCH" || text === "OK") {
            const colours = STATUS_FORMATS[text];
            if (shown?.background !== rgb(colours.fill) || shown?.color !== rgb(colours.fontColor)) {
              problems.push(`${sheet.name}!${ref}: ${text} in ${shown?.color} on ${shown?.background}`);
            }
          }
        }
        // Charts are drawn by Excel; the preview marks each one's place with a labelled box.
        const placeholders = await preview.workbook.getByRole("img", { name: /^Chart placeholder: / }).count();
        if (placeholders !== (sheet.charts ?? []).length) problems.push(`${sheet.name}: ${placeholders} chart placeholders for ${(sheet.charts ?? []).length} charts`);
        for (const [key, ref, want] of direct.filter(([key]) => key === sheet.key)) {
          checked++;
          const shown = cells.get(ref)?.text;
          if (shown !== want) problems.push(`${sheet.name}!${ref} (${key}): shows "${shown}", the core says "${String(want)}"`);
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(direct.length);

      const active = plan.sheets.findIndex((s) => s.key === plan.activate);
      await preview.openSheet(sheetNames[active]);
      await page.screenshot({ path: resolve(SHOTS, `template-${id}.png`) });
    });
  });

  describe("(c) many sheets: the tab strip stays in view", () => {
    test("with eight sheets and more, every tab is drawn inside the page, and a click at its middle opens its sheet", async () => {
      const { page, preview } = await openPreview();
      const template = findTemplate("redflag");
      if (!template) throw new Error("no redflag template");
      // Three sheets at a time, from the one sheet of the sample: ten, more than the strip holds on one line.
      while ((await preview.sheetNames()).length < 8) {
        await insertTemplate(preview, template.title, "blank", resolvePlan(template.build("blank"), await preview.sheetNames()).sheets[0].name);
      }
      const names = await preview.sheetNames();
      const problems: string[] = [];
      const viewport = page.viewportSize();
      for (const name of [...names.slice(1), names[0]]) {
        const box = await preview.workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).boundingBox();
        if (!box || !viewport) {
          problems.push(`${name}: no tab on screen`);
          continue;
        }
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        if (box.y < 0 || box.y + box.height > viewport.height) problems.push(`${name}: its tab spans y ${box.y}-${box.y + box.height}, outside the page's ${viewport.height} px`);
        // What a mouse click at the tab's middle lands on: the tab, not a cell of the grid drawn over it.
        const hit = await page.evaluate(([px, py]) => {
          const el = document.elementFromPoint(px, py);
          return el?.closest('[role="tab"]')?.getAttribute("data-sheet") ?? (el ? `${el.tagName} ${el.getAttribute("data-address") ?? ""}`.trim() : "nothing");
        }, [x, y] as const);
        if (hit !== name) {
          problems.push(`${name}: a click at its tab's middle lands on ${hit}`);
          continue;
        }
        await page.mouse.click(x, y);
        await page.waitForFunction((n) => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === n, name);
      }
      expect(names.length).toBeGreaterThanOrEqual(8);
      expect(problems).toEqual([]);
      await page.screenshot({ path: resolve(SHOTS, "preview-many-sheets.png") });
    });
  });

  describe("(d) privacy and hygiene, over every page opened above", () => {
    beforeAll(async () => {
      // office.js acts 3 s after loading (its telemetry frame): let every page get there first.
      await new Promise((done) => setTimeout(done, Math.max(0, lastOpened + OFFICE_DELAYED_MS - Date.now())));
    }, 10_000);

    test("no request left 127.0.0.1 (the Office CDN URLs were answered from the installed package)", () => {
      expect(watches.length).toBeGreaterThanOrEqual(3);
      expect(watches.flatMap((w) => w.external)).toEqual([]);
      const origin = session?.server.origin ?? "";
      const unexpected = watches.flatMap((w) => w.requests.filter((url) => !url.startsWith(`${origin}/`) && !w.routedToPackage.includes(url)));
      expect(unexpected).toEqual([]);
      expect(watches[0].routedToPackage.length).toBeGreaterThan(0);
    });

    test("the console showed no errors", () => {
      expect(watches.flatMap((w) => w.errors)).toEqual([]);
    });

    test("office.js's telemetry frame is refused by the pages' frame-src, at most once a page, and never requested", () => {
      // Each context holds one page: at most one refusal each, and office.js did try somewhere.
      expect(watches.map((w) => w.telemetryRefusals.length).filter((n) => n > 1)).toEqual([]);
      expect(watches.flatMap((w) => w.telemetryRefusals).length).toBeGreaterThan(0);
      expect(watches.flatMap((w) => w.requests).filter((url) => url.includes(OFFICE_TELEMETRY_HOST))).toEqual([]);
    });
  });
});
