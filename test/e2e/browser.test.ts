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
import { valuesOf, type Financials } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";
import { embeddedCompany } from "../../src/sources/embedded";
import { findTemplate, type Fill } from "../../src/templates/catalogue";
import { depreciationLayout } from "../../src/templates/depreciationCliff";
import { COMPARISON_COLUMNS, COMPARISON_TABLE_HEADER_ROW } from "../../src/templates/hyperscalerComparison";
import { ECONOMIC_LIFE_ESTIMATE } from "../../src/templates/lives";
import type { SheetPlan, WorkbookPlan } from "../../src/templates/plan";
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

/** Differences between what a cell shows and the core's output (General format: up to 10 significant digits). */
function mismatch(address: string, shown: ShownCell | undefined, expected: CellOutput): string | undefined {
  const text = shown?.text ?? "(no cell)";
  if (expected instanceof CellError) {
    const title = `${expected.code} ${expected.message}`;
    return text === expected.code && shown?.title === title ? undefined : `${address}: shows "${text}" / "${shown?.title}", core says ${title}`;
  }
  if (typeof expected === "number") return showsNumber(text, expected) ? undefined : `${address}: shows "${text}", core says ${expected}`;
  return text === expected ? undefined : `${address}: shows "${text}", core says "${expected}"`;
}

/** Every cell of a result block, laid from its top-left cell as the engine spills it. */
function blockMismatches(cells: Map<string, ShownCell>, topLeft: string, expected: Matrix<CellOutput>): string[] {
  const at = parseCell(topLeft);
  return expected.flatMap((row, r) =>
    row.flatMap((x, c) => {
      const address = cellAddress({ row: at.row + r, col: at.col + c });
      return mismatch(address, cells.get(address), x) ?? [];
    }),
  );
}

// ---------- formulas typed into the preview (b) ----------

const MSFT = embeddedCompany("MSFT") as Financials;
const figures = (f: Financials, item: LineItemId) => valuesOf(f, item) as number[];
const latestOf = (f: Financials) => ({
  operatingCashFlow: figures(f, "operating_cash_flow").at(-1)!,
  capex: figures(f, "capex").at(-1)!,
  netIncome: figures(f, "net_income").at(-1)!,
});
const last = latestOf(MSFT);
const row = (item: LineItemId) => [figures(MSFT, item)];

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
  { cell: "F31", formula: '=AIFLAG.FCFCONV(136162,-64551,101832,"status")', id: "FCFCONV", args: [136162, -64551, 101832, "status"], via: "formula bar" },
  // The sample's FY2025 column: D10 cash from operations, D11 capex, D9 net income.
  { cell: "F32", formula: "=AIFLAG.FCFCONV(D10,D11,D9)", id: "FCFCONV", args: [last.operatingCashFlow, last.capex, last.netIncome] },
  { cell: "F33", formula: "=AIFLAG.GROSSMARGINGAP(B5:D5,B6:D6)", id: "GROSSMARGINGAP", args: [row("revenue"), row("cost_of_revenue")] },
  { cell: "F34", formula: '=AIFLAG.DEPCLIFF({28107,44477,64551},6,3,"status")', id: "DEPCLIFF", args: [[[28107, 44477, 64551]], 6, 3, "status"] },
  // Element-wise over ranges: spills across F35:H35.
  { cell: "F35", formula: "=AIFLAG.FCFCONV(B10:D10,B11:D11,B9:D9)", id: "FCFCONV", args: [row("operating_cash_flow"), row("capex"), row("net_income")] },
  { cell: "F36", formula: '=AIFLAG.EXPLAIN("FCFCONV")', id: "EXPLAIN", args: ["FCFCONV"] },
  // Valid input, undefined result: #N/A with the reason.
  { cell: "F37", formula: "=AIFLAG.FCFCONV(100,10,-5)", id: "FCFCONV", args: [100, 10, -5] },
];

const BAD = { cell: "F39", formula: '=AIFLAG.FCFCONV("abc",D11,D9)', id: "FCFCONV", args: ["abc", last.capex, last.netIncome] as RawArg[] };

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

const bookLife = MSFT.disclosures.serverBookLife?.years ?? NaN;
const capex = row("capex");

const TEMPLATES: readonly TemplateCase[] = [
  {
    id: "redflag",
    fill: "MSFT",
    coreStatuses: (plan) => [
      ["flags", `${FLAG_COLUMNS.status}${flagRow(plan, "FCFCONV")}`, coreStatus("FCFCONV", [last.operatingCashFlow, last.capex, last.netIncome])],
      ["flags", `${FLAG_COLUMNS.status}${flagRow(plan, "GROSSMARGINGAP")}`, coreStatus("GROSSMARGINGAP", [row("revenue"), row("cost_of_revenue")])],
      ["flags", `${FLAG_COLUMNS.status}${flagRow(plan, "DEPCLIFF")}`, coreStatus("DEPCLIFF", [capex, bookLife, ECONOMIC_LIFE_ESTIMATE])],
      ["flags", `${FLAG_COLUMNS.status}${flagRow(plan, "DEPGAP")}`, coreStatus("DEPGAP", [capex, bookLife, ECONOMIC_LIFE_ESTIMATE])],
    ],
  },
  {
    id: "depreciation",
    fill: "MSFT",
    coreStatuses: () => [["depreciation", depreciationLayout(MSFT.periods.length).statusCell, coreStatus("DEPCLIFF", [capex, bookLife, ECONOMIC_LIFE_ESTIMATE])]],
  },
  {
    id: "comparison",
    fill: "sample",
    coreStatuses: () =>
      ["MSFT", "GOOGL", "AMZN", "META"].flatMap((ticker, i): Array<[string, string, CellOutput]> => {
        const c = embeddedCompany(ticker) as Financials;
        const y = latestOf(c);
        const r = COMPARISON_TABLE_HEADER_ROW + 1 + i;
        return [
          ["comparison", `${COMPARISON_COLUMNS.fcfStatus}${r}`, coreStatus("FCFCONV", [y.operatingCashFlow, y.capex, y.netIncome])],
          ["comparison", `${COMPARISON_COLUMNS.marginStatus}${r}`, coreStatus("GROSSMARGINGAP", [[figures(c, "revenue")], [figures(c, "cost_of_revenue")]])],
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

    test("the sample sheet's AIFLAG formulas show the core's values; screenshot for the README", async () => {
      const cells = await preview.shownCells();
      const value = core("FCFCONV", [last.operatingCashFlow, last.capex, last.netIncome])[0][0];
      if (typeof value !== "number") throw new Error("FCFCONV gave no number for Microsoft");
      // B15 is formatted 0.0%: its text is the value as a percentage with one decimal.
      expect(cells.get("B15")?.text).toBe(`${(value * 100).toFixed(1)}%`);
      expect(cells.get("C15")?.text).toBe(coreStatus("FCFCONV", [last.operatingCashFlow, last.capex, last.netIncome]));
      expect(await preview.formulaBar.inputValue()).toBe("=AIFLAG.FCFCONV(D10,D11,D9)");
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
      const fcfArgs = [last.operatingCashFlow, last.capex, last.netIncome];
      const marginArgs = [row("revenue"), row("cost_of_revenue")];
      expect([
        ...blockMismatches(cells, `G${fcf}`, core("FCFCONV", fcfArgs)),
        ...blockMismatches(cells, `H${fcf}`, [[coreStatus("FCFCONV", fcfArgs)]]),
        ...blockMismatches(cells, `G${margin}`, core("GROSSMARGINGAP", marginArgs)),
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

      // Through the taskpane's Templates tab, as a person would: it calls the preview host's writePlan.
      await preview.taskpane.getByRole("tab", { name: "Templates" }).click();
      await preview.taskpane.getByRole("radio", { name: template.title }).check();
      await preview.taskpane.getByRole("combobox", { name: "Data" }).selectOption(fill);
      await preview.taskpane.getByRole("button", { name: "Insert", exact: true }).click();
      await preview.taskpane.getByText(new RegExp(`^Added sheets? ${escapeRegExp(sheetNames[0])}`)).waitFor();
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
